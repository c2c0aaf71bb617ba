namespace CaseFlow.Workflows.Bpmn;

/// <summary>A node of a parsed workflow (event, task or gateway) with its sequence flows.</summary>
public abstract class FlowNode
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The role of the lane the node lies in (<c>cf:role</c>), if any.</summary>
    public string? LaneRole { get; init; }

    /// <summary>Ids of the incoming sequence flows.</summary>
    public IReadOnlyList<string> Incoming { get; init; } = [];

    /// <summary>Ids of the outgoing sequence flows, in document order.</summary>
    public IReadOnlyList<string> Outgoing { get; init; } = [];

    /// <summary>The name for people: the BPMN name, or the id when the element has none.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name;
}
