using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine;

/// <summary>
/// Where the token of a skipped incident may go on: an element of the same workflow a token can arrive at without a
/// sequence flow — a task, an intermediate catch event or an end event. Not a start or boundary event (no token
/// arrives there) and not a gateway (a parallel join counts its tokens by the flow they came along).
/// </summary>
public static class SkipTargets
{
    /// <summary>Null when the element is a valid target, else why not (German, with the English term).</summary>
    public static string? Problem(WorkflowModel model, string elementId) =>
        !model.Nodes.TryGetValue(elementId, out var node)
            ? $"Der Workflow '{model.Key}' hat kein Element '{elementId}' (no such element)."
            : node is UserTask or ReceiveTask or ServiceTask or SendTask or IntermediateCatchEvent or EndEvent
                ? null
                : $"Bei '{node.DisplayName}' kann kein Token weiterlaufen: nur Aufgaben, Zwischenereignisse und Endereignisse (not a valid skip target).";

    /// <summary>The valid targets of the model, in model order.</summary>
    public static IReadOnlyList<FlowNode> Of(WorkflowModel model) =>
        model.Nodes.Values.Where(node => Problem(model, node.Id) is null).ToList();
}
