using System.Globalization;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>Runtime values: null, bool, decimal, string, DateOnly, DateTimeOffset, IsoDuration and lists of those.</summary>
internal static class Values
{
    public static ExpressionType TypeOf(object? value) => value switch
    {
        null => ExpressionType.Null,
        bool => ExpressionType.Boolean,
        decimal => ExpressionType.Number,
        string => ExpressionType.String,
        DateOnly => ExpressionType.Date,
        DateTimeOffset => ExpressionType.DateTime,
        IsoDuration => ExpressionType.Duration,
        IReadOnlyList<object?> => ExpressionType.List,
        _ => throw new InvalidOperationException($"Unexpected runtime value {value.GetType()}"),
    };

    /// <summary>The value as canonical text (ISO formats, invariant numbers); null for lists and booleans.</summary>
    public static string? Text(object? value) => value switch
    {
        string text => text,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        IsoDuration duration => duration.ToString(),
        _ => null,
    };

    /// <summary>A short description for messages, e.g. <c>Zahl (number) 5</c>.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        bool flag => $"{TypeOf(value).Name()} {(flag ? "true" : "false")}",
        string text => $"{TypeOf(value).Name()} '{Shorten(text)}'",
        IReadOnlyList<object?> list => $"{TypeOf(value).Name()} mit {list.Count} Einträgen",
        _ => $"{TypeOf(value).Name()} {Text(value)}",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
