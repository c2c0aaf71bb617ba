namespace CaseFlow.Workflows.Goals;

/// <summary>A review of a development goal: strengthened or not, and for "not strengthened" the decision and its reasons.</summary>
public sealed class GoalReview
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid GoalId { get; init; }

    public ReviewOutcome Outcome { get; init; }

    /// <summary>Set exactly when <see cref="Outcome"/> is <see cref="ReviewOutcome.NotStrengthened"/>.</summary>
    public ReviewDecision? Decision { get; init; }

    /// <summary>Required for "not strengthened" (the reasons), optional otherwise.</summary>
    public string? Note { get; init; }

    public DateTime ReviewedAt { get; init; }

    public required string ReviewedBy { get; init; }
}
