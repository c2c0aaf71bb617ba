using Stateless;

namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>
/// One state of a lifecycle, described once with Stateless's vocabulary (substate, permitted and internal transitions
/// with named guards, entry actions). Each action applies the description to that case's Stateless machine.
/// </summary>
public sealed class LifecycleState<TState, TContext>
    where TState : struct, Enum
{
    private readonly List<Action<StateMachine<TState, string>.StateConfiguration, TContext>> steps = [];

    internal LifecycleState(TState state) => State = state;

    public TState State { get; }

    /// <summary>The guarded transitions of this state, in the order they were described.</summary>
    internal List<TransitionRule<TState, TContext>> Rules { get; } = [];

    /// <summary>Makes this state a substate: the superstate's triggers apply here too, and entering it enters the superstate.</summary>
    public LifecycleState<TState, TContext> SubstateOf(TState superstate)
    {
        steps.Add((state, _) => state.SubstateOf(superstate));
        return this;
    }

    /// <summary>The trigger moves the case to <paramref name="destination"/>.</summary>
    public LifecycleState<TState, TContext> Permit<TPayload>(Trigger<TPayload> trigger, TState destination) =>
        PermitIf(trigger, destination);

    /// <summary>The trigger moves the case to <paramref name="destination"/> when every guard holds.</summary>
    public LifecycleState<TState, TContext> PermitIf<TPayload>(
        Trigger<TPayload> trigger, TState destination, params Guard<TContext, TPayload>[] guards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Rules.Add(TransitionRule<TState, TContext>.For(trigger, destination, guards));
        var withPayload = Parameters(trigger);
        steps.Add(guards.Length == 0
            ? (state, _) => state.Permit(trigger.Name, destination)
            : (state, context) => state.PermitIf(withPayload, destination, [.. guards.Select(guard => Described(guard, context))]));
        return this;
    }

    /// <summary>The trigger runs <paramref name="action"/> and the state stays as it is (no exit, no entry).</summary>
    public LifecycleState<TState, TContext> InternalTransition<TPayload>(Trigger<TPayload> trigger, Action<TContext, TPayload> action) =>
        InternalTransitionIf(trigger, action);

    /// <summary>An internal transition that needs every guard to hold (Stateless takes them as one guard, described by their names).</summary>
    public LifecycleState<TState, TContext> InternalTransitionIf<TPayload>(
        Trigger<TPayload> trigger, Action<TContext, TPayload> action, params Guard<TContext, TPayload>[] guards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        Rules.Add(TransitionRule<TState, TContext>.For(trigger, null, guards));
        var withPayload = Parameters(trigger);
        var description = string.Join(", ", guards.Select(guard => guard.Name));
        steps.Add((state, context) => state.InternalTransitionIf(
            withPayload, payload => guards.All(guard => guard.Condition(context, payload)), (payload, _) => action(context, payload), description));
        return this;
    }

    /// <summary>Runs when the state is entered through <paramref name="trigger"/>, with its payload.</summary>
    public LifecycleState<TState, TContext> OnEntryFrom<TPayload>(Trigger<TPayload> trigger, Action<TContext, TPayload> action)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var withPayload = Parameters(trigger);
        steps.Add((state, context) => state.OnEntryFrom(withPayload, payload => action(context, payload), trigger.Name));
        return this;
    }

    /// <summary>Runs whenever the state is entered from outside.</summary>
    public LifecycleState<TState, TContext> OnEntry(Action<TContext, StateMachine<TState, string>.Transition> action)
    {
        steps.Add((state, context) => state.OnEntry(transition => action(context, transition), "entry"));
        return this;
    }

    internal void ApplyTo(StateMachine<TState, string>.StateConfiguration state, TContext context)
    {
        foreach (var step in steps)
        {
            step(state, context);
        }
    }

    private static StateMachine<TState, string>.TriggerWithParameters<TPayload> Parameters<TPayload>(Trigger<TPayload> trigger) =>
        new(trigger.Name);

    private static Tuple<Func<TPayload, bool>, string> Described<TPayload>(Guard<TContext, TPayload> guard, TContext context) =>
        Tuple.Create<Func<TPayload, bool>, string>(payload => guard.Condition(context, payload), guard.Name);
}
