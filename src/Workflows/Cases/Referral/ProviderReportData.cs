namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>Payload of <c>report</c>: the provider's progress report in short, the customer's attendance and the next steps.</summary>
public sealed record ProviderReportData(string Summary, Attendance Attendance, string? NextSteps);
