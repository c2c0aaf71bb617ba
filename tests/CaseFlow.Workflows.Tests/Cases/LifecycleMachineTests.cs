using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Tests.Calendars;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>How CaseFlow runs its lifecycles on Stateless: who lists the actions, who fires, where the diagram comes from.</summary>
public sealed class LifecycleMachineTests
{
    [Fact]
    public void In_steering_exit_review_and_revise_plan_are_all_listed_before_any_input_exists()
    {
        var scenario = new BfmScenario().Steering();

        var allowed = scenario.Allowed(Fm).Where(a => a.Allowed).Select(a => a.Action).ToList();

        Assert.Equal(["review", "revise-plan", "exit"], allowed);
    }

    [Fact]
    public void The_stateless_machine_of_a_case_reads_and_writes_the_state_stored_in_the_case()
    {
        var scenario = new BfmScenario().Steering();
        var context = new BfmContext(new CaseScene(scenario.Case, scenario.Customer, Fm, scenario.Now, Berlin.Calendar), new BfmRuleSet());

        var machine = scenario.Lifecycle.Machine.Build(context);

        Assert.Equal(BfmState.Steering, machine.State);
        Assert.True(machine.IsInState(BfmState.Active));
        machine.Fire(BfmTriggers.RevisePlan.Name);
        Assert.Equal("Planning", scenario.Case.State);
    }

    [Fact]
    public void The_diagram_is_the_stateless_graph_with_the_initial_state_and_unguarded_internal_transitions_without_brackets()
    {
        var referral = new ReferralScenario().AwaitingProvider();

        var mermaid = referral.Lifecycle.Diagram(referral.Case);

        Assert.StartsWith("stateDiagram-v2", mermaid);
        Assert.Contains("[*] --> Draft", mermaid);
        Assert.Contains("AwaitingProvider --> AwaitingProvider : record-consent (intern)", mermaid);
        Assert.Contains("Active --> Active : case-conference [decisionContinue, nextConferenceDue] (intern)", mermaid);
        Assert.Contains("Active --> Ended : case-conference [decisionEnd]", mermaid);
        Assert.DoesNotContain("Function", mermaid);
        Assert.EndsWith("class AwaitingProvider current" + Environment.NewLine, mermaid);
    }

    [Fact]
    public void Without_a_case_the_diagram_marks_no_state()
    {
        var mermaid = new BfmScenario().Lifecycle.Diagram();

        Assert.Contains("state Active {", mermaid);
        Assert.DoesNotContain("classDef", mermaid);
    }
}
