using System.Globalization;
using System.Text;

namespace CaseFlow.Workflows.Contacts;

/// <summary>
/// The note of a contact: at most <see cref="MaxNoteLength"/> characters; line breaks and tabs are allowed, other control
/// characters and the bidirectional controls (which reorder what is shown) are not, and a note must show something: text of
/// only spaces and invisible characters (zero-width, soft hyphen, ...) is refused.
/// </summary>
public static class ContactTexts
{
    public const int MaxNoteLength = Texts.TextLimits.Note;

    /// <summary>Why the note is refused (German), or null when it is fine. An empty or missing note is fine.</summary>
    public static string? ProblemOf(string? note)
    {
        if (string.IsNullOrEmpty(note))
        {
            return null;
        }

        if (note.Length > MaxNoteLength)
        {
            return $"Die Notiz (note) darf höchstens {MaxNoteLength} Zeichen lang sein (gesendet: {note.Length}).";
        }

        foreach (var rune in note.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsBidiControl(rune.Value) || (category == UnicodeCategory.Control && rune.Value is not ('\n' or '\r' or '\t'))
                || category is UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
            {
                return $"Die Notiz (note) enthält ein Steuerzeichen (U+{rune.Value:X4}).";
            }

        }

        return Texts.FreeText.IsBlank(note) ? "Die Notiz (note) enthält nur Leerzeichen oder unsichtbare Zeichen." : null;
    }

    /// <summary>The note as stored: trimmed, or null when empty.</summary>
    public static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static bool IsBidiControl(int value) =>
        value is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);
}
