using Stateless;
using Stateless.Reflection;

namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>
/// A case lifecycle, described once per kind (<see cref="Configure"/>) and run by Stateless: every action builds a
/// Stateless <see cref="StateMachine{TState,TTrigger}"/> over that case's context, with the state stored in the case,
/// and fires it (transition choice, state change, substate entry, entry actions). CaseFlow evaluates its named guards
/// itself, from the same description: the allowed actions, the unmet guards and their German reasons. An action's
/// machine holds only the states the firing touches (the current and the destination state with their superstates):
/// configuring every state cost two to three times as much per action (docs/lifecycles-engine.md) and changed nothing.
/// </summary>
public sealed class LifecycleMachine<TState, TContext>
    where TState : struct, Enum
{
    private const string CurrentClass = "current";
    private readonly Dictionary<TState, LifecycleState<TState, TContext>> states = [];
    private readonly Func<TContext, TState> read;
    private readonly Action<TContext, TState> write;
    private readonly Lazy<StateMachineInfo> info;
    private readonly Lazy<LifecycleTopology<TState>> topology;
    private readonly Lazy<string> diagram;

    /// <param name="initialState">The state new cases start in (shown in diagrams).</param>
    /// <param name="read">Reads the state from the case.</param>
    /// <param name="write">Writes the state to the case; only Stateless calls it, when it fires.</param>
    public LifecycleMachine(TState initialState, Func<TContext, TState> read, Action<TContext, TState> write)
    {
        InitialState = initialState;
        this.read = read;
        this.write = write;
        info = new(() => Build(default!, states.Keys, () => initialState).GetInfo());
        topology = new(() => new LifecycleTopology<TState>(info.Value));
        diagram = new(() => LifecycleMermaidStyle.Format(info.Value));
    }

    public TState InitialState { get; }

    /// <summary>Every state of the machine, as Stateless knows it (configured or a destination).</summary>
    public IReadOnlyCollection<TState> States => topology.Value.States;

    public LifecycleState<TState, TContext> Configure(TState state)
    {
        if (!states.TryGetValue(state, out var configuration))
        {
            configuration = new LifecycleState<TState, TContext>(state);
            states.Add(state, configuration);
        }

        return configuration;
    }

    /// <summary>True when <paramref name="current"/> is <paramref name="state"/> or one of its substates.</summary>
    public bool IsInState(TState current, TState state) => topology.Value.SelfAndSuperstates(current).Contains(state);

    /// <summary>The triggers that can ever be permitted again from <paramref name="state"/> (guards ignored), see <see cref="LifecycleTopology{TState}.TriggersReachableFrom"/>.</summary>
    public IReadOnlySet<string> TriggersReachableFrom(TState state) => topology.Value.TriggersReachableFrom(state);

    /// <summary>The Stateless machine of one case: the described states over <paramref name="context"/>, its state in the case.</summary>
    public StateMachine<TState, string> Build(TContext context) => Build(context, states.Keys);

    /// <summary>Checks a trigger without its payload: state and context guards only.</summary>
    public TriggerCheck CanFire(TContext context, ITrigger trigger) => Check(context, trigger.Name, null, payloadKnown: false).Check;

    /// <summary>
    /// Fires the trigger: CaseFlow checks the state and every guard first, and only then Stateless changes anything.
    /// Throws <see cref="TriggerRefusedException"/> when the trigger is unknown, not permitted or a guard fails.
    /// </summary>
    public (TState Source, TState Destination) Fire<TPayload>(TContext context, Trigger<TPayload> trigger, TPayload payload)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var source = read(context);
        var (check, rule) = Check(context, trigger.Name, payload, payloadKnown: true);
        if (rule is null)
        {
            var reasons = string.Join(" ", check.Reasons);
            throw new TriggerRefusedException(
                trigger.Name,
                source.ToString(),
                check.UnmetGuards,
                $"Aktion '{trigger.Name}' ist im Zustand '{source}' nicht möglich. {reasons}".TrimEnd());
        }

        var touched = rule.Destination is { } destination
            ? topology.Value.SelfAndSuperstates(source).Union(topology.Value.SelfAndSuperstates(destination))
            : topology.Value.SelfAndSuperstates(source);
        Build(context, touched).Fire(new StateMachine<TState, string>.TriggerWithParameters<TPayload>(trigger.Name), payload);
        return (source, read(context));
    }

    /// <summary>The machine as Stateless's Mermaid state diagram, with <paramref name="current"/> highlighted.</summary>
    public string ToMermaid(TState? current = null) =>
        current is { } marked
            ? string.Join(
                Environment.NewLine,
                diagram.Value,
                $"\tclassDef {CurrentClass} fill:#fde68a,stroke:#7c2d12,stroke-width:3px,color:#111827",
                $"\tclass {marked} {CurrentClass}",
                string.Empty)
            : diagram.Value + Environment.NewLine;

    /// <summary>A Stateless machine with <paramref name="configured"/> states; without <paramref name="initial"/> its state is the case's.</summary>
    private StateMachine<TState, string> Build(TContext context, IEnumerable<TState> configured, Func<TState>? initial = null)
    {
        var machine = initial is null
            ? new StateMachine<TState, string>(() => read(context), state => write(context, state), FiringMode.Immediate)
            : new StateMachine<TState, string>(initial, _ => throw new InvalidOperationException("The described machine does not fire."), FiringMode.Immediate);
        foreach (var state in configured)
        {
            if (states.TryGetValue(state, out var description))
            {
                description.ApplyTo(machine.Configure(state), context);
            }
        }

        return machine;
    }

    /// <summary>The check, and the transition that permits the trigger (null when refused).</summary>
    private (TriggerCheck Check, TransitionRule<TState, TContext>? Rule) Check(TContext context, string trigger, object? payload, bool payloadKnown)
    {
        var current = read(context);
        var candidates = topology.Value.SelfAndSuperstates(current)
            .Select(state => states.TryGetValue(state, out var found) ? found.Rules.Where(rule => rule.Trigger == trigger).ToList() : [])
            .FirstOrDefault(found => found.Count > 0);
        if (candidates is null)
        {
            var known = states.Values.Any(state => state.Rules.Any(rule => rule.Trigger == trigger));
            var message = known
                ? $"Im Zustand '{current}' ist die Aktion '{trigger}' nicht vorgesehen."
                : $"Die Aktion '{trigger}' gibt es in diesem Ablauf nicht (unknown action).";
            return (new TriggerCheck(trigger, false, [new GuardFailure("state", message)]), null);
        }

        var evaluated = candidates.Select(rule => (Rule: rule, Unmet: rule.UnmetGuards(context, payload, payloadKnown))).ToList();
        var passing = evaluated.Where(e => e.Unmet.Count == 0).ToList();
        if (passing.Count > 1 && payloadKnown)
        {
            throw new InvalidOperationException(
                $"Trigger '{trigger}' in state {current} has {passing.Count} permitted transitions; guards must be exclusive.");
        }

        return passing.Count > 0
            ? (new TriggerCheck(trigger, true, []), passing[0].Rule)
            : (new TriggerCheck(trigger, false, evaluated.MinBy(e => e.Unmet.Count).Unmet), null);
    }
}
