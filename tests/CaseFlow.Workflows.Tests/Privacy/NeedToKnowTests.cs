using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Tests.Cases;
using static CaseFlow.Workflows.Access.CaseDataClass;

namespace CaseFlow.Workflows.Tests.Privacy;

public sealed class NeedToKnowTests
{
    private static readonly Actor SupervisingFm =
        new("fm.lead2", new HashSet<string> { Roles.Fm, Roles.FmSupervisor }, new HashSet<string>());

    private static readonly Actor DataProtection =
        new("dsb.weber", new HashSet<string> { Roles.DataProtection }, new HashSet<string>());

    [Fact]
    public void The_responsible_fm_and_the_deputy_read_the_fm_file_and_act()
    {
        var scenario = new BfmScenario().Accepted();

        foreach (var actor in new[] { BfmScenario.Fm, BfmScenario.Deputy })
        {
            var access = NeedToKnow.Of(scenario.Case, actor);
            Assert.True(access.Reads(FmFile));
            Assert.True(access.MayAct);
        }
    }

    [Fact]
    public void A_supervisor_holding_the_fm_role_too_reads_another_fms_case_but_may_not_act_and_is_told_why()
    {
        var scenario = new BfmScenario().Accepted();

        var access = NeedToKnow.Of(scenario.Case, SupervisingFm);

        Assert.True(access.Reads(FmFile));
        Assert.False(access.MayAct);
        Assert.False(CaseAccessPolicy.CanAct(scenario.Case, SupervisingFm));
        Assert.Contains("nur", access.ReadOnlyReason);
    }

    [Fact]
    public void A_supervisor_holding_the_fm_role_acts_where_they_are_the_deputy()
    {
        var scenario = new BfmScenario().Accepted();
        var deputySupervisor = SupervisingFm with { DeputyFor = new HashSet<string> { BfmScenario.Fm.UserName } };

        Assert.True(NeedToKnow.Of(scenario.Case, deputySupervisor).MayAct);
    }

    [Fact]
    public void The_secondary_ifk_reads_the_summary_and_never_the_fm_file()
    {
        var scenario = new BfmScenario().Accepted(ifkStaysSecondary: true);

        var access = NeedToKnow.Of(scenario.Case, BfmScenario.Ifk);

        Assert.True(access.Reads(Summary));
        Assert.False(access.Reads(FmFile));
        Assert.False(access.ReadsFile);
    }

    [Fact]
    public void The_referring_ifk_who_is_no_secondary_sees_only_that_the_case_exists()
    {
        var scenario = new BfmScenario().Accepted(ifkStaysSecondary: false);

        var access = NeedToKnow.Of(scenario.Case, BfmScenario.Ifk);

        Assert.Equal([Existence], access.Classes);
        Assert.False(access.MayAct);
    }

    [Fact]
    public void The_referring_ifk_reads_the_file_they_write_while_the_case_waits_for_intake()
    {
        var scenario = new BfmScenario().Referred();

        Assert.True(NeedToKnow.Of(scenario.Case, BfmScenario.Ifk).Reads(FmFile));
        Assert.True(NeedToKnow.Of(scenario.Case, BfmScenario.OtherFm).Reads(FmFile));
    }

    [Fact]
    public void The_adviser_reads_the_outreach_file_and_the_pap_only_the_summary_and_the_released_summary()
    {
        var scenario = new OutreachScenario().InActivation();

        var adviser = NeedToKnow.Of(scenario.Case, OutreachScenario.Adviser);
        var pap = NeedToKnow.Of(scenario.Case, OutreachScenario.Pap);

        Assert.True(adviser.Reads(OutreachFile));
        Assert.True(adviser.MayAct);
        Assert.Equal([Existence, Summary, OutreachSummary], pap.Classes.Order());
        Assert.False(NeedToKnow.Of(scenario.Case, OutreachScenario.OtherAdviser).MayRead);
    }

    [Fact]
    public void The_pap_does_not_read_the_outreach_file_after_the_customer_came_back()
    {
        var scenario = new OutreachScenario().InActivation();
        scenario.Act(OutreachScenario.Adviser, "return-early", reason: "Umzug");

        Assert.Equal(OutreachScenario.Pap.UserName, scenario.Case.MainCaseworker);
        Assert.False(NeedToKnow.Of(scenario.Case, OutreachScenario.Pap).Reads(OutreachFile));
        Assert.True(NeedToKnow.Of(scenario.Case, OutreachScenario.Adviser).Reads(OutreachFile));
    }

    [Fact]
    public void Fms_supervisors_and_the_data_protection_officer_read_nothing_of_an_outreach_case()
    {
        var scenario = new OutreachScenario().InActivation();

        Assert.False(NeedToKnow.Of(scenario.Case, BfmScenario.Supervisor).MayRead);
        Assert.False(NeedToKnow.Of(scenario.Case, BfmScenario.Fm).MayRead);
        Assert.False(NeedToKnow.Of(scenario.Case, DataProtection).MayRead);
    }

    [Fact]
    public void The_data_protection_officer_and_a_provider_read_no_case_data_by_role()
    {
        var scenario = new BfmScenario().Accepted();

        Assert.False(NeedToKnow.Of(scenario.Case, DataProtection).MayRead);
        Assert.False(NeedToKnow.Of(scenario.Case, ProviderActors.For("schuldnerberatung-nord")).MayRead);
    }
}
