namespace CaseFlow.Workflows.StateMachines;

/// <summary>Builds an immutable <see cref="StateMachineDefinition{TState,TContext}"/>, shared by every case of a kind.</summary>
public sealed class StateMachineBuilder<TState, TContext>
    where TState : struct, Enum
{
    private readonly Dictionary<TState, StateConfiguration<TState, TContext>> states = [];
    private readonly Func<TContext, TState> stateAccessor;
    private readonly Action<TContext, TState> stateMutator;
    private readonly TState initialState;

    /// <param name="initialState">The state new contexts start in (shown in diagrams).</param>
    /// <param name="stateAccessor">Reads the state from the entity that stores it.</param>
    /// <param name="stateMutator">Writes the state to the entity; only the machine calls it.</param>
    public StateMachineBuilder(TState initialState, Func<TContext, TState> stateAccessor, Action<TContext, TState> stateMutator)
    {
        this.initialState = initialState;
        this.stateAccessor = stateAccessor;
        this.stateMutator = stateMutator;
    }

    public StateConfiguration<TState, TContext> Configure(TState state)
    {
        if (!states.TryGetValue(state, out var configuration))
        {
            configuration = new StateConfiguration<TState, TContext>(state);
            states.Add(state, configuration);
        }

        return configuration;
    }

    public StateMachineDefinition<TState, TContext> Build()
    {
        Configure(initialState);
        foreach (var referenced in states.Values.ToList().SelectMany(ReferencedStates))
        {
            Configure(referenced);
        }

        foreach (var state in states.Keys)
        {
            var seen = new HashSet<TState> { state };
            for (var parent = states[state].Superstate; parent is { } p; parent = states[p].Superstate)
            {
                if (!seen.Add(p))
                {
                    throw new InvalidOperationException($"The superstates of {state} form a cycle.");
                }
            }
        }

        return new StateMachineDefinition<TState, TContext>(initialState, stateAccessor, stateMutator, states);
    }

    private static IEnumerable<TState> ReferencedStates(StateConfiguration<TState, TContext> configuration)
    {
        if (configuration.Superstate is { } superstate)
        {
            yield return superstate;
        }

        foreach (var behaviour in configuration.Behaviours)
        {
            if (behaviour.Destination is { } destination)
            {
                yield return destination;
            }
        }
    }
}
