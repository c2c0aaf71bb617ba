namespace CaseFlow.Host.Messaging.Contracts;

// The typed correlated messages: one line each, all in this file, because they differ in nothing but their name.
// Adding one is a change of this file only: the outbox, the relay and the consumers find every ICorrelatedMessage
// here (MessageContracts.Correlated), and a workflow that sends a message of that name sends this type. Each keeps its
// own type on the bus (urn:message:CaseFlow.Host.Messaging.Contracts:<Name>): do not rename or move one that a running
// host may still send. Any other BPMN message name travels as a WorkflowMessage.

/// <summary>A workflow hands a case over to another role, queue or provider (BPMN send task <c>HandoverRequested</c>).</summary>
public sealed record HandoverRequested(string CorrelationKey, Guid? CaseId, Guid? InstanceId, string? Source) : ICorrelatedMessage;

/// <summary>The receiving side (provider or FM on its behalf) took the hand-over over.</summary>
public sealed record HandoverConfirmed(string CorrelationKey, Guid? CaseId, Guid? InstanceId, string? Source) : ICorrelatedMessage;

/// <summary>The receiving side declined the hand-over; the reason stays in the case journal.</summary>
public sealed record HandoverDeclined(string CorrelationKey, Guid? CaseId, Guid? InstanceId, string? Source) : ICorrelatedMessage;

/// <summary>A provider's progress report was recorded for the case; the report itself stays in the case.</summary>
public sealed record ProviderReportReceived(string CorrelationKey, Guid? CaseId, Guid? InstanceId, string? Source) : ICorrelatedMessage;

/// <summary>The FM waived the bFM referral (no intake); the 6-month re-check starts from it.</summary>
public sealed record BfmWaived(string CorrelationKey, Guid? CaseId, Guid? InstanceId, string? Source) : ICorrelatedMessage;
