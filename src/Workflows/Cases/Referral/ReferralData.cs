namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// Payload of <c>refer</c>: the provider, the target group, the customer's voluntary participation, and whether
/// a sanction-backed obligation was meant to be attached (never allowed for § 16a SGB II counselling).
/// </summary>
public sealed record ReferralData(string Provider, string TargetGroup, bool Voluntary, bool SanctionBacked);
