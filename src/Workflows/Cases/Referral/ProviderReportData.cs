namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>Payload of <c>report</c>: the provider's progress report in short.</summary>
public sealed record ProviderReportData(string Summary);
