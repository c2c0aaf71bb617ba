using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Host.Workflows;

/// <summary>A published, immutable workflow version with its parsed model, ready for the engine.</summary>
public sealed record PublishedWorkflow(string Key, int Version, string? CaseKind, WorkflowModel Model);
