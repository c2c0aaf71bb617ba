namespace CaseFlow.Host.Retention;

/// <summary>One case of the dry-run report: ids, kind, state and dates, no personal data.</summary>
public sealed record RetentionReportCase(Guid CaseId, Guid CustomerId, string Kind, string State, DateOnly ClosedOn, DateOnly DueOn);
