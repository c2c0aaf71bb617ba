namespace CaseFlow.Workflows.Goals;

/// <summary>Why the goal cycle refused a step: a wrong input field (400), or a step the goal's state does not allow (409).</summary>
/// <param name="Field">The input field at fault (camelCase as in the request), or <c>status</c> for a conflict.</param>
/// <param name="Detail">German explanation for the caller.</param>
/// <param name="IsConflict">True when the goal's state, not the input, is the reason.</param>
public sealed record GoalProblem(string Field, string Detail, bool IsConflict = false);
