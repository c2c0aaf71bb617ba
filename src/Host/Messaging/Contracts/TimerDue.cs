namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>Command: fire this due workflow timer. Written by the timer poller of whichever host claimed it.</summary>
/// <param name="TimerId">The timer.</param>
/// <param name="InstanceId">Its workflow instance.</param>
public sealed record TimerDue(Guid TimerId, Guid InstanceId);
