using CaseFlow.Host.Engine;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Telemetry;
using CaseFlow.Workflows.Engine;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Messaging.Consumers;

/// <summary>
/// Takes a correlated message into the workflows' mailbox and delivers it at once when an instance waits for it
/// (or a message start event exists). The inbox record, the mailbox row and every step it causes commit together;
/// a redelivery of the same message id changes nothing. When the delivery collides with a concurrent change of the
/// instance, the message is kept as waiting (nothing of the attempt is saved) and the mailbox poller delivers it.
/// </summary>
public sealed class CorrelatedMessageConsumer<T>(
    CaseFlowDbContext db, Inbox inbox, WorkflowMailbox mailbox, EngineOptions engine, TimeProvider clock, ILogger<CorrelatedMessageConsumer<T>> logger)
    : IConsumer<T>
    where T : class, ICorrelatedMessage
{
    private static readonly string Name = $"correlate:{typeof(T).Name}";

    public async Task Consume(ConsumeContext<T> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(T).Name} without a message id.");
        db.ChangeTracker.Clear();
        if (await inbox.HasProcessedAsync(messageId, Name, context.CancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var record = Accept(messageId, context.Message, now);
            await mailbox.DeliverAsync(record, now, context.CancellationToken);
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or EngineConflictException)
        {
            logger.LogInformation("{MessageType} {MessageId} kept waiting for the mailbox poller: {Reason}", typeof(T).Name, messageId, e.GetType().Name);
            db.ChangeTracker.Clear();
            Accept(messageId, context.Message, now);
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }

    /// <summary>Stages the mailbox row (waiting) and the inbox record.</summary>
    private WorkflowMessageRecord Accept(Guid messageId, T message, DateTime now)
    {
        var record = new WorkflowMessageRecord
        {
            Id = messageId,
            Name = message.MessageName,
            CorrelationKey = message.CorrelationKey,
            Payload = message.ToPayload().ToJsonString(),
            ReceivedAt = now,
            ExpiresAt = now + engine.MessageTimeToLive,
            TraceParent = CaseFlowActivities.CurrentTraceParent(),
        };
        db.WorkflowMessages.Add(record);
        inbox.Record(messageId, Name, typeof(T).Name);
        return record;
    }
}
