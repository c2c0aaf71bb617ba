using Stateless.Reflection;

namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>The states, superstates and transitions of a lifecycle as Stateless reports them (<see cref="StateMachineInfo"/>).</summary>
internal sealed class LifecycleTopology<TState>
    where TState : struct, Enum
{
    private readonly Dictionary<TState, TState?> superstates;
    private readonly Dictionary<TState, List<TState>> substates;
    private readonly Dictionary<TState, List<(string Trigger, TState? Destination)>> transitions;

    public LifecycleTopology(StateMachineInfo info)
    {
        superstates = info.States.ToDictionary(
            state => (TState)state.UnderlyingState,
            state => state.Superstate is { } parent ? (TState?)(TState)parent.UnderlyingState : null);
        substates = info.States.ToDictionary(
            state => (TState)state.UnderlyingState,
            state => state.Substates.Select(sub => (TState)sub.UnderlyingState).ToList());
        transitions = info.States.ToDictionary(
            state => (TState)state.UnderlyingState,
            state => state.FixedTransitions
                .Select(t => ((string)t.Trigger.UnderlyingTrigger, (TState?)(TState)t.DestinationState.UnderlyingState))
                .Concat(state.DynamicTransitions.Select(t => ((string)t.Trigger.UnderlyingTrigger, (TState?)null)))
                .ToList());
    }

    public IReadOnlyCollection<TState> States => superstates.Keys;

    /// <summary>The state itself, then its superstate, and so on up to the root.</summary>
    public IEnumerable<TState> SelfAndSuperstates(TState state)
    {
        for (TState? current = state; current is { } value; current = superstates.GetValueOrDefault(value))
        {
            yield return value;
        }
    }

    /// <summary>
    /// Every trigger that some transition permits in <paramref name="state"/> or in a state reachable from it, guards ignored
    /// (a superstate's transitions count in its substates; entering a superstate may lead into any of its substates).
    /// A dynamic transition (destination unknown) makes every trigger reachable.
    /// </summary>
    public IReadOnlySet<string> TriggersReachableFrom(TState state)
    {
        var triggers = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<TState>();
        var queue = new Queue<TState>([state]);
        while (queue.TryDequeue(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var (trigger, destination) in SelfAndSuperstates(current).SelectMany(s => transitions.GetValueOrDefault(s) ?? []))
            {
                triggers.Add(trigger);
                if (destination is null)
                {
                    return transitions.Values.SelectMany(list => list.Select(t => t.Trigger)).ToHashSet(StringComparer.Ordinal);
                }

                queue.Enqueue(destination.Value);
            }

            foreach (var sub in substates.GetValueOrDefault(current) ?? [])
            {
                queue.Enqueue(sub);
            }
        }

        return triggers;
    }
}
