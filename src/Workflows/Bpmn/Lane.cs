namespace CaseFlow.Workflows.Bpmn;

/// <summary>A lane with its <c>cf:role</c> and the nodes in it.</summary>
public sealed record Lane(string Id, string? Name, string? Role, IReadOnlyList<string> NodeIds);
