using System.Text;
using System.Text.RegularExpressions;

namespace CaseFlow.Workflows.Customers;

/// <summary>
/// The Kundennummer of the Bundesagentur für Arbeit: three digits, one letter, six digits (<c>123D456789</c>).
/// Normalised to Unicode NFC, trimmed and upper case; the variants people type from letters and screens are
/// accepted and stored in the canonical form: a lower-case letter, and one space or hyphen between the three
/// parts (<c>123 D 456789</c>, <c>123-d-456789</c>). Control, bidi and zero-width characters are refused.
/// </summary>
public static partial class CustomerNumbers
{
    public const string Example = "123D456789";

    /// <summary>The canonical number, or null with the reason in German.</summary>
    public static string? Normalise(string? raw, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            problem = $"Die Kundennummer (customerNumber) fehlt; Format: drei Ziffern, ein Buchstabe, sechs Ziffern, z. B. {Example}.";
            return null;
        }

        var text = raw.Normalize(NormalizationForm.FormC).Trim().ToUpperInvariant();
        if (RefusedCharacters.FindIn(text) is { } refused)
        {
            problem = $"Die Kundennummer (customerNumber) enthält ein unsichtbares oder Steuerzeichen ({refused}).";
            return null;
        }

        var match = Variant().Match(text);
        if (!match.Success)
        {
            problem = $"Die Kundennummer (customerNumber) hat nicht das Format drei Ziffern, ein Buchstabe, sechs Ziffern (z. B. {Example}).";
            return null;
        }

        return $"{match.Groups["office"].Value}{match.Groups["letter"].Value}{match.Groups["number"].Value}";
    }

    /// <summary>A search text reduced to what a Kundennummer can contain (digits and letters, upper case, separators dropped).</summary>
    public static string SearchPrefix(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormC).ToUpperInvariant())
        {
            if (character is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<office>[0-9]{3})[ \-]?(?<letter>[A-Z])[ \-]?(?<number>[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Variant();
}
