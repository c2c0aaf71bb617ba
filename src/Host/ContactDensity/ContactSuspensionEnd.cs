using CaseFlow.Host.Http;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.ContactDensity;

/// <summary>The body of <c>POST /api/customers/{id}/contact-suspensions/{sid}/end</c>: the last day (today when empty) and why.</summary>
public sealed record ContactSuspensionEnd(DateOnly? To = null, [TextLimit(TextLimits.Reason)] string? Reason = null);
