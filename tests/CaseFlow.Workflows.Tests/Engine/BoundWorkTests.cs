using System.Text.Json.Nodes;
using CaseFlow.Workflows.Engine;
using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Engine;

/// <summary>What an instance expects of its case: tasks bound to actions, case events, and waits that can no longer end.</summary>
public sealed class BoundWorkTests
{
    private static readonly string Xml = Definitions(
        $"""
        <bpmn:startEvent id="Start" />
        <bpmn:parallelGateway id="Fork" />
        <bpmn:userTask id="Task_Intake" cf:candidateRole="FM" cf:caseAction="accept reject" />
        <bpmn:userTask id="Task_Note" cf:candidateRole="FM" />
        <bpmn:intermediateCatchEvent id="Catch_Exit"><bpmn:messageEventDefinition messageRef="Msg_Exit" /></bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="End_1" />
        <bpmn:endEvent id="End_2" />
        <bpmn:endEvent id="End_3" />
        {Flow("F0", "Start", "Fork")}
        {Flow("F1", "Fork", "Task_Intake")}
        {Flow("F2", "Fork", "Task_Note")}
        {Flow("F3", "Fork", "Catch_Exit")}
        {Flow("F4", "Task_Intake", "End_1")}
        {Flow("F5", "Task_Note", "End_2")}
        {Flow("F6", "Catch_Exit", "End_3")}
        """,
        """cf:caseKind="bfm" """,
        """<bpmn:message id="Msg_Exit" name="case.exit" />""");

    [Fact]
    public void The_open_task_bound_to_an_action_and_the_wait_for_a_case_event_are_found_by_action()
    {
        var run = new EngineRun(ReadValid(Xml)).Start();

        Assert.Equal("Task_Intake", BoundWork.OpenTaskBoundTo(run.Engine.Model, run.Instance, "reject")!.ElementId);
        Assert.Null(BoundWork.OpenTaskBoundTo(run.Engine.Model, run.Instance, "exit"));
        Assert.Equal("Catch_Exit", BoundWork.CaseEventWait(run.Instance, "exit")!.ElementId);
        Assert.Null(BoundWork.CaseEventWait(run.Instance, "accept"));
        Assert.Equal("case.exit", BoundWork.CaseEventName("exit"));
    }

    [Fact]
    public void A_task_completed_by_a_case_action_is_journaled_as_such_and_its_token_moves_on()
    {
        var run = new EngineRun(ReadValid(Xml)).Start();
        var task = run.OpenTask("Task_Intake");

        var result = run.Engine.CompleteTaskByCaseAction(run.Instance, task.Id, "accept", new JsonObject { ["caseAction"] = "accept" });

        Assert.Equal(HumanTaskStatus.Completed, task.Status);
        Assert.Equal("fm.schulz", task.CompletedBy);
        var line = result.Journal.Single(entry => entry.Action == "task.completed");
        Assert.Contains("erledigt durch Fallaktion 'accept' (completed by case action)", line.Note);
        Assert.Equal(["Catch_Exit", "Task_Note"], run.Instance.Tokens.Select(t => t.ElementId).Order(StringComparer.Ordinal));
        Assert.Equal("accept", run.Instance.ReadVariables()["caseAction"]!.GetValue<string>());
    }

    [Fact]
    public void A_wait_is_stale_only_when_none_of_its_actions_is_reachable_and_unbound_tasks_never_are()
    {
        var run = new EngineRun(ReadValid(Xml)).Start();

        Assert.Empty(BoundWork.StaleWaits(run.Engine.Model, run.Instance, new HashSet<string> { "reject", "exit" }));
        var stale = BoundWork.StaleWaits(run.Engine.Model, run.Instance, new HashSet<string> { "review" });

        Assert.Equal(["Catch_Exit", "Task_Intake"], stale.Select(s => s.ElementId).Order(StringComparer.Ordinal));
        Assert.Equal(["accept", "reject"], stale.Single(s => s.ElementId == "Task_Intake").Actions);
        Assert.Contains("'Task_Intake' wartet auf 'accept' / 'reject', im Zustand 'Exited' nie mehr möglich", stale[0].Describe("Exited") + stale[1].Describe("Exited"));
    }
}
