using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;

namespace CaseFlow.Host.ContactDensity;

/// <summary>Checks a <see cref="ContactDensityChange"/>'s cells and turns them into a complete table, or says what is wrong.</summary>
internal static class ContactDensityChangeCheck
{
    public const int ReasonMaxLength = 1000;

    public static (ContactDensityTable? Table, Refusal? Refusal) Table(IReadOnlyList<ContactDensityChange.CellChange?>? cells)
    {
        if (cells is null)
        {
            return (null, Refusal.Invalid("cells", $"Die Tabelle (cells) fehlt; sie braucht alle {ContactDensityTable.CellCount} Zellen."));
        }

        var parsed = new List<ContactDensityCell>(cells.Count);
        for (var index = 0; index < cells.Count; index++)
        {
            if (Parse(cells[index]) is not { } cell)
            {
                return (null, Refusal.Invalid(
                    $"cells[{index}]",
                    $"Zelle {index}: ageGroup ({Allowed<AgeGroup>()}), unemployed (true/false), profile ({Allowed<ProfileCode>()}) und rhythm ({Allowed<ContactRhythm>()}) sind nötig."));
            }

            parsed.Add(cell);
        }

        if (ContactDensityTable.Duplicates(parsed) is { Count: > 0 } twice)
        {
            return (null, Refusal.Invalid("cells", $"Zellen doppelt angegeben (duplicate cells): {Names(twice)}."));
        }

        return ContactDensityTable.Missing(parsed) is { Count: > 0 } missing
            ? (null, Refusal.Invalid("cells", $"Die Tabelle ist unvollständig (incomplete table), es fehlen: {Names(missing)}."))
            : (ContactDensityTable.From(parsed), null);
    }

    private static ContactDensityCell? Parse(ContactDensityChange.CellChange? cell) =>
        cell is { Unemployed: { } unemployed }
        && Enum.TryParse<AgeGroup>(cell.AgeGroup, out var ageGroup) && Enum.IsDefined(ageGroup)
        && Enum.TryParse<ProfileCode>(cell.Profile, out var profile) && Enum.IsDefined(profile)
        && Enum.TryParse<ContactRhythm>(cell.Rhythm, out var rhythm) && Enum.IsDefined(rhythm)
        && !char.IsDigit(cell.AgeGroup![0]) && !char.IsDigit(cell.Profile![0]) && !char.IsDigit(cell.Rhythm![0])
            ? new ContactDensityCell(ageGroup, unemployed, profile, rhythm)
            : null;

    private static string Allowed<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());

    private static string Names(IEnumerable<(AgeGroup AgeGroup, bool Unemployed, ProfileCode Profile)> keys) =>
        string.Join(", ", keys.Select(ContactDensityTable.CellName));
}
