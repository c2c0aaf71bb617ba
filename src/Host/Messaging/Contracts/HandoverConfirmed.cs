using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>The receiving side (provider or FM on its behalf) took the hand-over over. Ids only, never health or addiction details.</summary>
/// <param name="CorrelationKey">The key waiting instances match, usually the case id.</param>
/// <param name="CaseId">The case, when there is one.</param>
/// <param name="InstanceId">The workflow instance that sent it (null when a case action did).</param>
/// <param name="Source">The BPMN element that sent it, or the case action (e.g. <c>provider-confirm</c>).</param>
public sealed record HandoverConfirmed(string CorrelationKey, Guid? CaseId, Guid? InstanceId, string? Source) : ICorrelatedMessage
{
    [JsonIgnore]
    public string MessageName => nameof(HandoverConfirmed);

    public JsonObject ToPayload() => CorrelatedPayload.Of(CaseId, InstanceId, Source);
}
