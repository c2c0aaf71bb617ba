namespace CaseFlow.Host.Engine;

/// <summary>
/// A running instance that waits at <paramref name="ElementId"/> for case actions its case can never again take from
/// <paramref name="CaseState"/>. Ids, names of the model and states only: no personal data.
/// </summary>
public sealed record StaleInstance(
    Guid InstanceId, string WorkflowKey, int WorkflowVersion, Guid CaseId, string CaseKind, string CaseState,
    string ElementId, IReadOnlyList<string> Actions, string Reason);
