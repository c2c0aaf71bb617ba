using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Messaging;

/// <summary>
/// Deletes sent outbox rows and inbox records older than <see cref="MessagingOptions.RetainProcessedFor"/>, so the
/// tables stay small. The retention must outlast any redelivery: an inbox record deleted too early would let a
/// very late duplicate through. Correlated messages (<c>WorkflowMessages</c>) stay: they show what each delivery did.
/// </summary>
public sealed class MessageHousekeeping(IServiceScopeFactory scopes, MessagingOptions options, TimeProvider clock)
{
    /// <summary>Returns how many rows were deleted.</summary>
    public async Task<int> DeleteProcessedAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.RetainProcessedFor;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var outbox = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Sent && m.SentAt < before)
            .ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.InboxMessages
            .Where(m => m.ProcessedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
        return outbox + inbox;
    }
}
