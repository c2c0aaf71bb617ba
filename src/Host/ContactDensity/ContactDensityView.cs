using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Language;
using CaseFlow.Workflows.Rules.ContactDensity;

namespace CaseFlow.Host.ContactDensity;

/// <summary>What <c>GET /api/rules/contact-density</c> answers: the version in force on the day, every version, and the choices a cell offers.</summary>
public sealed record ContactDensityView(
    DateOnly At,
    ContactDensityView.VersionView InForce,
    IReadOnlyList<ContactDensityView.VersionView> Versions,
    ContactDensityView.CellChoices Options)
{
    /// <summary>One cell with its period (months or weeks) and the contacts per year it stands for.</summary>
    public sealed record CellRule(string AgeGroup, bool Unemployed, string Profile, string Rhythm, string Unit, int Length, int ContactsPerYear);

    public sealed record VersionView(int Number, DateOnly EffectiveFrom, DateTime CreatedAt, string CreatedBy, string Reason, IReadOnlyList<CellRule> Cells);

    public sealed record RhythmChoice(string Value, string Label, string Unit, int Length, int ContactsPerYear);

    /// <summary>The values of each cell key and of a cell, with labels in the request's language.</summary>
    public sealed record CellChoices(IReadOnlyList<FieldOption> AgeGroups, IReadOnlyList<FieldOption> Unemployed, IReadOnlyList<FieldOption> Profiles, IReadOnlyList<RhythmChoice> Rhythms);

    public static ContactDensityView Of(DateOnly at, ContactDensityVersion inForce, IEnumerable<ContactDensityVersion> versions) =>
        new(at, Of(inForce), [.. versions.Select(Of)], Choice());

    public static VersionView Of(ContactDensityVersion version) => new(
        version.Number,
        version.EffectiveFrom,
        version.CreatedAt,
        version.CreatedBy,
        version.Reason,
        [.. ContactDensityCells.Read(version.Cells).Cells.Select(cell => Of(cell, ContactInterval.Of(cell.Rhythm)))]);

    private static CellRule Of(ContactDensityCell cell, ContactInterval interval) =>
        new(cell.AgeGroup.ToString(), cell.Unemployed, cell.Profile.ToString(), cell.Rhythm.ToString(), interval.Unit.ToString(), interval.Length, interval.ContactsPerYear);

    private static CellChoices Choice() => new(
        Terms.Say(Labels.Options<AgeGroup>()),
        [new FieldOption("true", Terms.Say(UnemployedStatus.Label(true))), new FieldOption("false", Terms.Say(UnemployedStatus.Label(false)))],
        Terms.Say(Labels.Options<ProfileCode>()),
        [.. Enum.GetValues<ContactRhythm>().Select(ContactInterval.Of).Select(i => new RhythmChoice(i.Rhythm.ToString(), Terms.Say(Labels.Of(i.Rhythm)), i.Unit.ToString(), i.Length, i.ContactsPerYear))]);
}
