namespace CaseFlow.Workflows.StateMachines;

/// <summary>Fluent configuration of one state: its transitions, superstate and entry/exit actions.</summary>
public sealed class StateConfiguration<TState, TContext>
    where TState : struct, Enum
{
    internal StateConfiguration(TState state) => State = state;

    public TState State { get; }

    internal TState? Superstate { get; private set; }

    internal List<TriggerBehaviour<TState, TContext>> Behaviours { get; } = [];

    internal List<Action<TContext, Transition<TState>, object?>> EntryActions { get; } = [];

    internal List<Action<TContext, Transition<TState>>> ExitActions { get; } = [];

    /// <summary>The trigger moves the machine to <paramref name="destination"/>.</summary>
    public StateConfiguration<TState, TContext> Permit<TPayload>(Trigger<TPayload> trigger, TState destination) =>
        PermitIf(trigger, destination);

    /// <summary>The trigger moves the machine to <paramref name="destination"/> when every guard holds.</summary>
    public StateConfiguration<TState, TContext> PermitIf<TPayload>(
        Trigger<TPayload> trigger, TState destination, params Guard<TContext, TPayload>[] guards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Behaviours.Add(new(trigger, destination, guards.Select(TriggerBehaviour<TState, TContext>.Erase).ToList(), null));
        return this;
    }

    /// <summary>The trigger runs <paramref name="action"/> and the state stays as it is (no exit, no entry).</summary>
    public StateConfiguration<TState, TContext> InternalTransition<TPayload>(Trigger<TPayload> trigger, Action<TContext, TPayload> action) =>
        InternalTransitionIf(trigger, action);

    /// <summary>An internal transition that needs every guard to hold.</summary>
    public StateConfiguration<TState, TContext> InternalTransitionIf<TPayload>(
        Trigger<TPayload> trigger, Action<TContext, TPayload> action, params Guard<TContext, TPayload>[] guards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        Behaviours.Add(new(
            trigger,
            null,
            guards.Select(TriggerBehaviour<TState, TContext>.Erase).ToList(),
            (context, payload) => action(context, (TPayload)payload)));
        return this;
    }

    /// <summary>Makes this state a substate: the superstate's triggers apply here too, and <c>IsInState(superstate)</c> holds.</summary>
    public StateConfiguration<TState, TContext> SubstateOf(TState superstate)
    {
        if (EqualityComparer<TState>.Default.Equals(superstate, State))
        {
            throw new InvalidOperationException($"State {State} cannot be its own superstate.");
        }

        Superstate = superstate;
        return this;
    }

    /// <summary>Runs whenever the state is entered from outside.</summary>
    public StateConfiguration<TState, TContext> OnEntry(Action<TContext, Transition<TState>> action)
    {
        EntryActions.Add((context, transition, _) => action(context, transition));
        return this;
    }

    /// <summary>Runs when the state is entered through <paramref name="trigger"/>, with its payload.</summary>
    public StateConfiguration<TState, TContext> OnEntryFrom<TPayload>(
        Trigger<TPayload> trigger, Action<TContext, TPayload, Transition<TState>> action)
    {
        EntryActions.Add((context, transition, payload) =>
        {
            if (transition.Trigger == trigger.Name)
            {
                action(context, (TPayload)payload!, transition);
            }
        });
        return this;
    }

    /// <summary>Runs whenever the state is left for another state outside it.</summary>
    public StateConfiguration<TState, TContext> OnExit(Action<TContext, Transition<TState>> action)
    {
        ExitActions.Add(action);
        return this;
    }
}
