using System.Text;

namespace CaseFlow.Workflows.StateMachines;

/// <summary>Writes a state machine as a Mermaid <c>stateDiagram-v2</c>, substates nested in their superstates.</summary>
internal static class MermaidExporter
{
    public const string CurrentClass = "current";

    public static string Export<TState, TContext>(
        TState initialState,
        IReadOnlyDictionary<TState, StateConfiguration<TState, TContext>> states,
        TState? current)
        where TState : struct, Enum
    {
        var text = new StringBuilder();
        text.AppendLine("stateDiagram-v2");
        text.AppendLine($"    [*] --> {initialState}");
        foreach (var root in states.Values.Where(s => s.Superstate is null))
        {
            WriteState(text, root, states, depth: 1);
        }

        foreach (var state in states.Values)
        {
            foreach (var behaviour in state.Behaviours)
            {
                var target = behaviour.Destination ?? state.State;
                var guards = behaviour.GuardNames.ToList();
                var label = guards.Count == 0 ? behaviour.Trigger.Name : $"{behaviour.Trigger.Name} [{string.Join(", ", guards)}]";
                var suffix = behaviour.IsInternal ? " (intern)" : string.Empty;
                text.AppendLine($"    {state.State} --> {target} : {label}{suffix}");
            }
        }

        if (current is { } marked)
        {
            text.AppendLine($"    classDef {CurrentClass} fill:#fde68a,stroke:#7c2d12,stroke-width:3px,color:#111827");
            text.AppendLine($"    class {marked} {CurrentClass}");
        }

        return text.ToString();
    }

    private static void WriteState<TState, TContext>(
        StringBuilder text,
        StateConfiguration<TState, TContext> state,
        IReadOnlyDictionary<TState, StateConfiguration<TState, TContext>> states,
        int depth)
        where TState : struct, Enum
    {
        var indent = new string(' ', depth * 4);
        var children = states.Values.Where(s => EqualityComparer<TState?>.Default.Equals(s.Superstate, state.State)).ToList();
        if (children.Count == 0)
        {
            text.AppendLine($"{indent}{state.State}");
            return;
        }

        text.AppendLine($"{indent}state {state.State} {{");
        foreach (var child in children)
        {
            WriteState(text, child, states, depth + 1);
        }

        text.AppendLine($"{indent}}}");
    }
}
