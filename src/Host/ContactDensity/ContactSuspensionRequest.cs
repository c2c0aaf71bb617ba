namespace CaseFlow.Host.ContactDensity;

/// <summary>The body of <c>POST /api/customers/{id}/contact-suspensions</c>: kind (a <c>SuspensionKind</c> name), first and last day (optional), reason.</summary>
public sealed record ContactSuspensionRequest(string? Kind = null, DateOnly? From = null, DateOnly? To = null, string? Reason = null);
