namespace CaseFlow.Host.Messaging.Outbox;

/// <summary>
/// A message for the bus, written in the same transaction as the state change that caused it (transactional
/// outbox). The relay publishes it with <see cref="Id"/> as the MassTransit message id and marks it sent; a crash
/// between commit and publish leaves it pending, so it is published later, never lost.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The contract's name, a key of <see cref="MessageContracts.ByName"/>.</summary>
    public required string MessageType { get; init; }

    /// <summary>The contract as JSON: ids and the minimum data, never health or addiction details.</summary>
    public required string Payload { get; init; }

    public required DateTime CreatedAt { get; init; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;

    /// <summary>Failed publish attempts (the broker did not take it).</summary>
    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Why the last publish attempt failed (exception type and message, no payload).</summary>
    public string? LastError { get; set; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the span that wrote the row (e.g. the provider's HTTP request); the relay publishes
    /// the row as its child, so one trace follows the message from the request to the workflow step. Null outside a trace.
    /// </summary>
    public string? TraceParent { get; init; }
}
