namespace CaseFlow.Workflows.Engine;

/// <summary>A notice for one person (<c>notify</c> service task), shown in their inbox.</summary>
public sealed class Notification
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Recipient { get; init; }

    public required string Text { get; init; }

    public Guid? CaseId { get; init; }

    public Guid? InstanceId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? ReadAt { get; set; }
}
