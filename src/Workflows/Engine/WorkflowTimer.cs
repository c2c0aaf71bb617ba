namespace CaseFlow.Workflows.Engine;

/// <summary>A due time of a timer catch event or boundary timer; polled by the Host, survives restarts.</summary>
public sealed class WorkflowTimer
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid InstanceId { get; init; }

    /// <summary>The token the timer belongs to (at the catch event, the task with the boundary, or the event-based gateway).</summary>
    public required Guid TokenId { get; init; }

    /// <summary>The timer catch event or boundary event.</summary>
    public required string ElementId { get; set; }

    public required DateTime DueAt { get; set; }

    /// <summary>For cycles: how many more times it fires after this one; null for an endless cycle or a one-off timer.</summary>
    public int? RemainingRepetitions { get; set; }
}
