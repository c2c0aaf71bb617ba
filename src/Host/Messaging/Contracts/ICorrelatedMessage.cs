using System.Text.Json.Nodes;
using MassTransit;

namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>
/// A message that waiting workflow instances receive by name and correlation key (BPMN message catch events,
/// receive tasks, message start events). Not a message type of its own on the bus: each contract is published
/// and consumed under its concrete type.
/// </summary>
[ExcludeFromImplementedTypes]
public interface ICorrelatedMessage
{
    /// <summary>The BPMN message name, e.g. <c>HandoverConfirmed</c>.</summary>
    string MessageName { get; }

    /// <summary>The correlation key, usually the case id.</summary>
    string CorrelationKey { get; }

    /// <summary>What a receiving instance merges into its variables: ids only.</summary>
    JsonObject ToPayload();
}
