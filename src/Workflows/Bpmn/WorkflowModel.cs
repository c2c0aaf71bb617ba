namespace CaseFlow.Workflows.Bpmn;

/// <summary>
/// A validated, executable workflow: one BPMN process with its nodes, flows and lanes. Immutable; the
/// engine runs instances over it. Only <see cref="BpmnReader"/> builds it, after every check passed.
/// </summary>
public sealed class WorkflowModel
{
    public required string Key { get; init; }

    public string? Name { get; init; }

    /// <summary>The case kind the workflow is for (<c>cf:caseKind</c> on the process), if it names one.</summary>
    public string? CaseKind { get; init; }

    /// <summary>
    /// <c>cf:instancesPerCase="many"</c> on the process: a case may run several instances of this workflow at once.
    /// Otherwise (<c>one</c>, the default) a second start at the none start event is refused while one runs.
    /// </summary>
    public bool ManyInstancesPerCase { get; init; }

    public required IReadOnlyDictionary<string, FlowNode> Nodes { get; init; }

    public required IReadOnlyDictionary<string, SequenceFlow> Flows { get; init; }

    public IReadOnlyList<Lane> Lanes { get; init; } = [];

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Key : Name;

    public IEnumerable<StartEvent> StartEvents => Nodes.Values.OfType<StartEvent>();

    /// <summary>The none start event, where <c>POST /instances</c> starts.</summary>
    public StartEvent? NoneStart => StartEvents.FirstOrDefault(start => start.Message is null);

    /// <summary>The boundary events attached to a task.</summary>
    public IEnumerable<BoundaryEvent> BoundariesOf(string nodeId) =>
        Nodes.Values.OfType<BoundaryEvent>().Where(boundary => boundary.AttachedTo == nodeId);

    public FlowNode Node(string id) =>
        Nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"Workflow '{Key}' has no element '{id}'.");

    public IEnumerable<SequenceFlow> OutgoingOf(FlowNode node) => node.Outgoing.Select(id => Flows[id]);
}
