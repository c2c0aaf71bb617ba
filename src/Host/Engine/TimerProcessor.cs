using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// Fires due timers, each in its own unit of work, as the engine's system actor. A timer whose instance
/// changed meanwhile (concurrency conflict) or that is gone is skipped and looked at again next time.
/// </summary>
public sealed class TimerProcessor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TimerProcessor> logger)
{
    private const int BatchSize = 100;

    /// <summary>Fires the timers due now; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<(Guid Id, Guid InstanceId)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            due = (await db.WorkflowTimers.AsNoTracking()
                    .Where(t => t.DueAt <= now)
                    .OrderBy(t => t.DueAt)
                    .Take(BatchSize)
                    .Select(t => new { t.Id, t.InstanceId })
                    .ToListAsync(cancellationToken))
                .Select(t => (t.Id, t.InstanceId))
                .ToList();
        }

        var fired = 0;
        foreach (var (timerId, instanceId) in due)
        {
            if (await FireAsync(timerId, instanceId, cancellationToken))
            {
                fired++;
            }
        }

        return fired;
    }

    private async Task<bool> FireAsync(Guid timerId, Guid instanceId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<InstanceRunner>();
        try
        {
            var instance = await runner.StepAsync(instanceId, EngineActors.System, (engine, i) => engine.FireTimer(i, timerId), cancellationToken);
            await runner.SaveAsync(cancellationToken);
            return instance is not null;
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or EngineConflictException)
        {
            logger.LogInformation("Timer {TimerId} of instance {InstanceId} skipped: {Reason}", timerId, instanceId, e.GetType().Name);
            return false;
        }
    }
}
