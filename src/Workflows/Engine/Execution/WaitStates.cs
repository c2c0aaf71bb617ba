using System.Globalization;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>Sets up what a waiting token waits for: a human task, a timer, a message subscription.</summary>
internal static class WaitStates
{
    public static void OpenTask(Step step, UserTask node, Arrival arrival)
    {
        var assignee = node.Assignee is null ? null : StepExpressions.RequiredText(step, node.Assignee, "Zuständige Person (assignee)");
        var boundaries = BoundaryDues(step, node);
        step.Park(arrival, TokenWait.UserTask);
        var task = new HumanTask
        {
            InstanceId = step.Instance.Id,
            TokenId = arrival.TokenId,
            CaseId = step.Instance.CaseId,
            ElementId = node.Id,
            Name = node.DisplayName,
            CandidateRole = node.CandidateRole ?? node.LaneRole,
            Assignee = assignee,
            FormKey = node.FormKey,
            CreatedAt = step.Now,
            DueAt = node.DueIn is { } dueIn ? step.Calendar.Add(step.Now, dueIn) : null,
        };
        step.Instance.Tasks.Add(task);
        var data = new JsonObject
        {
            ["taskId"] = task.Id.ToString(),
            ["candidateRole"] = task.CandidateRole,
            ["assignee"] = task.Assignee,
            ["dueAt"] = task.DueAt?.ToString("O", CultureInfo.InvariantCulture),
        };
        step.Log("task.created", node.Id, task.Name, EngineJson.Text(data));
        ArmBoundaries(step, boundaries, arrival.TokenId);
    }

    /// <summary>A receive task or message catch event: the token waits for the message (the key is computed now).</summary>
    public static void AwaitMessage(Step step, FlowNode node, MessageDefinition message, Arrival arrival)
    {
        var key = CorrelationKey(step, message);
        var boundaries = BoundaryDues(step, node);
        step.Park(arrival, TokenWait.Message);
        Subscribe(step, node.Id, message, key, arrival.TokenId);
        ArmBoundaries(step, boundaries, arrival.TokenId);
    }

    public static void AwaitTimer(Step step, IntermediateCatchEvent node, TimerDefinition timer, Arrival arrival)
    {
        var due = TimerDue.Of(step, node.Id, timer);
        step.Park(arrival, TokenWait.Timer);
        Schedule(step, node.Id, timer, due, arrival.TokenId);
    }

    public static string CorrelationKey(Step step, MessageDefinition message) =>
        StepExpressions.RequiredText(step, message.CorrelationKey, $"Korrelationsschlüssel (correlation key) der Nachricht '{message.Name}'");

    public static void Subscribe(Step step, string elementId, MessageDefinition message, string key, Guid tokenId)
    {
        step.Instance.Subscriptions.Add(new MessageSubscription
        {
            InstanceId = step.Instance.Id,
            TokenId = tokenId,
            ElementId = elementId,
            MessageName = message.Name,
            CorrelationKey = key,
            CreatedAt = step.Now,
        });
        step.Log("message.awaited", elementId, $"Wartet auf Nachricht (message) '{message.Name}', Schlüssel (key) '{key}'.");
    }

    /// <summary>Adds the timer at its due time (computed with <see cref="TimerDue"/> before the token parks, so a failure parks nothing).</summary>
    public static void Schedule(Step step, string elementId, TimerDefinition timer, DateTime due, Guid tokenId)
    {
        step.Instance.Timers.Add(new WorkflowTimer
        {
            InstanceId = step.Instance.Id,
            TokenId = tokenId,
            ElementId = elementId,
            DueAt = due,
            RemainingRepetitions = timer.IsCycle && timer.Repetitions is int count ? Math.Max(0, count - 1) : null,
        });
        step.Log("timer.scheduled", elementId, $"Timer {timer} fällig (due) {TimerDue.Text(due)}.");
    }

    /// <summary>
    /// The due times of the task's boundary timers and the keys of its boundary messages, computed before anything of the
    /// task exists (a failing expression parks nothing).
    /// </summary>
    private static List<(BoundaryEvent Boundary, DateTime Due, string? Key)> BoundaryDues(Step step, FlowNode node) =>
        step.Model.BoundariesOf(node.Id)
            .Select(boundary => boundary.Timer is { } timer
                ? (boundary, TimerDue.Of(step, boundary.Id, timer), (string?)null)
                : (boundary, default(DateTime), CorrelationKey(step, boundary.Message!)))
            .ToList();

    /// <summary>The boundary timers and message subscriptions of a task start when the task starts.</summary>
    private static void ArmBoundaries(Step step, List<(BoundaryEvent Boundary, DateTime Due, string? Key)> boundaries, Guid tokenId)
    {
        foreach (var (boundary, due, key) in boundaries)
        {
            if (boundary.Timer is { } timer)
            {
                Schedule(step, boundary.Id, timer, due, tokenId);
            }
            else
            {
                Subscribe(step, boundary.Id, boundary.Message!, key!, tokenId);
            }
        }
    }
}
