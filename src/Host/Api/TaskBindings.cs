using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Bpmn;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>
/// Adds to one task view what its form is made of: the case actions the task is bound to (<c>cf:caseAction</c> of its
/// user task in the instance's published workflow version) and the case's kind, whose lifecycle serves their schemas.
/// </summary>
internal static class TaskBindings
{
    public static async Task<TaskView> WithBindingAsync(
        this TaskView view, CaseFlowDbContext db, WorkflowDefinitions definitions, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.Id == view.InstanceId)
            .Select(i => new { i.DefinitionKey, i.DefinitionVersion })
            .FirstOrDefaultAsync(cancellationToken);
        var workflow = instance is null ? null : await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
        var actions = workflow?.Model.Nodes.GetValueOrDefault(view.ElementId) is UserTask node ? node.CaseActions : [];
        var kind = view.CaseId is { } caseId
            ? await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Kind).FirstOrDefaultAsync(cancellationToken)
            : null;
        return view with { CaseKind = kind ?? workflow?.Model.CaseKind, CaseActions = actions };
    }
}
