namespace CaseFlow.Workflows.Engine;

/// <summary>A token waits for a message with this name and correlation key.</summary>
public sealed class MessageSubscription
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid InstanceId { get; init; }

    public required Guid TokenId { get; init; }

    /// <summary>The receive task or message catch event.</summary>
    public required string ElementId { get; set; }

    public required string MessageName { get; init; }

    public required string CorrelationKey { get; init; }

    public required DateTime CreatedAt { get; init; }
}
