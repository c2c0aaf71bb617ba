using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Rules;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// One clock: after a case action changed the case (through the Cases or provider API, or a workflow's <c>case.fire</c>),
/// the <c>cf:dueDate</c> timers of the case's running instances follow the new case data. Staged in the action's unit
/// of work, so they move in the same transaction as the change (or not at all).
/// </summary>
public sealed class CaseTimerRearming(CaseFlowDbContext db, WorkflowDefinitions definitions, RuleBook rules, JobcenterCalendar calendar)
{
    /// <summary>Moves the timers of the case's running instances (but <paramref name="except"/>, which moved its own in its step).</summary>
    public async Task StageAsync(Case @case, Customer customer, string actor, DateTime now, CancellationToken cancellationToken, Guid? except = null)
    {
        var instances = await db.WorkflowInstances
            .Include(i => i.Tokens)
            .Include(i => i.Timers)
            .AsSplitQuery()
            .Where(i => i.CaseId == @case.Id && i.Status == InstanceStatus.Running && i.Id != except)
            .ToListAsync(cancellationToken);
        if (instances.Count == 0)
        {
            return;
        }

        var today = calendar.DateOf(now);
        var caseData = CaseDataView.Of(@case, customer, today);
        var ruleData = RuleValues.Of(rules.At(today));
        foreach (var instance in instances)
        {
            var workflow = await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
            if (workflow is null || !ExpressionTimers.Has(workflow.Model))
            {
                continue;
            }

            db.Journal.AddRange(ExpressionTimers.Rearm(workflow.Model, instance, caseData, ruleData, now, calendar, actor));
        }
    }
}
