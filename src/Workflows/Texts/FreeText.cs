using System.Globalization;
using System.Text;

namespace CaseFlow.Workflows.Texts;

/// <summary>
/// The one rule for free texts (reasons, justifications, notes, names): a text must show something, so text that is empty
/// after removing whitespace and the invisible characters (zero-width, soft hyphen, the rest of the format category,
/// control characters, combining marks without a base) counts as blank; and it must fit its limit (<see cref="TextLimits"/>).
/// </summary>
public static class FreeText
{
    /// <summary>True when nothing visible remains after removing whitespace and invisible or format characters.</summary>
    public static bool IsBlank(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (IsVisible(rune))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why the text is refused (German, naming the field and the limit), or null when it is fine; null and empty are fine.</summary>
    public static string? ProblemOf(string field, string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            return TooLong(field, maxLength, text.Length);
        }

        return IsBlank(text) ? OnlyInvisible(field) : null;
    }

    /// <summary>The 400 text for a text over its limit: "Zu lang (too long)".</summary>
    public static string TooLong(string field, int maxLength, int length) =>
        $"Zu lang (too long): das Feld {field} darf höchstens {maxLength} Zeichen lang sein, nicht {length}.";

    /// <summary>The 400 text for a text of only spaces and invisible characters.</summary>
    public static string OnlyInvisible(string field) =>
        $"Leer (blank): das Feld {field} enthält nur Leerzeichen oder unsichtbare Zeichen.";

    private static bool IsVisible(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Format or UnicodeCategory.Control
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            && rune.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800);
}
