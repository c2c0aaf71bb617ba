namespace CaseFlow.Host.Api;

/// <summary>An open incident as <c>GET /api/incidents</c> lists it: where it stopped, why, since when, and whose case it is.</summary>
/// <param name="CustomerNumber">The Kundennummer of the case's customer (never the customer's GUID); null without a case.</param>
public sealed record OpenIncidentView(
    Guid Id,
    Guid InstanceId,
    string WorkflowKey,
    int WorkflowVersion,
    string ElementId,
    string ElementName,
    string Message,
    DateTime Since,
    int Attempts,
    Guid? CaseId,
    string? CaseKind,
    string? CustomerNumber);
