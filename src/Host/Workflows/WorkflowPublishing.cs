using System.Text.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// Stores checked BPMN files: an upload becomes (or replaces) the key's draft, publishing turns the draft into
/// the next version. Every upload and publish is journaled. Callers pass only files <see cref="BpmnReader"/> accepted.
/// </summary>
public sealed class WorkflowPublishing(CaseFlowDbContext db, TimeProvider clock)
{
    /// <summary>Saves the file as the draft of its key, replacing an earlier draft.</summary>
    public async Task<WorkflowDefinition> SaveDraftAsync(WorkflowModel model, string xml, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = await FindDraftAsync(model.Key, cancellationToken);
        if (draft is null)
        {
            draft = New(model, xml, actor, now);
            db.WorkflowDefinitions.Add(draft);
        }
        else
        {
            (draft.Name, draft.CaseKind, draft.Xml, draft.ContentHash) = (model.DisplayName, model.CaseKind, xml, WorkflowDefinition.HashOf(xml));
            (draft.CreatedAt, draft.CreatedBy) = (now, actor);
        }

        db.Journal.Add(Journal(draft, "upload", actor, now));
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>
    /// Publishes the key's draft as the next version, or refuses: 404 when the key has neither draft nor version, 409 when
    /// its draft is already published (a concurrent publish took it first). The draft is claimed by one conditional UPDATE (<c>... WHERE Status = 'Draft'</c>)
    /// in the publish's transaction, so of two hosts publishing at once exactly one wins and journals.
    /// </summary>
    public async Task<(WorkflowDefinition? Published, Refusal? Refusal)> PublishDraftAsync(string key, string actor, CancellationToken cancellationToken)
    {
        var draft = await FindDraftAsync(key, cancellationToken);
        if (draft is null)
        {
            // Published and no new draft: a second publish of the same draft (at once or later) is a conflict, not a 404.
            return await FindLatestPublishedAsync(key, cancellationToken) is { } latest
                ? (null, Refusal.Conflict(
                    $"Der Entwurf des Workflows '{key}' ist schon als Version {latest.Version} veröffentlicht (already published); es gibt keinen neuen Entwurf."))
                : (null, Refusal.NotFound($"Für den Workflow '{key}' gibt es keinen Entwurf (draft) zum Veröffentlichen."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.WorkflowDefinitions
            .Where(d => d.Id == draft.Id && d.Status == WorkflowDefinitionStatus.Draft)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, WorkflowDefinitionStatus.Published), cancellationToken);
        if (claimed == 0)
        {
            return (null, Refusal.Conflict(
                $"Der Entwurf des Workflows '{key}' wurde gleichzeitig schon veröffentlicht (already published concurrently). Bitte neu laden."));
        }

        await PublishAsync(draft, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (draft, null);
    }

    /// <summary>Publishes a file straight as the next version of its key (shipped workflows), leaving the key's draft alone.</summary>
    public async Task<WorkflowDefinition> PublishAsync(WorkflowModel model, string xml, string actor, CancellationToken cancellationToken)
    {
        var definition = New(model, xml, actor, clock.GetUtcNow().UtcDateTime);
        db.WorkflowDefinitions.Add(definition);
        await PublishAsync(definition, actor, cancellationToken);
        return definition;
    }

    /// <summary>The latest published version of a key, or null.</summary>
    public Task<WorkflowDefinition?> FindLatestPublishedAsync(string key, CancellationToken cancellationToken) =>
        db.WorkflowDefinitions
            .Where(d => d.Key == key && d.Status == WorkflowDefinitionStatus.Published)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task PublishAsync(WorkflowDefinition definition, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var latest = await FindLatestPublishedAsync(definition.Key, cancellationToken);
        definition.Publish((latest?.Version ?? 0) + 1, actor, now);
        db.Journal.Add(Journal(definition, "publish", actor, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<WorkflowDefinition?> FindDraftAsync(string key, CancellationToken cancellationToken) =>
        db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.Key == key && d.Status == WorkflowDefinitionStatus.Draft, cancellationToken);

    private static WorkflowDefinition New(WorkflowModel model, string xml, string actor, DateTime now) => new()
    {
        Key = model.Key,
        Name = model.DisplayName,
        CaseKind = model.CaseKind,
        Xml = xml,
        ContentHash = WorkflowDefinition.HashOf(xml),
        CreatedAt = now,
        CreatedBy = actor,
    };

    private static JournalEntry Journal(WorkflowDefinition definition, string action, string actor, DateTime now) => new()
    {
        At = now,
        Actor = actor,
        SubjectType = "workflow",
        SubjectId = definition.Id,
        Action = action,
        ToState = definition.Status.ToString(),
        Data = JsonSerializer.Serialize(new { key = definition.Key, version = definition.Version, contentHash = definition.ContentHash }),
    };
}
