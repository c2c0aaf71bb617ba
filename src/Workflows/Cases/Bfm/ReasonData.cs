namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>waive</c> and <c>reject</c>: the documented reason.</summary>
public sealed record ReasonData(string Reason);
