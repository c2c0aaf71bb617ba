using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// One clock: after a case action changed the case (through the Cases or provider API, or a workflow's <c>case.fire</c>),
/// the <c>cf:dueDate</c> timers of the case's running instances follow the new case data. Staged in the action's unit
/// of work, so they move in the same transaction as the change (or not at all).
/// </summary>
public sealed class CaseTimerRearming(CaseFlowDbContext db, WorkflowDefinitions definitions)
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

        var caseData = CaseDataView.Of(@case, customer, now);
        foreach (var instance in instances)
        {
            var workflow = await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
            if (workflow is null || !workflow.Model.Nodes.Values.Any(HasDueDateTimer))
            {
                continue;
            }

            db.Journal.AddRange(ExpressionTimers.Rearm(workflow.Model, instance, caseData, now, actor));
        }
    }

    private static bool HasDueDateTimer(CaseFlow.Workflows.Bpmn.FlowNode node) => node switch
    {
        CaseFlow.Workflows.Bpmn.BoundaryEvent boundary => boundary.Timer?.DueDate is not null,
        CaseFlow.Workflows.Bpmn.IntermediateCatchEvent catchEvent => catchEvent.Timer?.DueDate is not null,
        _ => false,
    };
}
