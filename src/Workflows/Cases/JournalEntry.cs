namespace CaseFlow.Workflows.Cases;

/// <summary>One line of the audit trail: who did what, when, to which subject, and why.</summary>
public sealed class JournalEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required DateTime At { get; init; }

    public required string Actor { get; init; }

    /// <summary><c>case</c> or <c>customer</c>.</summary>
    public required string SubjectType { get; init; }

    public required Guid SubjectId { get; init; }

    public required string Action { get; init; }

    public string? FromState { get; init; }

    public string? ToState { get; init; }

    public string? Reason { get; init; }

    public string? Note { get; init; }

    /// <summary>For workflow journal lines: the BPMN element the step concerns.</summary>
    public string? ElementId { get; init; }

    /// <summary>The order of lines written at the same instant (one engine step writes several); 0 for single lines.</summary>
    public int Sequence { get; init; }

    /// <summary>The action's data as JSON, for the audit trail.</summary>
    public string? Data { get; init; }
}
