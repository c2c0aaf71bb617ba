namespace CaseFlow.Host.Providers;

/// <summary>The answer to a report: when it was received, how many reports the hand-over has, and when the next is due.</summary>
public sealed record ReportReceipt(Guid HandoverId, DateTime ReceivedAt, int ReportCount, DateOnly? NextReportDue);
