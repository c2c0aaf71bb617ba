using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Host.Api;

/// <summary>A workflow instance as <c>GET /api/instances/{id}</c> shows it: where it waits, its variables, journal and incidents.</summary>
public sealed record InstanceView(
    Guid Id,
    string DefinitionKey,
    int DefinitionVersion,
    Guid? CaseId,
    string Status,
    IReadOnlyList<InstanceView.Wait> WaitingAt,
    JsonObject Variables,
    IReadOnlyList<InstanceView.JournalLine> Journal,
    IReadOnlyList<InstanceView.IncidentView> Incidents,
    IReadOnlyList<TaskView> OpenTasks,
    DateTime StartedAt,
    string StartedBy,
    DateTime? EndedAt,
    int Version,
    IReadOnlyList<InstanceView.Element> SkipTargets)
{
    /// <summary>An element of the workflow by id and name (the skip targets: where the token of an open incident may go on).</summary>
    public sealed record Element(string Id, string Name);

    public sealed record Wait(string ElementId, string Name, string For, DateTime Since);

    public sealed record JournalLine(DateTime At, string Actor, string Action, string? ElementId, string? Note, string? Reason);

    public sealed record IncidentView(Guid Id, string ElementId, string Message, DateTime CreatedAt, int Attempts, DateTime? ResolvedAt, string? ResolvedBy);

    public static InstanceView Of(WorkflowInstance instance, WorkflowModel? model, IEnumerable<JournalEntry> journal, DateTime now) => new(
        instance.Id,
        instance.DefinitionKey,
        instance.DefinitionVersion,
        instance.CaseId,
        InstanceState.Of(instance),
        instance.Tokens
            .OrderBy(t => t.CreatedAt)
            .Select(t => new Wait(t.ElementId, NameOf(model, t.ElementId), t.Wait.ToString(), t.CreatedAt))
            .ToList(),
        instance.ReadVariables(),
        journal.Select(j => new JournalLine(j.At, j.Actor, j.Action, j.ElementId, j.Note, j.Reason)).ToList(),
        instance.Incidents
            .OrderBy(i => i.CreatedAt)
            .Select(i => new IncidentView(i.Id, i.ElementId, i.Message, i.CreatedAt, i.Attempts, i.ResolvedAt, i.ResolvedBy))
            .ToList(),
        instance.Tasks.Where(t => t.Status == HumanTaskStatus.Open).Select(t => TaskView.Of(t, now)).ToList(),
        instance.StartedAt,
        instance.StartedBy,
        instance.EndedAt,
        instance.Version,
        model is not null && instance.Incidents.Any(i => i.IsOpen)
            ? CaseFlow.Workflows.Engine.SkipTargets.Of(model).Select(node => new Element(node.Id, node.DisplayName)).ToList()
            : []);

    private static string NameOf(WorkflowModel? model, string elementId) =>
        model is not null && model.Nodes.TryGetValue(elementId, out var node) ? node.DisplayName : elementId;
}
