using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>
/// A workflow runs once per case unless its process says <c>cf:instancesPerCase="many"</c>: a start while an instance of
/// the key runs for the case (incidents included) is refused with 409 naming it. The check answers the usual case; the
/// filtered unique index on <c>WorkflowInstances</c> refuses the second of two concurrent starts, which then gets the same answer.
/// </summary>
internal static class DuplicateStart
{
    public static async Task<ProblemHttpResult?> ProblemAsync(
        PublishedWorkflow workflow, Guid? caseId, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        if (caseId is null || workflow.Model.ManyInstancesPerCase)
        {
            return null;
        }

        var running = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.CaseId == caseId && i.DefinitionKey == workflow.Key && i.Status == InstanceStatus.Running)
            .OrderBy(i => i.StartedAt)
            .Select(i => new { i.Id, i.DefinitionVersion })
            .FirstOrDefaultAsync(cancellationToken);
        return running is null
            ? null
            : Problems.Conflict(
                $"Für diesen Fall läuft der Workflow '{workflow.Key}' bereits (Instanz {running.Id}, Version {running.DefinitionVersion}); "
                + "er läuft nur einmal je Fall (already running).",
                new Dictionary<string, object?> { ["runningInstanceId"] = running.Id });
    }
}
