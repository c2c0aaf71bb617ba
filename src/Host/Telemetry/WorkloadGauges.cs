using System.Diagnostics.Metrics;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// The workload gauges: open and overdue tasks, open incidents, outbox lag. A scrape or an export must not run database
/// queries on the exporter's thread, so this background service counts every <see cref="TelemetryOptions.WorkloadRefreshInterval"/>
/// (each count in a fresh scope, given up after <see cref="TelemetryOptions.WorkloadQueryTimeout"/>) and the gauges report
/// the last counts; before the first count they report nothing. The counts are database-wide: every host reports the same
/// values, so aggregate them across hosts with max, not sum. Registered only while metrics are collected.
/// </summary>
public sealed class WorkloadGauges : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly TelemetryOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<WorkloadGauges> logger;
    private volatile Counts? latest;

    public WorkloadGauges(CaseFlowMetrics metrics, IServiceScopeFactory scopes, TelemetryOptions options, TimeProvider clock, ILogger<WorkloadGauges> logger)
    {
        (this.scopes, this.options, this.clock, this.logger) = (scopes, options, clock, logger);
        var meter = metrics.Meter;
        meter.CreateObservableGauge("caseflow.tasks.open", () => Observe(c => c.OpenTasks), "{task}", "Open human tasks.");
        meter.CreateObservableGauge("caseflow.tasks.overdue", () => Observe(c => c.OverdueTasks), "{task}", "Open human tasks past their due time.");
        meter.CreateObservableGauge("caseflow.incidents.open", () => Observe(c => c.OpenIncidents), "{incident}", "Unresolved workflow incidents.");
        meter.CreateObservableGauge(
            "caseflow.outbox.lag", () => Observe(c => c.OutboxLagSeconds), "s", "Age of the oldest outbox row not yet taken by the broker (0 when none waits).");
    }

    /// <summary>Counts now (the background loop calls it; tests call it to avoid waiting).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.WorkloadQueryTimeout);
        var token = timeout.Token;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var openTasks = db.HumanTasks.AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open);
        var oldestPending = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.CreatedAt)
            .Select(m => (DateTime?)m.CreatedAt)
            .FirstOrDefaultAsync(token);
        latest = new Counts(
            await openTasks.LongCountAsync(token),
            await openTasks.LongCountAsync(t => t.DueAt != null && t.DueAt < now, token),
            await db.Set<Incident>().AsNoTracking().LongCountAsync(i => i.ResolvedAt == null, token),
            oldestPending is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticker = new PeriodicTimer(options.WorkloadRefreshInterval);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Workload gauges not refreshed, the last counts stay: {Error}", e.GetType().Name);
            }
        }
        while (await ticker.WaitForNextTickAsync(stoppingToken));
    }

    private IEnumerable<Measurement<T>> Observe<T>(Func<Counts, T> value)
        where T : struct =>
        latest is { } counts ? [new Measurement<T>(value(counts))] : [];

    private sealed record Counts(long OpenTasks, long OverdueTasks, long OpenIncidents, double OutboxLagSeconds);
}
