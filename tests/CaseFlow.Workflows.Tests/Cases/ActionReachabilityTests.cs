using CaseFlow.Workflows.Cases.Bfm;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>Which actions a case can still take some day: reachability over the lifecycle's transitions, guards ignored.</summary>
public sealed class ActionReachabilityTests
{
    [Fact]
    public void In_steering_the_internal_review_the_superstates_exit_and_the_way_back_through_planning_stay_reachable()
    {
        var scenario = new BfmScenario().Steering();

        var reachable = scenario.Lifecycle.ActionsReachableFrom(scenario.Case);

        Assert.Equal(["agree-plan", "exit", "review", "revise-plan"], reachable.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_referred_case_can_still_reach_every_action_after_acceptance_but_never_refer_again()
    {
        var scenario = new BfmScenario().Referred();

        var reachable = scenario.Lifecycle.ActionsReachableFrom(scenario.Case);

        Assert.Contains("accept", reachable);
        Assert.Contains("complete-assessment", reachable);
        Assert.Contains("exit", reachable);
        Assert.DoesNotContain("refer", reachable);
        Assert.DoesNotContain("waive", reachable);
    }

    [Fact]
    public void A_final_state_reaches_no_action()
    {
        var scenario = new BfmScenario().Referred();
        scenario.Act(Fm, "reject", reason: "Kein Arbeitsbündnis");
        Assert.Equal(nameof(BfmState.Returned), scenario.Case.State);

        Assert.Empty(scenario.Lifecycle.ActionsReachableFrom(scenario.Case));
    }
}
