using CaseFlow.Workflows.Bpmn;
using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

/// <summary><c>cf:caseAction</c> on a user task: read into the model and checked against the process's case kind.</summary>
public sealed class CaseActionBindingTests
{
    private static string Bound(string actions, string processAttributes = """cf:caseKind="bfm" """) =>
        Around("Task_Intake", $"""<bpmn:userTask id="Task_Intake" cf:candidateRole="FM" cf:caseAction="{actions}" />""", processAttributes);

    [Fact]
    public void A_user_task_names_the_case_actions_the_user_decides_among_separated_by_spaces()
    {
        var model = ReadValid(Bound(" accept  reject "));

        var task = Assert.IsType<UserTask>(model.Node("Task_Intake"));
        Assert.Equal(["accept", "reject"], task.CaseActions);
        Assert.True(task.IsBoundTo("reject"));
        Assert.False(task.IsBoundTo("exit"));
    }

    [Fact]
    public void A_user_task_without_the_attribute_is_not_bound()
    {
        var model = ReadValid(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" />"""));

        var task = Assert.IsType<UserTask>(model.Node("Task"));
        Assert.False(task.IsBound);
        Assert.Empty(task.CaseActions);
    }

    [Fact]
    public void An_action_the_case_kind_does_not_know_is_refused_at_the_element_with_the_available_actions()
    {
        AssertProblem(Read(Bound("accept fly")), "Task_Intake", "unknown case action", "'fly'", "'bfm'", "refer, accept, reject, exit");
    }

    [Fact]
    public void A_bound_task_in_a_process_without_a_case_kind_is_refused()
    {
        AssertProblem(Read(Bound("accept", processAttributes: "")), "Task_Intake", "cf:caseAction", "without cf:caseKind");
    }
}
