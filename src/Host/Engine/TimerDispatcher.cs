using CaseFlow.Host.Messaging;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Persistence.Configurations;
using CaseFlow.Host.Telemetry;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// Claims due timers and writes a <see cref="TimerDue"/> message for each (same transaction), which whichever host
/// consumes it fires. On PostgreSQL the claim is a row lock that other hosts skip, so a timer is dispatched once;
/// firing is idempotent besides (a timer that is gone is not fired again). A dispatched timer that is still there
/// after <see cref="MessagingOptions.TimerRedispatchAfter"/> (its message ended in the error queue) is dispatched again.
/// </summary>
public sealed class TimerDispatcher(IServiceScopeFactory scopes, MessagingOptions options, TimeProvider clock)
{
    private const int BatchSize = 200;

    /// <summary>Dispatches one batch of due timers; returns how many.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - options.TimerRedispatchAfter;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        await using var claim = await RowClaims.BeginAsync(db, cancellationToken);
        var due = await RowClaims.ClaimAsync<WorkflowTimer>(
            db,
            """
            SELECT * FROM "WorkflowTimers"
            WHERE "DueAt" <= {0} AND ("DispatchedAt" IS NULL OR "DispatchedAt" <= {1})
            ORDER BY "DueAt" LIMIT {2} FOR UPDATE SKIP LOCKED
            """,
            [now, stale, BatchSize],
            q => q.Where(t => t.DueAt <= now
                    && (EF.Property<DateTime?>(t, WorkflowTimerConfiguration.DispatchedAt) == null
                        || EF.Property<DateTime?>(t, WorkflowTimerConfiguration.DispatchedAt) <= stale))
                .OrderBy(t => t.DueAt)
                .Take(BatchSize),
            cancellationToken);

        // One trace per batch: the TimerDue rows carry it through the outbox to each timer's firing.
        using var activity = due.Count > 0 ? CaseFlowActivities.Source.StartActivity("timers dispatch") : null;
        activity?.SetTag(CaseFlowTags.TimerCount, due.Count);
        foreach (var timer in due)
        {
            db.Entry(timer).Property(WorkflowTimerConfiguration.DispatchedAt).CurrentValue = now;
            outbox.Publish(new TimerDue(timer.Id, timer.InstanceId));
        }

        await RowClaims.SaveAsync(db, claim, cancellationToken);

        return due.Count;
    }
}
