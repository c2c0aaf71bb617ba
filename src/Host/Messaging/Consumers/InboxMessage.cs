namespace CaseFlow.Host.Messaging.Consumers;

/// <summary>
/// A message a consumer has processed (idempotent consumer): saved in the same transaction as its effect, so a
/// redelivered message with the same id is recognised and changes nothing twice.
/// </summary>
public sealed class InboxMessage
{
    public required Guid MessageId { get; init; }

    /// <summary>The consumer's name: one message may be processed by several consumers, each once.</summary>
    public required string Consumer { get; init; }

    public required string MessageType { get; init; }

    public required DateTime ProcessedAt { get; init; }
}
