using System.Text;

namespace CaseFlow.Workflows.Customers;

/// <summary>Given and family names: NFC, trimmed, 1 to 100 characters, no control, bidi or zero-width characters.</summary>
public static class PersonNames
{
    public const int MaxLength = 100;

    /// <summary>The normalised name, or null with the reason in German; <paramref name="label"/> names the field in words.</summary>
    public static string? Normalise(string? raw, string label, out string? problem)
    {
        problem = null;
        var text = raw?.Normalize(NormalizationForm.FormC).Trim() ?? string.Empty;
        if (text.Length is 0 or > MaxLength)
        {
            problem = $"{label} muss 1 bis {MaxLength} Zeichen lang sein.";
            return null;
        }

        if (RefusedCharacters.FindIn(text) is { } refused)
        {
            problem = $"{label} enthält ein unsichtbares oder Steuerzeichen ({refused}).";
            return null;
        }

        if (!text.Any(char.IsLetter))
        {
            problem = $"{label} muss mindestens einen Buchstaben enthalten.";
            return null;
        }

        return text;
    }
}
