namespace CaseFlow.Host.Providers;

/// <summary>
/// A progress report (Bericht) of the provider: a short summary, the customer's attendance
/// (<c>regular</c>, <c>irregular</c> or <c>none</c>) and optionally the next steps. No diagnoses: the FM needs to
/// know where the customer stands, not the content of confidential counselling (§ 16a SGB II).
/// </summary>
public sealed record ReportRequest(string? Summary, string? Attendance, string? NextSteps = null);
