using System.Text;

namespace CaseFlow.Host.Tests.Security.Fuzz;

/// <summary>The raw JSON values the fuzz test puts into bodies: wrong types, huge numbers, nulls, deep JSON, hostile strings, bad dates, unknown enums.</summary>
public static class HostileValues
{
    /// <summary>Raw JSON tokens (written as they are, so invalid numbers and lone surrogates reach the server).</summary>
    public static readonly string[] Raw =
    [
        "null", "true", "false", "0", "-1", "2147483648", "-2147483649", "9223372036854775808", "1e309", "-1e309", "1.5",
        "99999999999999999999999999999999", "[]", "{}", "[null]", "\"\"", "\" \"", "\"\\u200B\"", "\"\\u200B\\u200D\\u2060\\uFEFF\"",
        "\"\\u202Eevil\\u202C\"", "\"\\u0000\\u0007\\u001B\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u3164\"", "\"0000-00-00\"",
        "\"2026-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"-2026-01-01\"", "\"2026-13-01T25:61:61Z\"", "\"P9999Y\"",
        "\"PT99999999H\"", "\"Bogus\"", "\"bfm\"", "\"EP\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"../../etc/passwd\"",
        "\"%00\"", "\"\\r\\n\\t\"", "\"😀\"", "\"a\\u0301\\u0301\\u0301\"",
    ];

    /// <summary>A raw token chosen from the list or built: long, invisible-only, bidi or control strings, deep JSON.</summary>
    public static string Next(Random random) => random.Next(8) switch
    {
        0 => Quoted(new string('x', random.Next(2, 5) switch { 2 => 201, 3 => 2001, _ => 60_000 })),
        1 => Quoted(Repeat("\\u200B", random.Next(1, 5000))),
        2 => Quoted(Repeat("\\u202E\\u2066a", random.Next(1, 300))),
        3 => Deep(random.Next(30, 3000), random.Next(2) == 0),
        _ => Raw[random.Next(Raw.Length)],
    };

    /// <summary>Nested arrays or objects, deeper than the JSON reader's default of 64 when <paramref name="depth"/> is large.</summary>
    public static string Deep(int depth, bool objects)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(objects ? "{\"a\":" : "[");
        }

        text.Append('1');
        for (var i = 0; i < depth; i++)
        {
            text.Append(objects ? '}' : ']');
        }

        return text.ToString();
    }

    private static string Quoted(string text) => $"\"{text}\"";

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
