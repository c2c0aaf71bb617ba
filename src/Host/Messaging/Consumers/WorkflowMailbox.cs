using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Telemetry;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Messaging.Consumers;

/// <summary>
/// Delivers a correlated message to the workflows, staged in the current unit of work: every subscription waiting
/// for its name and correlation key receives it; when none waits, published workflows with a message start event of
/// that name start; otherwise it keeps waiting, and once past <see cref="WorkflowMessageRecord.ExpiresAt"/> it is
/// marked expired. The caller saves the record and the steps it caused in one transaction.
/// </summary>
public sealed class WorkflowMailbox(CaseFlowDbContext db, InstanceRunner runner, WorkflowDefinitions definitions)
{
    /// <summary>Tries to deliver; true when the message was delivered or started an instance.</summary>
    public async Task<bool> DeliverAsync(WorkflowMessageRecord message, DateTime now, CancellationToken cancellationToken)
    {
        var payload = JsonNode.Parse(message.Payload)?.AsObject() ?? [];
        message.Attempts++;
        var subscriptions = await db.MessageSubscriptions.AsNoTracking()
            .Where(s => s.MessageName == message.Name && s.CorrelationKey == message.CorrelationKey)
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        var outcome = subscriptions.Count > 0
            ? await DeliverToAsync(message, subscriptions, payload, cancellationToken)
            : await StartAsync(message, payload, cancellationToken);
        if (outcome is not null)
        {
            Mark(message, WorkflowMessageStatus.Delivered, outcome, now);
        }
        else if (now >= message.ExpiresAt)
        {
            Mark(message, WorkflowMessageStatus.Expired, "abgelaufen: niemand hat auf die Nachricht gewartet (expired, no subscriber)", now);
        }

        return outcome is not null;
    }

    private async Task<string> DeliverToAsync(
        WorkflowMessageRecord message, List<MessageSubscription> subscriptions, JsonObject payload, CancellationToken cancellationToken)
    {
        using var activity = StartDelivery(message);
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

    private async Task<string?> StartAsync(WorkflowMessageRecord message, JsonObject payload, CancellationToken cancellationToken)
    {
        Activity? activity = null;
        var started = new List<string>();
        try
        {
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

                activity ??= StartDelivery(message);
                await runner.StartAsync(workflow, caseId, payload.DeepClone().AsObject(), EngineActors.System, start.Id, cancellationToken);
                started.Add($"{workflow.Key} v{workflow.Version}");
            }
        }
        finally
        {
            activity?.Dispose();
        }

        return started.Count == 0 ? null : $"gestartet (started): {string.Join(", ", started)}";
    }

    /// <summary>
    /// The delivery's span, only once somebody takes the message (the poller retries waiting messages every round): a child
    /// of the consume span, or in the poller's later round a new trace linked to the message's arrival.
    /// </summary>
    private static Activity? StartDelivery(WorkflowMessageRecord message)
    {
        var activity = CaseFlowActivities.StartLinked($"mailbox deliver {message.Name}", message.TraceParent);
        activity?.SetTag(CaseFlowTags.MessageName, message.Name).SetTag(CaseFlowTags.MessageId, message.Id);
        return activity;
    }

    private static void Mark(WorkflowMessageRecord message, WorkflowMessageStatus status, string outcome, DateTime now)
    {
        message.Status = status;
        message.Outcome = outcome;
        message.ProcessedAt = now;
    }
}
