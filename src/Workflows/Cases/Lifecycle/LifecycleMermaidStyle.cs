using Stateless.Graph;
using Stateless.Reflection;

namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>
/// Stateless's Mermaid graph style with CaseFlow's transition labels: <c>trigger [guard, guard]</c>, internal
/// transitions marked <c>(intern)</c>, entry actions left out (they are not actions a caseworker takes).
/// </summary>
internal sealed class LifecycleMermaidStyle(StateGraph graph) : MermaidGraphStyle(graph, direction: null)
{
    /// <summary>The machine as a Mermaid <c>stateDiagram-v2</c>: Stateless's graph of states, substates and transitions.</summary>
    public static string Format(StateMachineInfo info)
    {
        var graph = new StateGraph(info);
        return graph.ToGraph(new LifecycleMermaidStyle(graph));
    }

    public override List<string> FormatAllTransitions(List<Transition> transitions) =>
        [.. transitions.Select(FormatTransition)];

    private string FormatTransition(Transition transition) => transition switch
    {
        StayTransition stay => FormatOneTransition(
            stay.SourceState.NodeName, stay.Trigger.UnderlyingTrigger.ToString(), [], stay.SourceState.NodeName, Guards(stay.Guards))
            + (stay.ExecuteEntryExitActions ? string.Empty : " (intern)"),
        FixedTransition fixedTransition => FormatOneTransition(
            fixedTransition.SourceState.NodeName,
            fixedTransition.Trigger.UnderlyingTrigger.ToString(),
            [],
            fixedTransition.DestinationState.NodeName,
            Guards(fixedTransition.Guards)),
        _ => throw new NotSupportedException($"Lifecycles have no {transition.GetType().Name} (dynamic transitions)."),
    };

    /// <summary>All guards of a transition in one bracket, as the label <c>[a, b]</c>; an unguarded one has none.</summary>
    private static IEnumerable<string> Guards(IEnumerable<InvocationInfo> guards)
    {
        var names = string.Join(", ", guards.Select(guard => guard.Description).Where(name => name.Length > 0));
        return names.Length == 0 ? [] : [names];
    }
}
