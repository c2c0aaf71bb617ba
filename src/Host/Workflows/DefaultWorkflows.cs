using System.Text.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// The default workflow of each case kind: read when a case opens (its latest published version starts), changed by a
/// process owner (journaled on the workflow), and for the shipped workflows set at start while a kind has none.
/// </summary>
public sealed class DefaultWorkflows(CaseFlowDbContext db, WorkflowDefinitions definitions, TimeProvider clock)
{
    /// <summary>Case kind -> the shipped workflow that becomes its default while the kind has none.</summary>
    public static readonly IReadOnlyDictionary<string, string> Shipped = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CaseKinds.Bfm] = "bfm-referral",
        [CaseKinds.Outreach] = "outreach-u25",
        [CaseKinds.Referral] = "provider-referral",
    };

    /// <summary>The kind's default, or null when the kind has none.</summary>
    public Task<CaseKindDefault?> FindAsync(string kind, CancellationToken cancellationToken) =>
        db.CaseKindDefaults.AsNoTracking().FirstOrDefaultAsync(d => d.Kind == kind, cancellationToken);

    /// <summary>The latest published version of the kind's default workflow; null when the kind has none.</summary>
    public async Task<PublishedWorkflow?> ToStartAsync(string kind, CancellationToken cancellationToken) =>
        await FindAsync(kind, cancellationToken) is { } chosen
            ? await definitions.FindPublishedAsync(chosen.WorkflowKey, null, cancellationToken)
            : null;

    /// <summary>Workflow key -> the case kind it is the default of.</summary>
    public async Task<Dictionary<string, string>> KindsByKeyAsync(CancellationToken cancellationToken) =>
        (await db.CaseKindDefaults.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(d => d.WorkflowKey, d => d.Kind, StringComparer.Ordinal);

    /// <summary>Makes <paramref name="workflow"/> the default of <paramref name="kind"/> and journals who changed what (staged, not saved).</summary>
    public async Task<CaseKindDefault> StageAsync(string kind, PublishedWorkflow workflow, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.CaseKindDefaults.FirstOrDefaultAsync(d => d.Kind == kind, cancellationToken);
        var previous = row?.WorkflowKey;
        if (row is null)
        {
            row = new CaseKindDefault { Kind = kind, WorkflowKey = workflow.Key, SetAt = now, SetBy = actor };
            db.CaseKindDefaults.Add(row);
        }
        else
        {
            (row.WorkflowKey, row.SetAt, row.SetBy) = (workflow.Key, now, actor);
        }

        var definitionId = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.Key == workflow.Key && d.Version == workflow.Version)
            .Select(d => d.Id)
            .SingleAsync(cancellationToken);
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor,
            SubjectType = "workflow",
            SubjectId = definitionId,
            Action = "default",
            FromState = previous,
            ToState = workflow.Key,
            Note = $"Standard-Workflow für Fälle der Art '{kind}' (default workflow)",
            Data = JsonSerializer.Serialize(new { kind, key = workflow.Key, version = workflow.Version, previousKey = previous }),
        });
        return row;
    }

    /// <summary>Sets the shipped default of every kind that has none yet, when that workflow is published for the kind.</summary>
    public async Task SeedShippedAsync(string actor, CancellationToken cancellationToken)
    {
        var chosen = await db.CaseKindDefaults.AsNoTracking().Select(d => d.Kind).ToListAsync(cancellationToken);
        foreach (var (kind, key) in Shipped.Where(s => !chosen.Contains(s.Key)))
        {
            if (await definitions.FindPublishedAsync(key, null, cancellationToken) is { } workflow && workflow.CaseKind == kind)
            {
                await StageAsync(kind, workflow, actor, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
