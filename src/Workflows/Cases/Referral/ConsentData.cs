namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// Payload of <c>record-consent</c>: the case fields the customer consented to share with the provider
/// (Einwilligung in die Datenübermittlung, § 67b SGB X); an empty list withdraws the consent.
/// </summary>
public sealed record ConsentData(IReadOnlyList<string> Fields);
