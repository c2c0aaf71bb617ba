using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine;

/// <summary>
/// What a running instance expects of its case: open tasks bound to case actions (<c>cf:caseAction</c>) and waits for
/// case events (a message named <c>case.&lt;action&gt;</c>). The Host asks it when an action is taken on the case.
/// </summary>
public static class BoundWork
{
    /// <summary>The message name of the case event an action raises, e.g. <c>case.exit</c>.</summary>
    public static string CaseEventName(string action) => CaseEventPrefix + action;

    public const string CaseEventPrefix = "case.";

    /// <summary>The open task of the instance bound to <paramref name="action"/>, if any (the oldest first).</summary>
    public static HumanTask? OpenTaskBoundTo(WorkflowModel model, WorkflowInstance instance, string action) =>
        instance.Tasks
            .Where(task => task.Status == HumanTaskStatus.Open && NodeOf(model, task) is { } node && node.IsBoundTo(action))
            .OrderBy(task => task.CreatedAt)
            .FirstOrDefault();

    /// <summary>The instance's wait for the case event of <paramref name="action"/>, if any.</summary>
    public static MessageSubscription? CaseEventWait(WorkflowInstance instance, string action) =>
        instance.Subscriptions.Where(s => s.MessageName == CaseEventName(action)).OrderBy(s => s.CreatedAt).FirstOrDefault();

    /// <summary>
    /// The open tasks bound only to actions outside <paramref name="reachable"/> (the actions the case's lifecycle can still
    /// allow), and the case-event waits for such actions: the instance waits there for something that can no longer happen.
    /// </summary>
    public static IReadOnlyList<StaleWait> StaleWaits(WorkflowModel model, WorkflowInstance instance, IReadOnlySet<string> reachable)
    {
        var stale = new List<StaleWait>();
        foreach (var task in instance.Tasks.Where(task => task.Status == HumanTaskStatus.Open))
        {
            if (NodeOf(model, task) is { IsBound: true } node && !node.CaseActions.Any(reachable.Contains))
            {
                stale.Add(new StaleWait(task.ElementId, node.CaseActions));
            }
        }

        foreach (var wait in instance.Subscriptions.Where(s => s.MessageName.StartsWith(CaseEventPrefix, StringComparison.Ordinal)))
        {
            var action = wait.MessageName[CaseEventPrefix.Length..];
            if (!reachable.Contains(action))
            {
                stale.Add(new StaleWait(wait.ElementId, [action]));
            }
        }

        return stale;
    }

    private static UserTask? NodeOf(WorkflowModel model, HumanTask task) =>
        model.Nodes.TryGetValue(task.ElementId, out var node) ? node as UserTask : null;
}
