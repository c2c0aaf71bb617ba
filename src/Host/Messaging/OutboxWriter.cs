using System.Text.Json.Nodes;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Persistence;

namespace CaseFlow.Host.Messaging;

/// <summary>Adds outgoing messages to the outbox of the current unit of work; they are saved with it or not at all.</summary>
public sealed class OutboxWriter(CaseFlowDbContext db, EngineOptions options, TimeProvider clock)
{
    public OutboxMessage Add(string name, string correlationKey, JsonObject payload)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Name = name,
            CorrelationKey = correlationKey,
            Payload = payload.ToJsonString(),
            CreatedAt = now,
            ExpiresAt = now + options.MessageTimeToLive,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>The message a lifecycle action publishes for waiting workflows, keyed by the case id.</summary>
    public void AddCaseMessage(string name, Guid caseId, string action) =>
        Add(name, caseId.ToString(), new JsonObject { ["caseId"] = caseId.ToString(), ["action"] = action });
}
