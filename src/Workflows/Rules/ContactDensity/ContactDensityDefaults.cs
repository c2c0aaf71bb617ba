using CaseFlow.Workflows.Customers;
using static CaseFlow.Workflows.Rules.ContactDensity.ContactRhythm;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>
/// The default table (domain.md §6, from seed 004's summary slides). The seed has no row for Ü25 customers who are not
/// unemployed: CaseFlow gives them the Ü25 unemployed row, as cells process owners can change.
/// </summary>
internal static class ContactDensityDefaults
{
    private static readonly ProfileCode[] Profiles = Enum.GetValues<ProfileCode>();

    //                                          MP       AP       FP       EP               SP          UP           I            Z
    private static readonly ContactRhythm[] U25Unemployed = [Monthly, Monthly, Monthly, Monthly, Monthly, Monthly, HalfYearly, HalfYearly];
    private static readonly ContactRhythm[] U25NotUnemployed = [Monthly, Monthly, Monthly, SixToSevenWeeks, TwoMonthly, TwoMonthly, HalfYearly, HalfYearly];
    private static readonly ContactRhythm[] Ue25Unemployed = [Monthly, Monthly, Monthly, AboutTwoMonthly, FourMonthly, FourMonthly, FourMonthly, HalfYearly];

    public static IEnumerable<ContactDensityCell> Cells =>
        Row(AgeGroup.U25, true, U25Unemployed)
            .Concat(Row(AgeGroup.U25, false, U25NotUnemployed))
            .Concat(Row(AgeGroup.Ue25, true, Ue25Unemployed))
            .Concat(Row(AgeGroup.Ue25, false, Ue25Unemployed));

    private static IEnumerable<ContactDensityCell> Row(AgeGroup ageGroup, bool unemployed, ContactRhythm[] rhythms) =>
        Profiles.Select((profile, index) => new ContactDensityCell(ageGroup, unemployed, profile, rhythms[index]));
}
