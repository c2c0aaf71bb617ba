namespace CaseFlow.Workflows.Cases;

/// <summary>A Wiedervorlage (follow-up) for a caseworker, e.g. for the IFK after a bFM exit, or about a customer without a case.</summary>
public sealed class FollowUp
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Its case; null for a follow-up about the customer alone (e.g. "Übergabe an die aufsuchende Beratung prüfen").</summary>
    public required Guid? CaseId { get; init; }

    public required Guid CustomerId { get; init; }

    /// <summary>User name of the caseworker who must act.</summary>
    public required string Assignee { get; init; }

    public required DateTime DueAt { get; init; }

    public required string Reason { get; init; }

    /// <summary>For a "contact due" follow-up: the due date it is about (one per customer and due date).</summary>
    public DateOnly? ContactDueOn { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime? DoneAt { get; private set; }

    /// <summary>User name of who marked it done (the assignee or their deputy).</summary>
    public string? DoneBy { get; private set; }

    public bool IsDone => DoneAt is not null;

    public bool IsOverdue(DateTime now) => DoneAt is null && DueAt < now;

    public void MarkDone(string by, DateTime at)
    {
        if (IsDone)
        {
            throw new InvalidOperationException($"Follow-up {Id} is already done.");
        }

        DoneAt = at;
        DoneBy = by;
    }
}
