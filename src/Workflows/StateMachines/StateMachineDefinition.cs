namespace CaseFlow.Workflows.StateMachines;

/// <summary>
/// An immutable state machine: the states, their hierarchy and guarded transitions. It holds no
/// state of its own; the state lives in the context entity and is read and written through the
/// accessors given to the builder, so one definition serves every case of a kind.
/// </summary>
public sealed class StateMachineDefinition<TState, TContext>
    where TState : struct, Enum
{
    private readonly Func<TContext, TState> stateAccessor;
    private readonly Action<TContext, TState> stateMutator;
    private readonly IReadOnlyDictionary<TState, StateConfiguration<TState, TContext>> states;

    internal StateMachineDefinition(
        TState initialState,
        Func<TContext, TState> stateAccessor,
        Action<TContext, TState> stateMutator,
        IReadOnlyDictionary<TState, StateConfiguration<TState, TContext>> states)
    {
        InitialState = initialState;
        this.stateAccessor = stateAccessor;
        this.stateMutator = stateMutator;
        this.states = states;
        Triggers = states.Values
            .SelectMany(state => state.Behaviours)
            .Select(behaviour => behaviour.Trigger)
            .DistinctBy(trigger => trigger.Name)
            .ToList();
    }

    public TState InitialState { get; }

    public IReadOnlyCollection<TState> States => states.Keys.ToList();

    /// <summary>Every trigger any state knows, in configuration order.</summary>
    public IReadOnlyList<ITrigger> Triggers { get; }

    public TState CurrentState(TContext context) => stateAccessor(context);

    /// <summary>True when the context is in <paramref name="state"/> or in one of its substates.</summary>
    public bool IsInState(TContext context, TState state) => IsInState(stateAccessor(context), state);

    public bool IsInState(TState current, TState state) => SelfAndSuperstates(current).Contains(state);

    public TState? SuperstateOf(TState state) => states[state].Superstate;

    /// <summary>Checks a trigger without its payload: state and context guards only.</summary>
    public TriggerCheck CanFire(TContext context, ITrigger trigger) => Check(context, trigger, null, payloadKnown: false).Check;

    /// <summary>Checks a trigger with its payload: every guard.</summary>
    public TriggerCheck CanFire<TPayload>(TContext context, Trigger<TPayload> trigger, TPayload payload) =>
        Check(context, trigger, payload, payloadKnown: true).Check;

    /// <summary>Every trigger of the machine with whether it is allowed now and the reasons it is not.</summary>
    public IReadOnlyList<TriggerCheck> AllowedTriggers(TContext context) =>
        Triggers.Select(trigger => CanFire(context, trigger)).ToList();

    public Transition<TState> Fire(TContext context, Trigger<NoPayload> trigger) => Fire(context, trigger, NoPayload.Instance);

    /// <summary>
    /// Fires the trigger: checks the state and every guard first, and only then changes anything.
    /// Throws <see cref="TriggerRefusedException"/> when the trigger is unknown, not permitted or a guard fails.
    /// </summary>
    public Transition<TState> Fire<TPayload>(TContext context, Trigger<TPayload> trigger, TPayload payload)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var source = stateAccessor(context);
        var (check, behaviour) = Check(context, trigger, payload, payloadKnown: true);
        if (!check.Allowed || behaviour is null)
        {
            var reasons = string.Join(" ", check.Reasons);
            throw new TriggerRefusedException(
                trigger.Name,
                source.ToString(),
                check.UnmetGuards,
                $"Aktion '{trigger.Name}' ist im Zustand '{source}' nicht möglich. {reasons}".TrimEnd());
        }

        if (behaviour.Destination is not { } destination)
        {
            behaviour.InternalAction!(context, payload!);
            return new Transition<TState>(source, source, trigger.Name, IsInternal: true);
        }

        var transition = new Transition<TState>(source, destination, trigger.Name, IsInternal: false);
        var common = SelfAndSuperstates(destination).Intersect(SelfAndSuperstates(source)).ToHashSet();
        foreach (var exited in SelfAndSuperstates(source).TakeWhile(state => !common.Contains(state)))
        {
            states[exited].ExitActions.ForEach(action => action(context, transition));
        }

        stateMutator(context, destination);
        foreach (var entered in SelfAndSuperstates(destination).TakeWhile(state => !common.Contains(state)).Reverse())
        {
            states[entered].EntryActions.ForEach(action => action(context, transition, payload));
        }

        return transition;
    }

    /// <summary>The machine as a Mermaid state diagram, with <paramref name="current"/> highlighted.</summary>
    public string ToMermaid(TState? current = null) => MermaidExporter.Export(InitialState, states, current);

    private (TriggerCheck Check, TriggerBehaviour<TState, TContext>? Behaviour) Check(
        TContext context, ITrigger trigger, object? payload, bool payloadKnown)
    {
        var current = stateAccessor(context);
        var candidates = SelfAndSuperstates(current)
            .Select(state => states[state].Behaviours.Where(b => b.Trigger.Name == trigger.Name).ToList())
            .FirstOrDefault(found => found.Count > 0);
        if (candidates is null)
        {
            var known = Triggers.Any(t => t.Name == trigger.Name);
            var message = known
                ? $"Im Zustand '{current}' ist die Aktion '{trigger.Name}' nicht vorgesehen."
                : $"Die Aktion '{trigger.Name}' gibt es in diesem Ablauf nicht (unknown action).";
            return (new TriggerCheck(trigger.Name, false, [new GuardFailure("state", message)]), null);
        }

        var evaluated = candidates.Select(b => (Behaviour: b, Unmet: b.UnmetGuards(context, payload, payloadKnown))).ToList();
        var passing = evaluated.Where(e => e.Unmet.Count == 0).ToList();
        if (passing.Count > 1 && payloadKnown)
        {
            throw new InvalidOperationException(
                $"Trigger '{trigger.Name}' in state {current} has {passing.Count} permitted transitions; guards must be exclusive.");
        }

        if (passing.Count > 0)
        {
            return (new TriggerCheck(trigger.Name, true, []), passing[0].Behaviour);
        }

        var closest = evaluated.MinBy(e => e.Unmet.Count);
        return (new TriggerCheck(trigger.Name, false, closest.Unmet), null);
    }

    /// <summary>The state itself, then its superstate, and so on up to the root.</summary>
    private IEnumerable<TState> SelfAndSuperstates(TState state)
    {
        for (TState? s = state; s is { } value; s = states[value].Superstate)
        {
            yield return value;
        }
    }
}
