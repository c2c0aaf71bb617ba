using CaseFlow.Host.Http;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Retention;

/// <summary>
/// The body of setting or lifting a legal hold: the reason (required). The body is read up to a reason's documented
/// limit; the hold itself keeps at most <see cref="LegalHold.ReasonMaxLength"/> characters (400 beyond).
/// </summary>
public sealed record LegalHoldRequest([TextLimit(TextLimits.Reason)] string? Reason);
