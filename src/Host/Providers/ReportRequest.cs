using CaseFlow.Host.Http;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Providers;

/// <summary>
/// A progress report (Bericht) of the provider: a short summary, the customer's attendance
/// (<c>regular</c>, <c>irregular</c> or <c>none</c>) and optionally the next steps. No diagnoses: the FM needs to
/// know where the customer stands, not the content of confidential counselling (§ 16a SGB II).
/// </summary>
public sealed record ReportRequest(
    [TextLimit(TextLimits.Note)] string? Summary,
    [TextLimit(TextLimits.Code)] string? Attendance,
    [TextLimit(TextLimits.Note)] string? NextSteps = null);
