using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;
using static CaseFlow.Workflows.Tests.Cases.OutreachScenario;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>The access policy for outreach (aB-pAp data) and referral (FM data) cases.</summary>
public sealed class OutreachAndReferralAccessTests
{
    [Fact]
    public void Every_outreach_adviser_reads_and_may_take_a_queued_case_but_not_a_draft()
    {
        var draft = new OutreachScenario();
        var queued = new OutreachScenario().Queued();

        Assert.False(CaseAccessPolicy.CanRead(draft.Case, OtherAdviser));
        Assert.True(CaseAccessPolicy.CanRead(queued.Case, OtherAdviser));
        Assert.True(CaseAccessPolicy.CanAct(queued.Case, OtherAdviser));
    }

    [Fact]
    public void After_the_take_over_only_the_adviser_who_took_it_and_the_pap_read_the_case()
    {
        var scenario = new OutreachScenario().InActivation();

        Assert.True(CaseAccessPolicy.CanAct(scenario.Case, Adviser));
        Assert.True(CaseAccessPolicy.CanRead(scenario.Case, Pap));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, OtherAdviser));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, OtherIfk));
    }

    [Fact]
    public void The_adviser_keeps_reading_a_case_returned_to_the_pap()
    {
        var scenario = new OutreachScenario().InActivation();
        scenario.Act(Adviser, "return-early", reason: "Umzug");

        Assert.True(CaseAccessPolicy.CanRead(scenario.Case, Adviser));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, OtherAdviser));
    }

    [Fact]
    public void A_single_task_is_for_its_adviser_only_and_never_in_the_queue()
    {
        var scenario = new OutreachScenario().SingleTask();

        Assert.True(CaseAccessPolicy.CanAct(scenario.Case, OtherAdviser));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, Adviser));
    }

    [Fact]
    public void The_outreach_file_is_not_for_fms_deputies_or_supervisors()
    {
        var scenario = new OutreachScenario().InActivation();

        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, Fm));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, Deputy));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, Supervisor));
    }

    [Fact]
    public void A_referral_is_read_by_the_fm_the_fms_deputy_and_the_supervisor_who_cannot_act()
    {
        var scenario = new ReferralScenario().AwaitingProvider();

        Assert.True(CaseAccessPolicy.CanAct(scenario.Case, Fm));
        Assert.True(CaseAccessPolicy.CanAct(scenario.Case, Deputy));
        Assert.True(CaseAccessPolicy.CanRead(scenario.Case, Supervisor));
        Assert.False(CaseAccessPolicy.CanAct(scenario.Case, Supervisor));
    }

    [Fact]
    public void A_referral_is_not_for_other_fms_ifks_or_outreach_advisers()
    {
        var scenario = new ReferralScenario().AwaitingProvider();

        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, OtherFm));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, Ifk));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, Adviser));
    }

    [Fact]
    public void Opening_a_case_needs_a_care_relation_not_just_sight_of_a_waiting_case()
    {
        var referred = new BfmScenario().Referred();
        var accepted = new BfmScenario().Accepted();
        Case[] waiting = [referred.Case];
        Case[] inCare = [accepted.Case];

        Assert.True(CaseAccessPolicy.CanReadCustomer(referred.Customer, waiting, OtherFm));
        Assert.False(CaseAccessPolicy.CanOpenCase(referred.Customer, waiting, OtherFm));
        Assert.True(CaseAccessPolicy.CanOpenCase(accepted.Customer, inCare, Fm));
        Assert.True(CaseAccessPolicy.CanOpenCase(accepted.Customer, inCare, Deputy));
        Assert.False(CaseAccessPolicy.CanOpenCase(accepted.Customer, inCare, OtherFm));
        Assert.True(CaseAccessPolicy.CanOpenCase(accepted.Customer, [], Ifk));
        Assert.False(CaseAccessPolicy.CanOpenCase(accepted.Customer, [], OtherIfk));
    }
}
