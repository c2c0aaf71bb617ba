namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>What the node readers share while one file is read.</summary>
internal sealed class ReadContext
{
    public required ProcessCatalog Catalog { get; init; }

    public required BpmnReaderOptions Options { get; init; }

    public required ProblemList Problems { get; init; }

    public required MessageCatalog Messages { get; init; }

    public required LaneReader Lanes { get; init; }

    public required RoleRules Roles { get; init; }

    /// <summary>The process's <c>cf:caseKind</c>, if any.</summary>
    public string? CaseKind { get; init; }
}
