namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>Payload of <c>provider-decline</c> and <c>end</c>: the documented reason.</summary>
public sealed record ReferralReasonData(string Reason);
