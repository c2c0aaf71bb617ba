using CaseFlow.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Messaging.Consumers;

/// <summary>
/// The idempotent-consumer record: a consumer asks whether it has processed a message id before and records it in
/// the same unit of work as its effect. Two hosts that take the same message at once both try to insert the same
/// key; one commit fails, the bus retries it, and then it finds the record.
/// </summary>
public sealed class Inbox(CaseFlowDbContext db, TimeProvider clock)
{
    public Task<bool> HasProcessedAsync(Guid messageId, string consumer, CancellationToken cancellationToken) =>
        db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken);

    public void Record(Guid messageId, string consumer, string messageType) =>
        db.InboxMessages.Add(new InboxMessage
        {
            MessageId = messageId,
            Consumer = consumer,
            MessageType = messageType,
            ProcessedAt = clock.GetUtcNow().UtcDateTime,
        });
}
