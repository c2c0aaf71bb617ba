using System.Text.Json;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Telemetry;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Host.Messaging.Outbox;

/// <summary>Adds outgoing bus messages to the outbox of the current unit of work; they are saved with it or not at all.</summary>
public sealed class OutboxWriter(CaseFlowDbContext db, TimeProvider clock)
{
    /// <summary>How contracts are stored in <see cref="OutboxMessage.Payload"/>.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stages a contract (one of <see cref="MessageContracts.ByName"/>).</summary>
    public OutboxMessage Publish(object message)
    {
        var type = message.GetType();
        if (!MessageContracts.ByName.TryGetValue(type.Name, out var known) || known != type)
        {
            throw new ArgumentException($"{type.Name} is not a CaseFlow message contract.", nameof(message));
        }

        var row = new OutboxMessage
        {
            MessageType = type.Name,
            Payload = JsonSerializer.Serialize(message, type, Json),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            TraceParent = CaseFlowActivities.CurrentTraceParent(),
        };
        db.OutboxMessages.Add(row);
        return row;
    }

    /// <summary>A message a workflow sent (send task, <c>publish</c>).</summary>
    public OutboxMessage PublishFromWorkflow(OutgoingMessage message, Guid instanceId) =>
        Publish(MessageContracts.ForWorkflow(
            message.Name,
            message.CorrelationKey,
            MessageContracts.GuidOf(message.Payload, "caseId"),
            instanceId,
            (string?)message.Payload["element"]));

    /// <summary>The message a lifecycle action publishes for waiting workflows, keyed by the case id.</summary>
    public OutboxMessage PublishFromCase(string name, Guid caseId, string action) =>
        Publish(MessageContracts.ForWorkflow(name, caseId.ToString(), caseId, null, action));
}
