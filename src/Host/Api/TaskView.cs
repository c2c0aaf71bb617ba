using CaseFlow.Workflows.Engine;

namespace CaseFlow.Host.Api;

/// <summary>A task as the inbox shows it (<c>GET /api/tasks</c>).</summary>
public sealed record TaskView(
    Guid Id,
    string Name,
    Guid? CaseId,
    Guid InstanceId,
    string ElementId,
    string? CandidateRole,
    string? Assignee,
    string? FormKey,
    DateTime CreatedAt,
    DateTime? DueAt,
    bool Overdue,
    string Status,
    DateTime? CompletedAt,
    string? CompletedBy)
{
    /// <summary>The case's customer (name, Kundennummer) in the inbox list; null for a task without a case or outside the list.</summary>
    public CustomerRef? Customer { get; init; }

    /// <summary>The case's kind (<c>bfm</c>, <c>outreach</c>, <c>referral</c>); only in <c>GET /api/tasks/{id}</c>, null without a case.</summary>
    public string? CaseKind { get; init; }

    /// <summary>
    /// The case actions completing the task performs (<c>cf:caseAction</c>): one, or several chosen with the variable
    /// <c>caseAction</c>; empty when the task is not bound. Only in <c>GET /api/tasks/{id}</c> (null in lists).
    /// </summary>
    public IReadOnlyList<string>? CaseActions { get; init; }

    public static TaskView Of(HumanTask task, DateTime now) => new(
        task.Id,
        task.Name,
        task.CaseId,
        task.InstanceId,
        task.ElementId,
        task.CandidateRole,
        task.Assignee,
        task.FormKey,
        task.CreatedAt,
        task.DueAt,
        task.Status == HumanTaskStatus.Open && task.DueAt < now,
        task.Status.ToString(),
        task.CompletedAt,
        task.CompletedBy);
}
