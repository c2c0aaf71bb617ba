using System.Reflection;
using System.Text.Json.Nodes;
using CaseFlow.Host.Messaging.Contracts;

namespace CaseFlow.Host.Messaging.Outbox;

/// <summary>
/// The contracts CaseFlow puts on the bus, by the name the outbox stores (<see cref="OutboxMessage.MessageType"/>),
/// and the mapping of BPMN message names to them.
/// </summary>
public static class MessageContracts
{
    private static readonly Type[] CorrelatedConstructor = [typeof(string), typeof(Guid?), typeof(Guid?), typeof(string)];

    /// <summary>
    /// Contracts that waiting workflow instances receive (by BPMN message name and correlation key): every
    /// <see cref="ICorrelatedMessage"/> of the contracts (<c>CorrelatedMessages.cs</c> and <see cref="WorkflowMessage"/>).
    /// </summary>
    public static readonly IReadOnlyList<Type> Correlated = typeof(ICorrelatedMessage).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ICorrelatedMessage)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every contract the relay may publish.</summary>
    public static readonly IReadOnlyDictionary<string, Type> ByName = Correlated
        .Concat([typeof(TaskAssigned), typeof(TaskCompleted), typeof(CaseTransitioned), typeof(FollowUpCreated), typeof(TimerDue), typeof(ContactDue)])
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>
    /// The typed correlated contracts a workflow's message of the same name becomes: those made from (correlation key,
    /// case, instance, source) alone, as in <c>CorrelatedMessages.cs</c>. A contract that needs more is made by its own code.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, ConstructorInfo> Typed = Correlated
        .Where(t => t != typeof(WorkflowMessage))
        .Select(t => (t.Name, Constructor: t.GetConstructor(CorrelatedConstructor)))
        .Where(t => t.Constructor is not null)
        .ToDictionary(t => t.Name, t => t.Constructor!, StringComparer.Ordinal);

    /// <summary>
    /// The contract for a BPMN message: the typed one when CaseFlow knows the name (e.g. <c>HandoverConfirmed</c>),
    /// otherwise a <see cref="WorkflowMessage"/> that carries the name.
    /// </summary>
    public static ICorrelatedMessage ForWorkflow(string name, string correlationKey, Guid? caseId, Guid? instanceId, string? source) =>
        Typed.TryGetValue(name, out var typed)
            ? (ICorrelatedMessage)typed.Invoke([correlationKey, caseId, instanceId, source])
            : new WorkflowMessage(name, correlationKey, caseId, instanceId, source);

    /// <summary>Reads a Guid the engine put into a payload as text.</summary>
    public static Guid? GuidOf(JsonObject payload, string key) =>
        payload[key] is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) ? id : null;
}
