using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Rules;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// One clock after a rule change: the <c>cf:dueDate</c> timers that read <c>rules.*</c> move, in every running instance,
/// to the dates the new rule values give; each move is journaled on its instance (<c>timer.moved</c>, "von X auf Y", with
/// the change as the reason). All instances commit in one transaction. A timer already at its date is left alone and
/// nothing is written, so running it again (another host, a restart) changes nothing.
/// </summary>
public sealed class RuleTimerRearming(
    CaseFlowDbContext db, WorkflowDefinitions definitions, JobcenterCalendar calendar, ILogger<RuleTimerRearming> logger)
{
    /// <summary>Moves the timers to the dates <paramref name="rules"/> give at <paramref name="now"/>; returns how many instances moved.</summary>
    public async Task<int> RearmAsync(RuleSets rules, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var ruleData = RuleValues.Of(rules);
        var moved = 0;
        foreach (var (key, version, model) in await VersionsReadingRulesAsync(cancellationToken))
        {
            var instances = await db.WorkflowInstances
                .Include(i => i.Tokens)
                .Include(i => i.Timers)
                .AsSplitQuery()
                .Where(i => i.Status == InstanceStatus.Running && i.DefinitionKey == key && i.DefinitionVersion == version)
                .ToListAsync(cancellationToken);
            var cases = await CaseDataAsync(instances, now, cancellationToken);
            foreach (var instance in instances)
            {
                var journal = ExpressionTimers.Rearm(
                    model, instance, instance.CaseId is { } caseId ? cases.GetValueOrDefault(caseId) : null, ruleData, now, calendar, EngineActors.SystemUserName, reason);
                if (journal.Any(line => line.Action is "timer.moved" or "timer.scheduled"))
                {
                    db.Journal.AddRange(journal);
                    moved++;
                }
                else if (journal.Count > 0)
                {
                    // Only "timer.unchanged" (the date is missing or the expression failed): nothing moved, nothing is written,
                    // so that every sweep stays without effect until the data is there.
                    logger.LogWarning("A rule-dependent timer of instance {InstanceId} gives no due date; it stays where it is", instance.Id);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return moved;
    }

    /// <summary>The published versions with running instances whose <c>cf:dueDate</c> timers read <c>rules</c>.</summary>
    private async Task<List<(string Key, int Version, WorkflowModel Model)>> VersionsReadingRulesAsync(CancellationToken cancellationToken)
    {
        var running = await db.WorkflowInstances
            .Where(i => i.Status == InstanceStatus.Running)
            .Select(i => new { i.DefinitionKey, i.DefinitionVersion })
            .Distinct()
            .ToListAsync(cancellationToken);
        var versions = new List<(string, int, WorkflowModel)>();
        foreach (var head in running)
        {
            var workflow = await definitions.FindPublishedAsync(head.DefinitionKey, head.DefinitionVersion, cancellationToken);
            if (workflow is not null && ExpressionTimers.Has(workflow.Model, RuleValues.Root))
            {
                versions.Add((head.DefinitionKey, head.DefinitionVersion, workflow.Model));
            }
        }

        return versions;
    }

    private async Task<Dictionary<Guid, System.Text.Json.Nodes.JsonObject>> CaseDataAsync(
        List<WorkflowInstance> instances, DateTime now, CancellationToken cancellationToken)
    {
        var caseIds = instances.Where(i => i.CaseId is not null).Select(i => i.CaseId!.Value).Distinct().ToList();
        var cases = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var customerIds = cases.Select(c => c.CustomerId).Distinct().ToList();
        var customers = await db.Customers.Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var today = calendar.DateOf(now);
        return cases.ToDictionary(c => c.Id, c => CaseDataView.Of(c, customers[c.CustomerId], today));
    }
}
