namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>
/// CaseFlow's view of one transition (or internal transition) of a state: its trigger and named guards, evaluated
/// here so that the listing and the refusals name every unmet guard with its reason built from the case.
/// </summary>
internal sealed class TransitionRule<TState, TContext>
    where TState : struct, Enum
{
    private readonly Func<TContext, object?, bool, List<GuardFailure>> unmetGuards;

    private TransitionRule(string trigger, TState? destination, Func<TContext, object?, bool, List<GuardFailure>> unmetGuards)
    {
        Trigger = trigger;
        Destination = destination;
        this.unmetGuards = unmetGuards;
    }

    public string Trigger { get; }

    /// <summary>The target state; null for an internal transition.</summary>
    public TState? Destination { get; }

    public static TransitionRule<TState, TContext> For<TPayload>(
        Trigger<TPayload> trigger, TState? destination, IReadOnlyList<Guard<TContext, TPayload>> guards) =>
        new(trigger.Name, destination, (context, payload, payloadKnown) => guards
            .Where(guard => payloadKnown || !guard.UsesPayload)
            .Where(guard => !guard.Condition(context, (TPayload?)payload))
            .Select(guard => new GuardFailure(guard.Name, guard.FailureText(context)))
            .ToList());

    /// <summary>The guards that do not hold; without a payload only the context guards are checked.</summary>
    public List<GuardFailure> UnmetGuards(TContext context, object? payload, bool payloadKnown) => unmetGuards(context, payload, payloadKnown);
}
