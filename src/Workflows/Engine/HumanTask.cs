namespace CaseFlow.Workflows.Engine;

/// <summary>A task for a person (Aufgabe): offered to a role or queue, possibly assigned, due at a time.</summary>
public sealed class HumanTask
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid InstanceId { get; init; }

    /// <summary>The token waiting at the user task.</summary>
    public required Guid TokenId { get; init; }

    public Guid? CaseId { get; init; }

    public required string ElementId { get; set; }

    public required string Name { get; set; }

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

    /// <summary>Whether someone holds the task (assigned by the workflow or claimed).</summary>
    public bool IsClaimed => Assignee is not null;

    /// <summary>Takes the open task for <paramref name="userName"/>; the caller has checked that they may.</summary>
    public void Claim(string userName)
    {
        if (Status != HumanTaskStatus.Open)
        {
            throw new EngineConflictException($"Die Aufgabe '{Name}' ist nicht mehr offen (Status {Status}).");
        }

        if (Assignee is { } holder && holder != userName)
        {
            throw new EngineConflictException($"Die Aufgabe '{Name}' hat bereits {holder} übernommen (already claimed).");
        }

        Assignee = userName;
    }

    /// <summary>Gives the task back to its role or queue.</summary>
    public void Unclaim(string userName)
    {
        if (Status != HumanTaskStatus.Open)
        {
            throw new EngineConflictException($"Die Aufgabe '{Name}' ist nicht mehr offen (Status {Status}).");
        }

        if (Assignee != userName)
        {
            throw new EngineConflictException(Assignee is null
                ? $"Die Aufgabe '{Name}' hat niemand übernommen (not claimed)."
                : $"Die Aufgabe '{Name}' hat {Assignee} übernommen, nicht Sie (claimed by someone else).");
        }

        Assignee = null;
    }
}
