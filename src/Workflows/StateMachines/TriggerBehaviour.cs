namespace CaseFlow.Workflows.StateMachines;

/// <summary>What a trigger does in one state: move to a destination, or run an internal action; guarded.</summary>
internal sealed class TriggerBehaviour<TState, TContext>
    where TState : struct, Enum
{
    private readonly IReadOnlyList<ErasedGuard> guards;

    public TriggerBehaviour(ITrigger trigger, TState? destination, IReadOnlyList<ErasedGuard> guards, Action<TContext, object>? internalAction)
    {
        Trigger = trigger;
        Destination = destination;
        this.guards = guards;
        InternalAction = internalAction;
    }

    public ITrigger Trigger { get; }

    /// <summary>The target state; null for an internal transition.</summary>
    public TState? Destination { get; }

    public Action<TContext, object>? InternalAction { get; }

    public bool IsInternal => Destination is null;

    public IEnumerable<string> GuardNames => guards.Select(guard => guard.Name);

    /// <summary>The guards that do not hold; without a payload only the context guards are checked.</summary>
    public List<GuardFailure> UnmetGuards(TContext context, object? payload, bool payloadKnown) =>
        guards
            .Where(guard => payloadKnown || !guard.UsesPayload)
            .Where(guard => !guard.Condition(context, payload))
            .Select(guard => new GuardFailure(guard.Name, guard.FailureText(context)))
            .ToList();

    internal sealed record ErasedGuard(string Name, Func<TContext, string> FailureText, Func<TContext, object?, bool> Condition, bool UsesPayload);

    internal static ErasedGuard Erase<TPayload>(Guard<TContext, TPayload> guard) =>
        new(guard.Name, guard.FailureText, (context, payload) => guard.Condition(context, (TPayload?)payload), guard.UsesPayload);
}
