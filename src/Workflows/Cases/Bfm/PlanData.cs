namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>
/// Payload of <c>agree-plan</c>: the plan type and its content (potential analysis, goals, steps), the next review,
/// the customer's agreement and, beyond the regular 2-year limit, the justification to continue.
/// </summary>
public sealed record PlanData(PlanType PlanType, DateOnly NextReviewDue)
{
    public IReadOnlyList<string> Strengths { get; init; } = [];

    public IReadOnlyList<string> Obstacles { get; init; } = [];

    public IReadOnlyList<string> Goals { get; init; } = [];

    /// <summary>Ids of the customer's active fa:z development goals the plan's goals refer to.</summary>
    public IReadOnlyList<string> GoalLinks { get; init; } = [];

    public IReadOnlyList<string> Steps { get; init; } = [];

    public bool AgreedWithCustomer { get; init; }

    public string? ExtensionJustification { get; init; }
}
