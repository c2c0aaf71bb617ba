using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>
/// The contact-density rule set (Kontaktdichte, seed 004): a complete table (age group × unemployed status × profile →
/// minimum contact rhythm). Complete means every one of the <see cref="CellCount"/> cells is set exactly once.
/// </summary>
public sealed class ContactDensityTable
{
    private readonly Dictionary<(AgeGroup, bool, ProfileCode), ContactRhythm> rhythms;

    private ContactDensityTable(Dictionary<(AgeGroup, bool, ProfileCode), ContactRhythm> rhythms)
    {
        this.rhythms = rhythms;
    }

    /// <summary>2 age groups × 2 unemployed states × 8 profiles.</summary>
    public static int CellCount => Keys.Count;

    /// <summary>Every cell's key in table order: U25 unemployed, U25 not unemployed, Ü25 unemployed, Ü25 not unemployed; profiles in code order.</summary>
    public static IReadOnlyList<(AgeGroup AgeGroup, bool Unemployed, ProfileCode Profile)> Keys { get; } =
    [
        .. from ageGroup in Enum.GetValues<AgeGroup>()
           from unemployed in new[] { true, false }
           from profile in Enum.GetValues<ProfileCode>()
           select (ageGroup, unemployed, profile),
    ];

    /// <summary>The default table, domain.md §6 (see docs/contact-density.md for how it reads the seed).</summary>
    public static ContactDensityTable Default { get; } = From(ContactDensityDefaults.Cells);

    /// <summary>The cells in table order.</summary>
    public IReadOnlyList<ContactDensityCell> Cells =>
        [.. Keys.Select(key => new ContactDensityCell(key.AgeGroup, key.Unemployed, key.Profile, rhythms[key]))];

    /// <summary>The keys missing from <paramref name="cells"/> (empty when the table would be complete).</summary>
    public static IReadOnlyList<(AgeGroup AgeGroup, bool Unemployed, ProfileCode Profile)> Missing(IEnumerable<ContactDensityCell> cells)
    {
        var given = cells.Select(cell => (cell.AgeGroup, cell.Unemployed, cell.Profile)).ToHashSet();
        return [.. Keys.Where(key => !given.Contains(key))];
    }

    /// <summary>The keys given more than once in <paramref name="cells"/>.</summary>
    public static IReadOnlyList<(AgeGroup AgeGroup, bool Unemployed, ProfileCode Profile)> Duplicates(IEnumerable<ContactDensityCell> cells) =>
        [.. cells.GroupBy(cell => (cell.AgeGroup, cell.Unemployed, cell.Profile)).Where(group => group.Count() > 1).Select(group => group.Key)];

    /// <summary>The table of <paramref name="cells"/>; throws when a cell is missing or given twice (check with <see cref="Missing"/> first).</summary>
    public static ContactDensityTable From(IEnumerable<ContactDensityCell> cells)
    {
        var list = cells.ToList();
        if (Missing(list) is { Count: > 0 } missing)
        {
            throw new ArgumentException($"The contact-density table misses {string.Join(", ", missing.Select(CellName))}.", nameof(cells));
        }

        if (Duplicates(list) is { Count: > 0 } twice)
        {
            throw new ArgumentException($"The contact-density table sets {string.Join(", ", twice.Select(CellName))} twice.", nameof(cells));
        }

        return new(list.ToDictionary(cell => (cell.AgeGroup, cell.Unemployed, cell.Profile), cell => cell.Rhythm));
    }

    /// <summary>The name of a cell in messages and documents, e.g. <c>Ue25/unemployed/EP</c>.</summary>
    public static string CellName((AgeGroup AgeGroup, bool Unemployed, ProfileCode Profile) key) =>
        $"{key.AgeGroup}/{(key.Unemployed ? "unemployed" : "notUnemployed")}/{key.Profile}";

    /// <summary>The minimum contact interval for a customer of this age group, profile and unemployed status.</summary>
    public ContactInterval Interval(AgeGroup ageGroup, ProfileCode profile, bool unemployed) =>
        ContactInterval.Of(rhythms[(ageGroup, unemployed, profile)]);

    /// <summary>The day the next counting contact is due after <paramref name="lastCountingContact"/> under this table.</summary>
    public DateOnly NextDue(DateOnly lastCountingContact, AgeGroup ageGroup, ProfileCode profile, bool unemployed) =>
        Interval(ageGroup, profile, unemployed).NextDue(lastCountingContact);

    /// <summary>The cells where <paramref name="other"/> holds a different rhythm (for the journal).</summary>
    public IReadOnlyList<ContactDensityCell> ChangedIn(ContactDensityTable other) =>
        [.. other.Cells.Where(cell => rhythms[(cell.AgeGroup, cell.Unemployed, cell.Profile)] != cell.Rhythm)];
}
