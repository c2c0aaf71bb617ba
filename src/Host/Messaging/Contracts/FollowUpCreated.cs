namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>A follow-up (Wiedervorlage) was set for a caseworker.</summary>
/// <param name="FollowUpId">The follow-up.</param>
/// <param name="CaseId">Its case; null for a follow-up about the customer alone.</param>
/// <param name="Assignee">User name of the caseworker who must act.</param>
/// <param name="DueAt">When it is due (UTC).</param>
public sealed record FollowUpCreated(Guid FollowUpId, Guid? CaseId, string Assignee, DateTime DueAt);
