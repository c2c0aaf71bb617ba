using System.Globalization;
using System.Text;

namespace CaseFlow.Workflows.Customers;

/// <summary>
/// Characters a name or number must not contain because they hide or reorder what is shown: control characters,
/// the bidirectional controls (U+061C, U+200E/F, U+202A-202E, U+2066-2069) and the zero-width and invisible
/// formatting characters (U+200B-200D, U+2060, U+FEFF, U+00AD and the rest of category Cf).
/// </summary>
public static class RefusedCharacters
{
    /// <summary>The first refused character as <c>U+XXXX</c>, or null when the text is clean.</summary>
    public static string? FindIn(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
            {
                return $"U+{rune.Value:X4}";
            }
        }

        return null;
    }
}
