namespace CaseFlow.Host.Messaging;

/// <summary>
/// A message written in the same transaction as the step that sent it (transactional outbox). The relay
/// correlates it to waiting workflow instances or message start events; a message nobody waits for stays
/// pending until <see cref="ExpiresAt"/>, then it is marked expired, never dropped silently.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; init; }

    public required string CorrelationKey { get; init; }

    /// <summary>The payload as a JSON object: ids and the minimum data, never health or addiction details.</summary>
    public required string Payload { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime ExpiresAt { get; init; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;

    public DateTime? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>What happened to it, e.g. "delivered to 1 instance" or "expired: nobody waited".</summary>
    public string? Outcome { get; set; }
}
