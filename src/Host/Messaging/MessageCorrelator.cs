using System.Text.Json.Nodes;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Messaging;

/// <summary>
/// Relays pending outbox messages to the workflows: every subscription waiting for the message's name and
/// correlation key receives it; when none waits, published workflows with a message start event of that name
/// start; otherwise the message stays pending until it expires. Each message is handled in one transaction
/// together with the steps it causes, so a crash never delivers half of it.
/// </summary>
public sealed class MessageCorrelator(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MessageCorrelator> logger)
{
    private const int BatchSize = 100;

    /// <summary>Handles the pending messages; returns how many were delivered or started an instance.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        List<Guid> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            pending = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending)
                .OrderBy(m => m.CreatedAt)
                .Take(BatchSize)
                .Select(m => m.Id)
                .ToListAsync(cancellationToken);
        }

        var delivered = 0;
        foreach (var id in pending)
        {
            try
            {
                delivered += await HandleAsync(id, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is DbUpdateConcurrencyException or EngineConflictException)
            {
                logger.LogInformation("Message {MessageId} will be retried: {Reason}", id, e.GetType().Name);
            }
        }

        return delivered;
    }

    private async Task<bool> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var runner = scope.ServiceProvider.GetRequiredService<InstanceRunner>();
        var message = await db.OutboxMessages.FirstAsync(m => m.Id == id, cancellationToken);
        if (message.Status != OutboxStatus.Pending)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var payload = JsonNode.Parse(message.Payload)?.AsObject() ?? [];
        message.Attempts++;
        var subscriptions = await db.MessageSubscriptions.AsNoTracking()
            .Where(s => s.MessageName == message.Name && s.CorrelationKey == message.CorrelationKey)
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        var outcome = subscriptions.Count > 0
            ? await DeliverAsync(runner, subscriptions, payload, cancellationToken)
            : await StartAsync(scope.ServiceProvider, runner, message, payload, cancellationToken);
        if (outcome is not null)
        {
            Mark(message, OutboxStatus.Delivered, outcome, now);
        }
        else if (now >= message.ExpiresAt)
        {
            Mark(message, OutboxStatus.Expired, "abgelaufen: niemand hat auf die Nachricht gewartet (expired, no subscriber)", now);
        }

        await runner.SaveAsync(cancellationToken);
        return outcome is not null;
    }

    private static async Task<string> DeliverAsync(
        InstanceRunner runner, List<MessageSubscription> subscriptions, JsonObject payload, CancellationToken cancellationToken)
    {
        foreach (var subscription in subscriptions)
        {
            await runner.StepAsync(
                subscription.InstanceId,
                EngineActors.System,
                // An earlier delivery of this message may have ended the token that subscribed (e.g. a terminate end).
                (engine, instance) => instance.Subscriptions.Any(s => s.Id == subscription.Id)
                    ? engine.DeliverMessage(instance, subscription.Id, payload.DeepClone().AsObject())
                    : new StepResult(),
                cancellationToken);
        }

        return $"zugestellt an {subscriptions.Count} Abonnement(s) (delivered)";
    }

    private static async Task<string?> StartAsync(
        IServiceProvider services, InstanceRunner runner, OutboxMessage message, JsonObject payload, CancellationToken cancellationToken)
    {
        var definitions = services.GetRequiredService<WorkflowDefinitions>();
        var db = services.GetRequiredService<CaseFlowDbContext>();
        var started = new List<string>();
        foreach (var workflow in await definitions.LatestPublishedAsync(cancellationToken))
        {
            var start = workflow.Model.StartEvents.FirstOrDefault(s => s.Message?.Name == message.Name);
            if (start is null)
            {
                continue;
            }

            Guid? caseId = Guid.TryParse(message.CorrelationKey, out var parsed) ? parsed : null;
            if (workflow.CaseKind is { } kind
                && (caseId is null || !await db.Cases.AnyAsync(c => c.Id == caseId && c.Kind == kind, cancellationToken)))
            {
                continue;
            }

            await runner.StartAsync(workflow, caseId, payload.DeepClone().AsObject(), EngineActors.System, start.Id, cancellationToken);
            started.Add($"{workflow.Key} v{workflow.Version}");
        }

        return started.Count == 0 ? null : $"gestartet (started): {string.Join(", ", started)}";
    }

    private static void Mark(OutboxMessage message, OutboxStatus status, string outcome, DateTime now)
    {
        message.Status = status;
        message.Outcome = outcome;
        message.ProcessedAt = now;
    }
}
