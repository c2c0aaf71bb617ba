namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// Payload of <c>refer</c>: the provider's key, the target group, the customer's voluntary participation, the
/// fields the customer consented to share with the provider, and whether a sanction-backed obligation was meant
/// to be attached (never allowed for § 16a SGB II counselling).
/// </summary>
public sealed record ReferralData(string Provider, string TargetGroup, bool Voluntary, bool SanctionBacked, IReadOnlyList<string> ConsentedFields);
