using System.Text.Json.Nodes;
using CaseFlow.Host.Messaging.Contracts;

namespace CaseFlow.Host.Messaging.Outbox;

/// <summary>
/// The contracts CaseFlow puts on the bus, by the name the outbox stores (<see cref="OutboxMessage.MessageType"/>),
/// and the mapping of BPMN message names to them.
/// </summary>
public static class MessageContracts
{
    /// <summary>Contracts that waiting workflow instances receive (by BPMN message name and correlation key).</summary>
    public static readonly IReadOnlyList<Type> Correlated =
    [
        typeof(HandoverRequested), typeof(HandoverConfirmed), typeof(HandoverDeclined), typeof(ProviderReportReceived),
        typeof(BfmWaived), typeof(WorkflowMessage),
    ];

    /// <summary>Every contract the relay may publish.</summary>
    public static readonly IReadOnlyDictionary<string, Type> ByName = Correlated
        .Concat([typeof(TaskAssigned), typeof(TaskCompleted), typeof(CaseTransitioned), typeof(FollowUpCreated), typeof(TimerDue)])
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>
    /// The contract for a BPMN message: the typed one when CaseFlow knows the name (e.g. <c>HandoverConfirmed</c>),
    /// otherwise a <see cref="WorkflowMessage"/> that carries the name.
    /// </summary>
    public static ICorrelatedMessage ForWorkflow(string name, string correlationKey, Guid? caseId, Guid? instanceId, string? source) =>
        name switch
        {
            nameof(HandoverRequested) => new HandoverRequested(correlationKey, caseId, instanceId, source),
            nameof(HandoverConfirmed) => new HandoverConfirmed(correlationKey, caseId, instanceId, source),
            nameof(HandoverDeclined) => new HandoverDeclined(correlationKey, caseId, instanceId, source),
            nameof(ProviderReportReceived) => new ProviderReportReceived(correlationKey, caseId, instanceId, source),
            nameof(BfmWaived) => new BfmWaived(correlationKey, caseId, instanceId, source),
            _ => new WorkflowMessage(name, correlationKey, caseId, instanceId, source),
        };

    /// <summary>Reads a Guid the engine put into a payload as text.</summary>
    public static Guid? GuidOf(JsonObject payload, string key) =>
        payload[key] is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) ? id : null;
}
