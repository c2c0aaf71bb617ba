using System.Text.Json.Nodes;

namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>The variables a correlated message hands to the instance that receives it.</summary>
internal static class CorrelatedPayload
{
    public static JsonObject Of(Guid? caseId, Guid? instanceId, string? source)
    {
        var payload = new JsonObject();
        if (caseId is { } c)
        {
            payload["caseId"] = c.ToString();
        }

        if (instanceId is { } i)
        {
            payload["instanceId"] = i.ToString();
        }

        if (source is not null)
        {
            payload["source"] = source;
        }

        return payload;
    }
}
