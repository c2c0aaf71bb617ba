using CaseFlow.Host.Engine;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Persistence;
using MassTransit;

namespace CaseFlow.Host.Messaging.Consumers;

/// <summary>
/// Takes a correlated message into the workflows' mailbox and delivers it at once when an instance waits for it
/// (or a message start event exists). The inbox record, the mailbox row and every step it causes commit together;
/// a redelivery of the same message id changes nothing.
/// </summary>
public sealed class CorrelatedMessageConsumer<T>(CaseFlowDbContext db, Inbox inbox, WorkflowMailbox mailbox, EngineOptions engine, TimeProvider clock)
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
        var message = context.Message;
        var record = new WorkflowMessageRecord
        {
            Id = messageId,
            Name = message.MessageName,
            CorrelationKey = message.CorrelationKey,
            Payload = message.ToPayload().ToJsonString(),
            ReceivedAt = now,
            ExpiresAt = now + engine.MessageTimeToLive,
        };
        db.WorkflowMessages.Add(record);
        await mailbox.DeliverAsync(record, now, context.CancellationToken);
        inbox.Record(messageId, Name, typeof(T).Name);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
