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
