using Stateless.Reflection;

namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>The states and superstates of a lifecycle as Stateless reports them (<see cref="StateMachineInfo"/>).</summary>
internal sealed class LifecycleTopology<TState>
    where TState : struct, Enum
{
    private readonly Dictionary<TState, TState?> superstates;

    public LifecycleTopology(StateMachineInfo info) =>
        superstates = info.States.ToDictionary(
            state => (TState)state.UnderlyingState,
            state => state.Superstate is { } parent ? (TState?)(TState)parent.UnderlyingState : null);

    public IReadOnlyCollection<TState> States => superstates.Keys;

    /// <summary>The state itself, then its superstate, and so on up to the root.</summary>
    public IEnumerable<TState> SelfAndSuperstates(TState state)
    {
        for (TState? current = state; current is { } value; current = superstates.GetValueOrDefault(value))
        {
            yield return value;
        }
    }
}
