using CaseFlow.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Workflows;

/// <summary>The published workflow versions with their parsed models (cached), for the engine and the instance API.</summary>
public sealed class WorkflowDefinitions(CaseFlowDbContext db, WorkflowModelCache cache)
{
    /// <summary>A published version of <paramref name="key"/>; the latest when <paramref name="version"/> is null. Null when there is none.</summary>
    public async Task<PublishedWorkflow?> FindPublishedAsync(string key, int? version, CancellationToken cancellationToken)
    {
        var published = Published().Where(d => d.Key == key);
        published = version is { } wanted ? published.Where(d => d.Version == wanted) : published.OrderByDescending(d => d.Version);
        var head = await published.Select(d => new Head(d.Key, d.Version, d.CaseKind)).FirstOrDefaultAsync(cancellationToken);
        return head is null ? null : await LoadAsync(head, cancellationToken);
    }

    /// <summary>The latest published version of every key, ordered by key.</summary>
    public async Task<IReadOnlyList<PublishedWorkflow>> LatestPublishedAsync(CancellationToken cancellationToken)
    {
        var heads = await Published().Select(d => new Head(d.Key, d.Version, d.CaseKind)).ToListAsync(cancellationToken);
        var latest = new List<PublishedWorkflow>();
        foreach (var head in heads.GroupBy(h => h.Key).Select(g => g.MaxBy(h => h.Version)!).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            latest.Add(await LoadAsync(head, cancellationToken));
        }

        return latest;
    }

    private IQueryable<WorkflowDefinition> Published() =>
        db.WorkflowDefinitions.AsNoTracking().Where(d => d.Status == WorkflowDefinitionStatus.Published);

    private async Task<PublishedWorkflow> LoadAsync(Head head, CancellationToken cancellationToken)
    {
        if (!cache.TryGet(head.Key, head.Version, out var model))
        {
            var xml = await Published().Where(d => d.Key == head.Key && d.Version == head.Version).Select(d => d.Xml).SingleAsync(cancellationToken);
            model = cache.GetOrRead(head.Key, head.Version, xml);
        }

        return new PublishedWorkflow(head.Key, head.Version, head.CaseKind, model);
    }

    private sealed record Head(string Key, int Version, string? CaseKind);
}
