namespace CaseFlow.Workflows.Engine;

/// <summary>A step that failed (a refused lifecycle trigger, no gateway path, a failing expression); its token waits for a retry.</summary>
public sealed class Incident
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid InstanceId { get; init; }

    public required Guid TokenId { get; init; }

    public required string ElementId { get; set; }

    /// <summary>What went wrong, for the operator and the caseworker (German, with the English term where helpful).</summary>
    public required string Message { get; set; }

    public required DateTime CreatedAt { get; init; }

    public int Attempts { get; set; } = 1;

    public DateTime? ResolvedAt { get; internal set; }

    public string? ResolvedBy { get; internal set; }

    public bool IsOpen => ResolvedAt is null;
}
