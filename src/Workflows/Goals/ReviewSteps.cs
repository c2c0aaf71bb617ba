namespace CaseFlow.Workflows.Goals;

/// <summary>The review's parts of <see cref="GoalCycle"/>: which decision an outcome needs, and what the decision does to the goal.</summary>
internal static class ReviewSteps
{
    public static GoalProblem? DecisionProblem(string? text, bool strengthened, out ReviewDecision? decision)
    {
        decision = null;
        if (strengthened)
        {
            return string.IsNullOrWhiteSpace(text) ? null
                : new GoalProblem("decision", "Eine Entscheidung (decision) gibt es nur bei „nicht gestärkt“ (notStrengthened).");
        }

        if (!WireNames.TryParse<ReviewDecision>(text, out var parsed))
        {
            return new GoalProblem("decision", $"Bei „nicht gestärkt“ ist eine Entscheidung (decision) nötig. Erlaubt: {string.Join(", ", WireNames.All<ReviewDecision>())}.");
        }

        decision = parsed;
        return null;
    }

    public static void Apply(DevelopmentGoal goal, ReviewDecision? decision, DateTime now)
    {
        if (decision is ReviewDecision.Keep)
        {
            return;
        }

        foreach (var intervention in goal.CurrentInterventions.ToList())
        {
            intervention.EndedAt = now;
        }

        if (decision is ReviewDecision.Adjust)
        {
            return;
        }

        goal.Status = decision is null ? GoalStatus.Achieved : GoalStatus.Ended;
        goal.EndedAt = now;
    }
}
