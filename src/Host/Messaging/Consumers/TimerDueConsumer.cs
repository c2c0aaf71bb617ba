using CaseFlow.Host.Engine;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Persistence.Configurations;
using CaseFlow.Host.Telemetry;
using CaseFlow.Workflows.Engine;
using MassTransit;

namespace CaseFlow.Host.Messaging.Consumers;

/// <summary>
/// Fires a due timer as the engine's system actor. A timer that is gone (fired before, or its task was completed)
/// is not fired, nor one that moved to a later date after it was dispatched; the inbox record and the step commit together, so a redelivered message fires nothing twice.
/// A concurrent change of the instance makes the commit fail and the bus retries the message. Each firing gets a span and
/// its lateness (firing time minus due time) goes to <c>caseflow.timers.lag</c>.
/// </summary>
public sealed class TimerDueConsumer(
    CaseFlowDbContext db, Inbox inbox, InstanceRunner runner, CaseFlowMetrics metrics, ILogger<TimerDueConsumer> logger)
    : IConsumer<TimerDue>
{
    private const string Name = "timer";

    public async Task Consume(ConsumeContext<TimerDue> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("TimerDue without a message id.");
        var due = context.Message;
        db.ChangeTracker.Clear();
        if (await inbox.HasProcessedAsync(messageId, Name, context.CancellationToken))
        {
            return;
        }

        var instance = await runner.LoadAsync(due.InstanceId, context.CancellationToken);
        var timer = instance?.Timers.FirstOrDefault(t => t.Id == due.TimerId);
        using var activity = timer is null ? null : CaseFlowActivities.Source.StartActivity("timer fire");
        activity?.SetTag(CaseFlowTags.TimerId, due.TimerId).SetTag(CaseFlowTags.InstanceId, due.InstanceId);
        TimeSpan? late = null;
        if (timer is not null && timer.DueAt > runner.Now)
        {
            // Moved to a later date after it was dispatched (one clock: a new agreed date or a rule change): undispatched,
            // so that the dispatcher sends it again when it is due there.
            db.Entry(timer).Property(WorkflowTimerConfiguration.DispatchedAt).CurrentValue = null;
            logger.LogInformation("Timer {TimerId} of instance {InstanceId} moved after dispatch; not fired now", due.TimerId, due.InstanceId);
        }
        else if (timer is not null)
        {
            // Read before firing: a repeating timer moves its DueAt to the next time.
            var dueAt = timer.DueAt;
            try
            {
                await runner.StepAsync(instance!, EngineActors.System, (engine, i) => engine.FireTimer(i, due.TimerId), context.CancellationToken);
                late = runner.Now - dueAt;
            }
            catch (EngineConflictException e)
            {
                // The timer's token moved on: nothing to fire. Nothing of the attempt is kept.
                logger.LogInformation("Timer {TimerId} of instance {InstanceId} not fired: {Reason}", due.TimerId, due.InstanceId, e.Message);
                db.ChangeTracker.Clear();
            }
        }

        inbox.Record(messageId, Name, nameof(TimerDue));
        await db.SaveChangesAsync(context.CancellationToken);
        if (late is { } lateness)
        {
            metrics.TimerFired(lateness);
        }
    }
}
