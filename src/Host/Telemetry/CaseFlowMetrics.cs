using System.Diagnostics.Metrics;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// CaseFlow's instruments on the Meter <see cref="MeterName"/>: the case actions by kind, action and outcome and how late
/// timers fire; the workload gauges live in <see cref="WorkloadGauges"/>. Labels are model names, never personal data.
/// </summary>
public sealed class CaseFlowMetrics
{
    public const string MeterName = "CaseFlow";

    /// <summary>The action was performed.</summary>
    public const string Done = "done";

    /// <summary>The lifecycle's rules or the input did not allow it.</summary>
    public const string Refused = "refused";

    /// <summary>The actor lacks the role the action needs.</summary>
    public const string Forbidden = "forbidden";

    private readonly Counter<long> caseActions;
    private readonly Histogram<double> timerLag;

    public CaseFlowMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        caseActions = Meter.CreateCounter<long>(
            "caseflow.case.actions", "{action}", "Case lifecycle actions, by case kind, action and outcome (done, refused, forbidden).");
        timerLag = Meter.CreateHistogram(
            "caseflow.timers.lag",
            "s",
            "How late due timers fired: seconds between a timer's due time and its firing.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 86400] });
    }

    public Meter Meter { get; }

    public void CaseAction(string kind, string action, string outcome) =>
        caseActions.Add(1, new(CaseFlowTags.CaseKind, kind), new(CaseFlowTags.Action, action), new(CaseFlowTags.Outcome, outcome));

    public void TimerFired(TimeSpan late) => timerLag.Record(Math.Max(0, late.TotalSeconds));
}
