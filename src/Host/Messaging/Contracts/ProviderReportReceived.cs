using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>A provider's progress report was recorded for the case; the report itself stays in the case. Ids only, never health or addiction details.</summary>
/// <param name="CorrelationKey">The key waiting instances match, usually the case id.</param>
/// <param name="CaseId">The case, when there is one.</param>
/// <param name="InstanceId">The workflow instance that sent it (null when a case action did).</param>
/// <param name="Source">The BPMN element that sent it, or the case action (e.g. <c>provider-confirm</c>).</param>
public sealed record ProviderReportReceived(string CorrelationKey, Guid? CaseId, Guid? InstanceId, string? Source) : ICorrelatedMessage
{
    [JsonIgnore]
    public string MessageName => nameof(ProviderReportReceived);

    public JsonObject ToPayload() => CorrelatedPayload.Of(CaseId, InstanceId, Source);
}
