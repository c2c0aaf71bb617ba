using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Goals;

namespace CaseFlow.Host.Goals;

/// <summary>What a goal step did: the goal, or a refusal; <see cref="ActiveGoal"/> is set when another goal is still active (409).</summary>
public sealed record GoalResult(DevelopmentGoal? Goal, Refusal? Refusal = null, DevelopmentGoal? ActiveGoal = null)
{
    public static GoalResult Of(GoalProblem problem) =>
        new(null, problem.IsConflict ? Refusal.Conflict(problem.Detail) : Refusal.Invalid(problem.Field, problem.Detail));

    public static GoalResult Refused(Refusal refusal) => new(null, refusal);
}
