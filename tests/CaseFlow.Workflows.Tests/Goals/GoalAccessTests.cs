using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Tests.Cases;

namespace CaseFlow.Workflows.Tests.Goals;

public sealed class GoalAccessTests
{
    private static readonly Actor Provider = new("sucht-mitte", new HashSet<string> { Roles.Provider }, new HashSet<string>());

    [Fact]
    public void Without_a_running_bfm_case_the_responsible_ifk_is_the_coach()
    {
        var scenario = new BfmScenario().Referred();

        Assert.True(GoalAccess.IsCoach(scenario.Customer, [scenario.Case], BfmScenario.Ifk));
        Assert.False(GoalAccess.IsCoach(scenario.Customer, [scenario.Case], BfmScenario.Fm));
        Assert.False(GoalAccess.IsCoach(scenario.Customer, [scenario.Case], BfmScenario.OtherIfk));
        Assert.Null(GoalAccess.RunningBfm([scenario.Case]));
    }

    [Fact]
    public void While_a_bfm_case_runs_its_fm_and_her_deputies_are_the_coach_and_the_ifk_is_not()
    {
        var scenario = new BfmScenario().Steering();
        var cases = new[] { scenario.Case };

        Assert.True(GoalAccess.IsCoach(scenario.Customer, cases, BfmScenario.Fm));
        Assert.True(GoalAccess.IsCoach(scenario.Customer, cases, BfmScenario.Deputy));
        Assert.False(GoalAccess.IsCoach(scenario.Customer, cases, BfmScenario.Ifk));
        Assert.False(GoalAccess.IsCoach(scenario.Customer, cases, BfmScenario.OtherFm));
        Assert.False(GoalAccess.IsCoach(scenario.Customer, cases, BfmScenario.Supervisor));
    }

    [Fact]
    public void Supervisors_read_the_goals_of_customers_with_an_fm_case_and_providers_never_come_in()
    {
        var scenario = new BfmScenario().Accepted();
        var cases = new[] { scenario.Case };

        Assert.True(GoalAccess.CanRead(scenario.Customer, cases, BfmScenario.Supervisor));
        Assert.False(GoalAccess.CanRead(scenario.Customer, [], BfmScenario.Supervisor));
        Assert.False(GoalAccess.CanRead(scenario.Customer, cases, BfmScenario.OtherIfk));
        Assert.False(GoalAccess.CanRead(scenario.Customer, cases, Provider));
        Assert.False(GoalAccess.IsCoach(scenario.Customer, cases, Provider));
    }
}
