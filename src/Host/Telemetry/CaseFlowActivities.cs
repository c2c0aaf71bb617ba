using System.Diagnostics;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// CaseFlow's own spans (ActivitySource <see cref="SourceName"/>): the relay's publish of an outbox row, the delivery of a
/// correlated message, each workflow start and step, each fired timer. Without a listener (telemetry off) StartActivity
/// returns null and costs next to nothing. Span names and tags carry ids and names from the model, never personal data.
/// </summary>
public static class CaseFlowActivities
{
    public const string SourceName = "CaseFlow";

    public static readonly ActivitySource Source = new(SourceName, typeof(CaseFlowActivities).Assembly.GetName().Version?.ToString());

    /// <summary>The W3C <c>traceparent</c> of the current span, to store with a row that is handled later; null outside a trace.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>A span that continues the trace a row was written in (its stored <c>traceparent</c>), or a new trace without one.</summary>
    public static Activity? StartContinuing(string name, string? traceParent, ActivityKind kind = ActivityKind.Internal) =>
        ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent)
            ? Source.StartActivity(name, kind, parent)
            : Source.StartActivity(name, kind);

    /// <summary>
    /// A span in the current trace (a child of <see cref="Activity.Current"/>, or a new trace) that links to the trace a row
    /// was written in when that is another one, e.g. a message the mailbox poller delivers rounds after it arrived.
    /// </summary>
    public static Activity? StartLinked(string name, string? traceParent) =>
        ActivityContext.TryParse(traceParent, null, isRemote: true, out var origin) && origin.TraceId != Activity.Current?.TraceId
            ? Source.StartActivity(name, ActivityKind.Internal, default(ActivityContext), links: [new ActivityLink(origin)])
            : Source.StartActivity(name);
}
