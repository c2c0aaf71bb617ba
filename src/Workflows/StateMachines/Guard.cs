namespace CaseFlow.Workflows.StateMachines;

/// <summary>
/// A named condition on a transition. <paramref name="FailureText"/> tells a user why it does not
/// hold (it may quote the context, e.g. a configured limit). A guard that only looks at the context can be checked before any payload
/// exists (for "allowed actions"); a payload guard is checked when the trigger is fired.
/// </summary>
public sealed record Guard<TContext, TPayload>(
    string Name,
    Func<TContext, string> FailureText,
    Func<TContext, TPayload?, bool> Condition,
    bool UsesPayload)
{
    /// <summary>A guard that decides on the context alone.</summary>
    public static Guard<TContext, TPayload> OnContext(string name, string failureText, Func<TContext, bool> condition) =>
        new(name, _ => failureText, (context, _) => condition(context), UsesPayload: false);

    /// <summary>A guard that needs the trigger's payload.</summary>
    public static Guard<TContext, TPayload> OnPayload(string name, string failureText, Func<TContext, TPayload, bool> condition) =>
        OnPayload(name, _ => failureText, condition);

    /// <summary>A guard that needs the trigger's payload, its failure text built from the context.</summary>
    public static Guard<TContext, TPayload> OnPayload(string name, Func<TContext, string> failureText, Func<TContext, TPayload, bool> condition) =>
        new(name, failureText, (context, payload) => payload is not null && condition(context, payload), UsesPayload: true);
}

/// <summary>A guard that did not hold.</summary>
public sealed record GuardFailure(string Guard, string Message);
