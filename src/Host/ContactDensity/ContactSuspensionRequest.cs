using CaseFlow.Host.Http;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.ContactDensity;

/// <summary>The body of <c>POST /api/customers/{id}/contact-suspensions</c>: kind (a <c>SuspensionKind</c> name), first and last day (optional), reason.</summary>
public sealed record ContactSuspensionRequest(
    [TextLimit(TextLimits.Code)] string? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    [TextLimit(TextLimits.Reason)] string? Reason = null);
