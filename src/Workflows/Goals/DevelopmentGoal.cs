namespace CaseFlow.Workflows.Goals;

/// <summary>
/// A development goal (Förder- und Entwicklungsziel, fa:z): agreed between the coach and the customer, targeting exactly
/// one resource area; its interventions and reviews make the goal cycle. Status changes only through <see cref="GoalCycle"/>.
/// </summary>
public sealed class DevelopmentGoal
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required Guid CustomerId { get; init; }

    /// <summary>The id of the targeted resource area (<see cref="ResourceAreaCatalogue"/>).</summary>
    public required string ResourceArea { get; init; }

    public required string Description { get; init; }

    /// <summary>The day coach and customer agreed the goal.</summary>
    public DateOnly AgreedOn { get; init; }

    /// <summary>Always true: a goal is only recorded as agreed with the customer.</summary>
    public bool AgreedWithCustomer { get; init; }

    /// <summary>User name of the coach who agreed the goal (FM of the running bFM case, a deputy, or the responsible IFK).</summary>
    public required string Coach { get; init; }

    public DateTime CreatedAt { get; init; }

    public GoalStatus Status { get; internal set; } = GoalStatus.Active;

    /// <summary>When the goal was achieved or ended.</summary>
    public DateTime? EndedAt { get; internal set; }

    /// <summary>Optimistic concurrency token: two reviews at once, the second is refused.</summary>
    public int Version { get; set; }

    public List<GoalIntervention> Interventions { get; private set; } = [];

    public List<GoalReview> Reviews { get; private set; } = [];

    public bool IsActive => Status == GoalStatus.Active;

    /// <summary>The interventions that currently serve the goal (not ended by an "adjust" review or the goal's end).</summary>
    public IEnumerable<GoalIntervention> CurrentInterventions => Interventions.Where(i => i.EndedAt is null);
}
