using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;
using static CaseFlow.Workflows.Rules.ContactDensity.ContactRhythm;

namespace CaseFlow.Workflows.Tests.Rules;

/// <summary>Every cell of the default contact-density table (domain.md §6, seed 004), one case per cell.</summary>
public sealed class ContactDensityTableTests
{
    public static TheoryData<AgeGroup, bool, ProfileCode, ContactRhythm> DefaultCells => new()
    {
        { AgeGroup.U25, true, ProfileCode.MP, Monthly },
        { AgeGroup.U25, true, ProfileCode.AP, Monthly },
        { AgeGroup.U25, true, ProfileCode.FP, Monthly },
        { AgeGroup.U25, true, ProfileCode.EP, Monthly },
        { AgeGroup.U25, true, ProfileCode.SP, Monthly },
        { AgeGroup.U25, true, ProfileCode.UP, Monthly },
        { AgeGroup.U25, true, ProfileCode.I, HalfYearly },
        { AgeGroup.U25, true, ProfileCode.Z, HalfYearly },
        { AgeGroup.U25, false, ProfileCode.MP, Monthly },
        { AgeGroup.U25, false, ProfileCode.AP, Monthly },
        { AgeGroup.U25, false, ProfileCode.FP, Monthly },
        { AgeGroup.U25, false, ProfileCode.EP, SixToSevenWeeks },
        { AgeGroup.U25, false, ProfileCode.SP, TwoMonthly },
        { AgeGroup.U25, false, ProfileCode.UP, TwoMonthly },
        { AgeGroup.U25, false, ProfileCode.I, HalfYearly },
        { AgeGroup.U25, false, ProfileCode.Z, HalfYearly },
        { AgeGroup.Ue25, true, ProfileCode.MP, Monthly },
        { AgeGroup.Ue25, true, ProfileCode.AP, Monthly },
        { AgeGroup.Ue25, true, ProfileCode.FP, Monthly },
        { AgeGroup.Ue25, true, ProfileCode.EP, AboutTwoMonthly },
        { AgeGroup.Ue25, true, ProfileCode.SP, FourMonthly },
        { AgeGroup.Ue25, true, ProfileCode.UP, FourMonthly },
        { AgeGroup.Ue25, true, ProfileCode.I, FourMonthly },
        { AgeGroup.Ue25, true, ProfileCode.Z, HalfYearly },
        { AgeGroup.Ue25, false, ProfileCode.MP, Monthly },
        { AgeGroup.Ue25, false, ProfileCode.AP, Monthly },
        { AgeGroup.Ue25, false, ProfileCode.FP, Monthly },
        { AgeGroup.Ue25, false, ProfileCode.EP, AboutTwoMonthly },
        { AgeGroup.Ue25, false, ProfileCode.SP, FourMonthly },
        { AgeGroup.Ue25, false, ProfileCode.UP, FourMonthly },
        { AgeGroup.Ue25, false, ProfileCode.I, FourMonthly },
        { AgeGroup.Ue25, false, ProfileCode.Z, HalfYearly },
    };

    [Theory]
    [MemberData(nameof(DefaultCells))]
    public void The_default_table_gives_each_cell_the_rhythm_of_domain_md(AgeGroup ageGroup, bool unemployed, ProfileCode profile, ContactRhythm rhythm)
    {
        Assert.Equal(ContactInterval.Of(rhythm), ContactDensityTable.Default.Interval(ageGroup, profile, unemployed));
    }

    [Fact]
    public void The_default_table_has_exactly_the_thirty_two_cells_listed_here()
    {
        Assert.Equal(32, ContactDensityTable.CellCount);
        Assert.Equal(
            DefaultCells.Select(row => ((AgeGroup)row[0], (bool)row[1], (ProfileCode)row[2], (ContactRhythm)row[3])),
            ContactDensityTable.Default.Cells.Select(cell => (cell.AgeGroup, cell.Unemployed, cell.Profile, cell.Rhythm)));
    }

    [Fact]
    public void Over_25s_who_are_not_unemployed_get_the_over_25_unemployed_row_by_default()
    {
        foreach (var profile in Enum.GetValues<ProfileCode>())
        {
            Assert.Equal(
                ContactDensityTable.Default.Interval(AgeGroup.Ue25, profile, unemployed: true),
                ContactDensityTable.Default.Interval(AgeGroup.Ue25, profile, unemployed: false));
        }
    }

    [Theory]
    [InlineData(Monthly, PeriodUnit.Months, 1, 12)]
    [InlineData(SixToSevenWeeks, PeriodUnit.Weeks, 6, 8)]
    [InlineData(TwoMonthly, PeriodUnit.Months, 2, 6)]
    [InlineData(AboutTwoMonthly, PeriodUnit.Weeks, 10, 5)]
    [InlineData(Quarterly, PeriodUnit.Months, 3, 4)]
    [InlineData(FourMonthly, PeriodUnit.Months, 4, 3)]
    [InlineData(HalfYearly, PeriodUnit.Months, 6, 2)]
    public void Each_rhythm_is_a_period_of_months_or_weeks_with_its_contacts_per_year(ContactRhythm rhythm, PeriodUnit unit, int length, int perYear)
    {
        Assert.Equal(new ContactInterval(rhythm, unit, length, perYear), ContactInterval.Of(rhythm));
    }

    [Fact]
    public void A_table_missing_a_cell_names_it_and_cannot_be_built()
    {
        var cells = ContactDensityTable.Default.Cells.Where(cell => !(cell.AgeGroup == AgeGroup.Ue25 && !cell.Unemployed && cell.Profile == ProfileCode.Z)).ToList();

        Assert.Equal([(AgeGroup.Ue25, false, ProfileCode.Z)], ContactDensityTable.Missing(cells));
        Assert.Equal("Ue25/notUnemployed/Z", ContactDensityTable.CellName(ContactDensityTable.Missing(cells)[0]));
        Assert.Throws<ArgumentException>(() => ContactDensityTable.From(cells));
    }

    [Fact]
    public void A_table_setting_a_cell_twice_cannot_be_built()
    {
        var cells = ContactDensityTable.Default.Cells.Append(new ContactDensityCell(AgeGroup.U25, true, ProfileCode.MP, HalfYearly)).ToList();

        Assert.Equal([(AgeGroup.U25, true, ProfileCode.MP)], ContactDensityTable.Duplicates(cells));
        Assert.Throws<ArgumentException>(() => ContactDensityTable.From(cells));
    }

    [Fact]
    public void A_changed_table_names_only_the_cells_that_differ()
    {
        var changed = ContactDensityTable.From(ContactDensityTable.Default.Cells.Select(cell =>
            cell is { AgeGroup: AgeGroup.Ue25, Unemployed: false, Profile: ProfileCode.EP } ? cell with { Rhythm = Quarterly } : cell));

        Assert.Equal([new ContactDensityCell(AgeGroup.Ue25, false, ProfileCode.EP, Quarterly)], ContactDensityTable.Default.ChangedIn(changed));
        Assert.Equal(ContactInterval.Of(Quarterly), changed.Interval(AgeGroup.Ue25, ProfileCode.EP, unemployed: false));
    }
}
