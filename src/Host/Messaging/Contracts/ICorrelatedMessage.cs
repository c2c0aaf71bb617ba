using System.Text.Json.Nodes;
using MassTransit;

namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>
/// A message that waiting workflow instances receive by name and correlation key (BPMN message catch events,
/// receive tasks, message start events): the typed ones in <c>CorrelatedMessages.cs</c> and <see cref="WorkflowMessage"/>.
/// Not a message type of its own on the bus: each contract is published and consumed under its concrete type.
/// Ids only, never health or addiction details.
/// </summary>
[ExcludeFromImplementedTypes]
public interface ICorrelatedMessage
{
    /// <summary>The key waiting instances match, usually the case id.</summary>
    string CorrelationKey { get; }

    /// <summary>The case, when there is one.</summary>
    Guid? CaseId { get; }

    /// <summary>The workflow instance that sent it (null when a case action did).</summary>
    Guid? InstanceId { get; }

    /// <summary>The BPMN element that sent it, or the case action (e.g. <c>provider-confirm</c>).</summary>
    string? Source { get; }

    /// <summary>The BPMN message name: the contract's name (e.g. <c>HandoverConfirmed</c>) unless the contract carries one.</summary>
    string MessageName => GetType().Name;

    /// <summary>What a receiving instance merges into its variables: ids only.</summary>
    JsonObject ToPayload()
    {
        var payload = new JsonObject();
        if (CaseId is { } caseId)
        {
            payload["caseId"] = caseId.ToString();
        }

        if (InstanceId is { } instanceId)
        {
            payload["instanceId"] = instanceId.ToString();
        }

        if (Source is not null)
        {
            payload["source"] = Source;
        }

        return payload;
    }
}
