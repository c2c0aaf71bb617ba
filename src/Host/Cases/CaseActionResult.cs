using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;

namespace CaseFlow.Host.Cases;

/// <summary>
/// What became of a case action (<see cref="CaseActions"/>): done, or why not. Domain terms only; the Cases API,
/// the provider API and the engine each turn it into their own answer.
/// </summary>
public abstract record CaseActionResult
{
    private CaseActionResult()
    {
    }

    /// <summary>The action was taken: the case as it is now, the actions the actor may take next and the case's file in words.</summary>
    public sealed record Done(Case Case, IReadOnlyList<ActionAvailability> AllowedActions, CaseWords Words) : CaseActionResult;

    /// <summary>The lifecycle refused the action in this state or a guard did not hold; nothing changed.</summary>
    public sealed record Refused(
        string Action, string State, string Message, IReadOnlyList<GuardFailure> UnmetGuards, IReadOnlyList<ActionAvailability> AllowedActions)
        : CaseActionResult;

    /// <summary>The action's input is missing or invalid; <paramref name="Field"/> names it (e.g. <c>reason</c>, <c>data.summary</c>).</summary>
    public sealed record Invalid(string Field, string Message) : CaseActionResult;

    /// <summary>The actor may act in the case, but this action is for another role.</summary>
    public sealed record Forbidden(string Message) : CaseActionResult;

    /// <summary>The actor may not act in this case at all (case access rules).</summary>
    public sealed record NoCaseAccess : CaseActionResult;

    /// <summary>The case (for the actor) or the action does not exist.</summary>
    public sealed record NotFound(string Message) : CaseActionResult;

    /// <summary>The caller saw an older version of the case.</summary>
    public sealed record Conflict(string Message, int CurrentVersion) : CaseActionResult;
}
