using System.Text.Json;

namespace CaseFlow.Workflows.Contacts;

/// <summary>
/// The API values of note types and channels: the enum names in camelCase (<c>beratungsvermerk</c>, <c>sbVorgang</c>,
/// <c>groupSession</c>), read back ignoring case.
/// </summary>
public static class ContactValues
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(Of)];

    /// <summary>The value named <paramref name="text"/> (ignoring case), or null; numbers are not names.</summary>
    public static TEnum? Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(text) || char.IsAsciiDigit(text.Trim()[0]) || text.Contains(',', StringComparison.Ordinal)
            ? null
            : Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
