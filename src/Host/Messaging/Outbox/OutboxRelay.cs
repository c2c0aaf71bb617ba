using System.Diagnostics;
using System.Text.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Telemetry;
using MassTransit;

namespace CaseFlow.Host.Messaging.Outbox;

/// <summary>
/// Publishes pending outbox rows to the bus, the row id as message id, and marks them sent. A row the broker does
/// not take stays pending (with its error) and is tried again next round; the rest of the batch waits too, so a
/// broker outage costs one timeout per round, not one per row. Several hosts relay at once without publishing a
/// row twice: each claims its batch with a row lock (PostgreSQL). A crash after the broker took a row but before it
/// was marked publishes it again later, with the same id; consumers recognise it (at-least-once, idempotent effect).
/// </summary>
public sealed class OutboxRelay(IServiceScopeFactory scopes, IBus bus, MessagingOptions options, TimeProvider clock, ILogger<OutboxRelay> logger)
{
    private const int BatchSize = 100;

    /// <summary>Publishes batches while full ones come back (a backlog goes out at once); returns how many rows the broker took.</summary>
    public async Task<int> PublishAllPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int batch;
        do
        {
            batch = await PublishPendingAsync(cancellationToken);
            total += batch;
        }
        while (batch >= BatchSize);

        return total;
    }

    /// <summary>Publishes one batch; returns how many rows the broker took.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        await using var claim = await RowClaims.BeginAsync(db, cancellationToken);
        var rows = await RowClaims.ClaimAsync<OutboxMessage>(
            db,
            """SELECT * FROM "OutboxMessages" WHERE "Status" = 'Pending' ORDER BY "CreatedAt" LIMIT {0} FOR UPDATE SKIP LOCKED""",
            [BatchSize],
            q => q.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.CreatedAt).Take(BatchSize),
            cancellationToken);

        var sent = 0;
        foreach (var row in rows)
        {
            try
            {
                await PublishAsync(row, cancellationToken);
                row.Status = OutboxStatus.Sent;
                row.SentAt = clock.GetUtcNow().UtcDateTime;
                sent++;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                row.Attempts++;
                row.LastError = Describe(e);
                logger.LogWarning(
                    "Outbox message {MessageId} ({MessageType}) not published (attempt {Attempts}), will be retried: {Error}",
                    row.Id, row.MessageType, row.Attempts, row.LastError);
                if (e is not UnknownContractException)
                {
                    break;
                }
            }
        }

        await RowClaims.SaveAsync(db, claim, CancellationToken.None);

        return sent;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = MessageContracts.ByName.GetValueOrDefault(row.MessageType) ?? throw new UnknownContractException(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Payload, type, OutboxWriter.Json)
            ?? throw new InvalidOperationException($"Outbox message {row.Id} has an empty payload.");
        using var activity = CaseFlowActivities.StartContinuing($"outbox publish {row.MessageType}", row.TraceParent);
        activity?.SetTag(CaseFlowTags.MessageId, row.Id);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);
        try
        {
            await bus.Publish(message, type, context => context.MessageId = row.Id, timeout.Token);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    private static string Describe(Exception e)
    {
        var text = $"{e.GetType().Name}: {e.Message}";
        return text.Length <= 500 ? text : text[..500];
    }

    private sealed class UnknownContractException(string messageType)
        : Exception($"Unbekannter Nachrichtentyp (unknown message type) '{messageType}'.");
}
