namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>Payload of <c>return-early</c>: why the customer goes back to the pAp before the activation succeeded.</summary>
public sealed record EarlyReturnData(string Reason);
