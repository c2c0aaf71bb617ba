using CaseFlow.Workflows.Engine;
using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Engine;

/// <summary>A message on a task's boundary (e.g. the case event <c>case.exit</c>): subscribed with the task, interrupting or not.</summary>
public sealed class BoundaryMessageTests
{
    private static EngineRun Run(bool interrupting) => new EngineRun(ReadValid(Definitions(
        $"""
        <bpmn:startEvent id="Start" />
        <bpmn:userTask id="Task_Steering" cf:candidateRole="FM" />
        <bpmn:boundaryEvent id="Exit" attachedToRef="Task_Steering" cancelActivity="{(interrupting ? "true" : "false")}">
          <bpmn:messageEventDefinition messageRef="Msg_Exit" />
        </bpmn:boundaryEvent>
        <bpmn:userTask id="Task_FollowUp" cf:candidateRole="IFK" />
        <bpmn:endEvent id="End_1" />
        <bpmn:endEvent id="End_2" />
        {Flow("F1", "Start", "Task_Steering")}
        {Flow("F2", "Task_Steering", "End_1")}
        {Flow("F3", "Exit", "Task_FollowUp")}
        {Flow("F4", "Task_FollowUp", "End_2")}
        """,
        """cf:caseKind="bfm" """,
        """<bpmn:message id="Msg_Exit" name="case.exit" />"""))).Start();

    [Fact]
    public void The_boundary_message_is_subscribed_with_the_task_under_the_instances_case()
    {
        var run = Run(interrupting: true);

        var subscription = Assert.Single(run.Instance.Subscriptions);
        Assert.Equal(("Exit", "case.exit", run.CaseId.ToString()), (subscription.ElementId, subscription.MessageName, subscription.CorrelationKey));
        Assert.Equal(run.OpenTask("Task_Steering").TokenId, subscription.TokenId);
        Assert.Equal("Exit", BoundWork.CaseEventWait(run.Instance, "exit")!.ElementId);
    }

    [Fact]
    public void An_interrupting_boundary_message_cancels_the_task_and_the_token_goes_on_from_the_boundary()
    {
        var run = Run(interrupting: true);
        var task = run.OpenTask("Task_Steering");

        run.Deliver("Exit");

        Assert.Equal(HumanTaskStatus.Cancelled, task.Status);
        Assert.Empty(run.Instance.Subscriptions);
        Assert.Equal(["Task_FollowUp"], run.WaitingAt);
        Assert.Contains(run.Last.Journal, entry => entry.Action == "message.received" && entry.ElementId == "Exit");
    }

    [Fact]
    public void A_non_interrupting_boundary_message_starts_a_parallel_path_and_the_task_stays()
    {
        var run = Run(interrupting: false);

        run.Deliver("Exit");

        Assert.Equal(HumanTaskStatus.Open, run.OpenTask("Task_Steering").Status);
        Assert.Empty(run.Instance.Subscriptions);
        Assert.Equal(["Task_FollowUp", "Task_Steering"], run.WaitingAt);
    }

    [Fact]
    public void Completing_the_task_removes_its_boundary_subscription()
    {
        var run = Run(interrupting: true);

        run.Complete("Task_Steering");

        Assert.Empty(run.Instance.Subscriptions);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }
}
