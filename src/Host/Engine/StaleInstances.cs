using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// The consistency check between cases and workflows: running instances with an open task bound to (or a wait for the
/// case event of) actions that the case's lifecycle can never again allow from its state. Normally there are none, because
/// every action taken is followed (<see cref="CaseActionFollower"/>); the admin route and the tests look for them.
/// </summary>
public sealed class StaleInstances(CaseFlowDbContext db, WorkflowDefinitions definitions, CaseLifecycles lifecycles)
{
    public async Task<IReadOnlyList<StaleInstance>> FindAsync(CancellationToken cancellationToken)
    {
        var instances = await db.WorkflowInstances.AsNoTracking()
            .Include(i => i.Tasks.Where(t => t.Status == HumanTaskStatus.Open))
            .Include(i => i.Subscriptions.Where(s => s.MessageName.StartsWith(BoundWork.CaseEventPrefix)))
            .AsSplitQuery()
            .Where(i => i.Status == InstanceStatus.Running && i.CaseId != null)
            .Where(i => i.Tasks.Any(t => t.Status == HumanTaskStatus.Open) || i.Subscriptions.Any(s => s.MessageName.StartsWith(BoundWork.CaseEventPrefix)))
            .OrderBy(i => i.StartedAt)
            .ToListAsync(cancellationToken);
        var caseIds = instances.Select(i => i.CaseId!.Value).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        var found = new List<StaleInstance>();
        foreach (var instance in instances)
        {
            var workflow = await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
            if (workflow is null || !cases.TryGetValue(instance.CaseId!.Value, out var @case) || lifecycles.Find(@case.Kind) is not { } lifecycle)
            {
                continue;
            }

            foreach (var wait in BoundWork.StaleWaits(workflow.Model, instance, lifecycle.ActionsReachableFrom(@case)))
            {
                found.Add(new StaleInstance(
                    instance.Id, instance.DefinitionKey, instance.DefinitionVersion, @case.Id, @case.Kind, @case.State,
                    wait.ElementId, wait.Actions, wait.Describe(@case.State) + " (stale: waits for an action that can no longer happen)."));
            }
        }

        return found;
    }
}
