using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Messaging.Consumers;

/// <summary>
/// Looks again at correlated messages that nobody waited for when they arrived: delivers those whose subscriber
/// exists now and expires those past their time to live. Each message is claimed (row lock on PostgreSQL) and
/// handled in its own transaction together with the steps it causes.
/// </summary>
public sealed class MailboxPoller(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MailboxPoller> logger)
{
    private const int BatchSize = 100;

    /// <summary>Returns how many messages were delivered or expired.</summary>
    public async Task<int> RetryWaitingAsync(CancellationToken cancellationToken)
    {
        List<Guid> waiting;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            waiting = await db.WorkflowMessages.AsNoTracking()
                .Where(m => m.Status == WorkflowMessageStatus.Waiting)
                .OrderBy(m => m.ReceivedAt)
                .Take(BatchSize)
                .Select(m => m.Id)
                .ToListAsync(cancellationToken);
        }

        var settled = 0;
        foreach (var id in waiting)
        {
            try
            {
                settled += await RetryAsync(id, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is DbUpdateConcurrencyException or EngineConflictException)
            {
                logger.LogInformation("Workflow message {MessageId} will be retried: {Reason}", id, e.GetType().Name);
            }
        }

        return settled;
    }

    private async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        await using var claim = await RowClaims.BeginAsync(db, cancellationToken);
        var message = (await RowClaims.ClaimAsync<WorkflowMessageRecord>(
            db,
            """SELECT * FROM "WorkflowMessages" WHERE "Id" = {0} AND "Status" = 'Waiting' FOR UPDATE SKIP LOCKED""",
            [id],
            q => q.Where(m => m.Id == id && m.Status == WorkflowMessageStatus.Waiting),
            cancellationToken)).SingleOrDefault();
        if (message is null)
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<WorkflowMailbox>().DeliverAsync(message, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await RowClaims.SaveAsync(db, claim, cancellationToken);

        return message.Status != WorkflowMessageStatus.Waiting;
    }
}
