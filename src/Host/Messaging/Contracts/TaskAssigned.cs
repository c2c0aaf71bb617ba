namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>A workflow created a task for a role or queue, or for a named person.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="InstanceId">Its workflow instance.</param>
/// <param name="CaseId">Its case, when there is one.</param>
/// <param name="Name">The task's name from the workflow (no customer data).</param>
/// <param name="CandidateRole">Role (e.g. <c>FM</c>) or queue (<c>queue:VM-U25-aB</c>) that may claim it.</param>
/// <param name="Assignee">The person who holds it, when the workflow named one.</param>
/// <param name="DueAt">When it is due (UTC).</param>
public sealed record TaskAssigned(
    Guid TaskId, Guid InstanceId, Guid? CaseId, string Name, string? CandidateRole, string? Assignee, DateTime? DueAt);
