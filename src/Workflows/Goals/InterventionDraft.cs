namespace CaseFlow.Workflows.Goals;

/// <summary>An intervention as entered; <paramref name="LinkedCaseKind"/> is the kind of the case <paramref name="CaseId"/> names when it is the customer's, else null.</summary>
public sealed record InterventionDraft(string? Kind, string? Description, Guid? CaseId, string? LinkedCaseKind, string By, DateTime Now);
