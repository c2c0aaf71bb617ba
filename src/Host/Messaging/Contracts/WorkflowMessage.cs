using System.Text.Json.Serialization;

namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>Any other BPMN message a workflow sends (send task or <c>publish</c>), by the name its file gives it.</summary>
/// <param name="Name">The BPMN message name.</param>
/// <param name="CorrelationKey">The key waiting instances match.</param>
/// <param name="CaseId">The case of the sending instance, when it has one.</param>
/// <param name="InstanceId">The sending instance.</param>
/// <param name="Source">The BPMN element that sent it.</param>
public sealed record WorkflowMessage(string Name, string CorrelationKey, Guid? CaseId, Guid? InstanceId, string? Source) : ICorrelatedMessage
{
    [JsonIgnore]
    public string MessageName => Name;
}
