namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>Payload of <c>record-sanction-decision</c>: the decision and whether it was taken together with the handing-over pAp.</summary>
public sealed record SanctionDecisionData(string Decision, bool AgreedWithPap);
