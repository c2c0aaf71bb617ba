namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>
/// A named condition on a transition. <paramref name="FailureText"/> tells a user why it does not hold (it may quote
/// the case, e.g. a configured limit). A guard that only looks at the context is checked before any payload exists
/// (for "allowed actions"); a payload guard only when the trigger is fired. Stateless knows a guard by its
/// <paramref name="Name"/> (its guard description); CaseFlow evaluates it and builds the reason.
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
