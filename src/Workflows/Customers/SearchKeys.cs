using System.Globalization;
using System.Text;

namespace CaseFlow.Workflows.Customers;

/// <summary>
/// The folded form of names that search compares: lower case, ä/ae, ö/oe, ü/ue and ß/ss the same, other accents
/// dropped (é is e), and only letters a-z and digits kept, so "Müller-Lüdenscheidt" and "mueller luedenscheidt" both
/// become <c>muellerluedenscheidt</c>. Keys hold only [a-z0-9], so byte order and the database's collation agree and a
/// prefix is a range (<see cref="UpperBound"/>) every index can answer.
/// </summary>
public static class SearchKeys
{
    public const int MaxLength = 200;

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var character in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            switch (character)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default: AppendPlain(builder, character); break;
            }
        }

        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }

    /// <summary>The greatest key that starts with <paramref name="prefix"/>: every key k with that prefix has prefix ≤ k ≤ bound.</summary>
    public static string UpperBound(string prefix) => prefix + new string('z', Math.Max(1, MaxLength - prefix.Length));

    private static void AppendPlain(StringBuilder builder, char character)
    {
        if (character is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        {
            builder.Append(character);
            return;
        }

        foreach (var part in character.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark && part is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(part);
            }
        }
    }
}
