using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Engine;

/// <summary>A message a step sends (send task, <c>publish</c>): the Host stores it in the outbox in the same transaction.</summary>
public sealed record OutgoingMessage(string Name, string CorrelationKey, JsonObject Payload);
