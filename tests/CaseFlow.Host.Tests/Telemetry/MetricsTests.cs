using CaseFlow.Host.Telemetry;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>The metrics a bFM walk-through leaves, read through the in-memory exporter.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class MetricsTests(TelemetryWalkthrough walk)
{
    [Fact]
    public async Task A_bfm_walk_through_counts_case_actions_by_kind_action_and_outcome_from_the_api_and_the_workflow()
    {
        var metrics = await walk.Capture.CollectMetricsAsync();

        var actions = Points(metrics, "caseflow.case.actions")
            .Where(p => p.GetSumLong() > 0)
            .Select(p => $"{Tag(p, CaseFlowTags.CaseKind)} {Tag(p, CaseFlowTags.Action)} {Tag(p, CaseFlowTags.Outcome)}")
            .ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "bfm refer refused", "bfm refer done", "bfm accept done", "bfm complete-assessment done", "bfm agree-plan done",
                "bfm review forbidden",
            },
            actions);
    }

    [Fact]
    public async Task The_workload_gauges_report_the_open_and_overdue_tasks_open_incidents_and_outbox_lag_of_the_database()
    {
        var metrics = await walk.Capture.CollectMetricsAsync();

        var now = walk.App.Clock.GetUtcNow().UtcDateTime;
        var (open, overdue, incidents) = await walk.App.InDatabaseAsync(async db =>
        {
            var tasks = db.HumanTasks.Where(t => t.Status == HumanTaskStatus.Open);
            return (await tasks.LongCountAsync(), await tasks.LongCountAsync(t => t.DueAt < now), await db.Set<Incident>().LongCountAsync(i => i.ResolvedAt == null));
        });
        Assert.True(overdue >= 1 && incidents >= 1, $"the walk-through should leave an overdue task and an open incident ({overdue}, {incidents})");
        Assert.Equal(open, Points(metrics, "caseflow.tasks.open").Single().GetGaugeLastValueLong());
        Assert.Equal(overdue, Points(metrics, "caseflow.tasks.overdue").Single().GetGaugeLastValueLong());
        Assert.Equal(incidents, Points(metrics, "caseflow.incidents.open").Single().GetGaugeLastValueLong());
        Assert.Equal(0, Points(metrics, "caseflow.outbox.lag").Single().GetGaugeLastValueDouble());
    }

    [Fact]
    public async Task The_review_timer_fired_days_late_shows_in_the_timer_lag_histogram()
    {
        var metrics = await walk.Capture.CollectMetricsAsync();

        var lag = Points(metrics, "caseflow.timers.lag").Where(p => p.GetHistogramCount() > 0).ToList();
        Assert.NotEmpty(lag);
        Assert.True(lag.Sum(p => p.GetHistogramSum()) > 0, "the test clock jumped past the review's due time, so it fired late");
    }

    [Fact]
    public async Task Runtime_and_aspnet_core_metrics_are_collected_too()
    {
        var metrics = await walk.Capture.CollectMetricsAsync();

        Assert.Contains(metrics, m => m.Name.StartsWith("dotnet.", StringComparison.Ordinal));
        Assert.Contains(Points(metrics, "http.server.request.duration"), p => Tag(p, "http.route") == "/api/cases/{id:guid}/actions/{action}");
    }

    private static List<MetricPoint> Points(IReadOnlyList<MetricSnapshot> metrics, string name)
    {
        var points = metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).ToList();
        Assert.True(points.Count > 0, $"no metric {name} among {string.Join(", ", metrics.Select(m => m.Name).Distinct())}");
        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
