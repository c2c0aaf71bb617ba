namespace CaseFlow.Workflows.Goals;

/// <summary>An intervention (measure, counselling, referral) linked to a development goal.</summary>
public sealed class GoalIntervention
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid GoalId { get; init; }

    public InterventionKind Kind { get; init; }

    public required string Description { get; init; }

    /// <summary>A referral case of the same customer, when the intervention is that referral.</summary>
    public Guid? CaseId { get; init; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>When a review decided to adjust the intervention, or the goal ended; null while it serves the goal.</summary>
    public DateTime? EndedAt { get; internal set; }
}
