namespace CaseFlow.Workflows.Engine;

/// <summary>A task for a person (Aufgabe): offered to a role or queue, possibly assigned, due at a time.</summary>
public sealed class HumanTask
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid InstanceId { get; init; }

    /// <summary>The token waiting at the user task.</summary>
    public required Guid TokenId { get; init; }

    public Guid? CaseId { get; init; }

    public required string ElementId { get; init; }

    public required string Name { get; init; }

    /// <summary>Role (e.g. <c>FM</c>) or queue (e.g. <c>queue:VM-U25-aB</c>) whose members may claim the task.</summary>
    public string? CandidateRole { get; init; }

    /// <summary>The person who holds the task: assigned by the workflow or claimed.</summary>
    public string? Assignee { get; internal set; }

    public string? FormKey { get; init; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? DueAt { get; init; }

    public HumanTaskStatus Status { get; internal set; } = HumanTaskStatus.Open;

    public DateTime? CompletedAt { get; internal set; }

    public string? CompletedBy { get; internal set; }
}
