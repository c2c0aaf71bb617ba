using CaseFlow.Workflows.Access;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class CaseAccessPolicyTests
{
    [Fact]
    public void The_caseworkers_read_their_case_and_an_unrelated_ifk_does_not()
    {
        var scenario = new BfmScenario();

        Assert.True(CaseAccessPolicy.CanRead(scenario.Case, Ifk));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, OtherIfk));
    }

    [Fact]
    public void Any_fm_reads_a_referred_case_waiting_for_intake_but_not_a_draft()
    {
        var draft = new BfmScenario();
        var referred = new BfmScenario().Referred();

        Assert.False(CaseAccessPolicy.CanRead(draft.Case, OtherFm));
        Assert.True(CaseAccessPolicy.CanRead(referred.Case, OtherFm));
    }

    [Fact]
    public void After_intake_only_the_fm_and_the_fms_deputies_read_and_act()
    {
        var scenario = new BfmScenario().Accepted();

        Assert.True(CaseAccessPolicy.CanAct(scenario.Case, Fm));
        Assert.True(CaseAccessPolicy.CanAct(scenario.Case, Deputy));
        Assert.False(CaseAccessPolicy.CanRead(scenario.Case, OtherFm));
    }

    [Fact]
    public void A_supervisor_reads_bfm_cases_but_cannot_act_on_them()
    {
        var scenario = new BfmScenario().Accepted();

        Assert.True(CaseAccessPolicy.CanRead(scenario.Case, Supervisor));
        Assert.False(CaseAccessPolicy.CanAct(scenario.Case, Supervisor));
    }

    [Fact]
    public void The_referring_ifk_keeps_reading_after_intake()
    {
        var scenario = new BfmScenario().Accepted(ifkStaysSecondary: false);

        Assert.True(CaseAccessPolicy.CanRead(scenario.Case, Ifk));
    }
}
