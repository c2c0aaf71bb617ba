namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>What every flow node has: id, name, lane role, and its incoming and outgoing flow ids.</summary>
internal sealed record NodeBasics(string Id, string? Name, string? LaneRole, IReadOnlyList<string> Incoming, IReadOnlyList<string> Outgoing);
