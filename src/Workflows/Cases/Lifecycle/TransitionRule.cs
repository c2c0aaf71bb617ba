namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>
/// CaseFlow's view of one transition (or internal transition) of a state: its trigger and named guards, evaluated
/// here so that the listing and the refusals name every unmet guard with its reason built from the case.
/// </summary>
internal sealed class TransitionRule<TContext>
{
    private readonly Func<TContext, object?, bool, List<GuardFailure>> unmetGuards;

    private TransitionRule(string trigger, Func<TContext, object?, bool, List<GuardFailure>> unmetGuards)
    {
        Trigger = trigger;
        this.unmetGuards = unmetGuards;
    }

    public string Trigger { get; }

    public static TransitionRule<TContext> For<TPayload>(Trigger<TPayload> trigger, IReadOnlyList<Guard<TContext, TPayload>> guards) =>
        new(trigger.Name, (context, payload, payloadKnown) => guards
            .Where(guard => payloadKnown || !guard.UsesPayload)
            .Where(guard => !guard.Condition(context, (TPayload?)payload))
            .Select(guard => new GuardFailure(guard.Name, guard.FailureText(context)))
            .ToList());

    /// <summary>The guards that do not hold; without a payload only the context guards are checked.</summary>
    public List<GuardFailure> UnmetGuards(TContext context, object? payload, bool payloadKnown) => unmetGuards(context, payload, payloadKnown);
}
