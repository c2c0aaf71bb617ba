namespace CaseFlow.Workflows.Goals;

/// <summary>The goal cycle's enum values as the API writes them: camelCase (<c>notStrengthened</c>), read case-insensitively.</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Camel(value.ToString());

    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetNames<TEnum>().Select(Camel)];

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            return false;
        }

        value = Enum.Parse<TEnum>(name);
        return true;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
