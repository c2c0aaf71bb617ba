namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>Someone completed a task (the submitted variables stay in the instance).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="InstanceId">Its workflow instance.</param>
/// <param name="CaseId">Its case, when there is one.</param>
/// <param name="CompletedBy">User name of the person who completed it.</param>
/// <param name="CompletedAt">When (UTC).</param>
public sealed record TaskCompleted(Guid TaskId, Guid InstanceId, Guid? CaseId, string CompletedBy, DateTime CompletedAt);
