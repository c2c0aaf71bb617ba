namespace CaseFlow.Host.Messaging.Consumers;

/// <summary>
/// A correlated message as it arrived (the mailbox of the workflows). It is delivered to every instance waiting
/// for its name and key, or starts workflows with a message start event; when nobody waits yet, it waits here for a
/// later subscriber until <see cref="ExpiresAt"/>, then it is marked expired, never dropped silently.
/// </summary>
public sealed class WorkflowMessageRecord
{
    /// <summary>The bus message id (the outbox row's id).</summary>
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string CorrelationKey { get; init; }

    /// <summary>The variables a receiving instance merges (ids only), as JSON.</summary>
    public required string Payload { get; init; }

    public required DateTime ReceivedAt { get; init; }

    public required DateTime ExpiresAt { get; init; }

    public WorkflowMessageStatus Status { get; set; } = WorkflowMessageStatus.Waiting;

    public int Attempts { get; set; }

    public DateTime? ProcessedAt { get; set; }

    /// <summary>What happened to it, e.g. "delivered to 1 subscription" or "expired: nobody waited".</summary>
    public string? Outcome { get; set; }

    /// <summary>The W3C <c>traceparent</c> of its arrival; a later delivery by the mailbox poller links its span to it.</summary>
    public string? TraceParent { get; init; }
}
