using CaseFlow.Host.Auth;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Api;

/// <summary>Skips a failed step: the incident's token goes on at a chosen element instead of running the step again.</summary>
/// <remarks>Mapped by <see cref="InstanceRepairApi"/>.</remarks>
public static class IncidentSkipApi
{
    public sealed record SkipIncidentRequest([TextLimit(TextLimits.Name)] string? ToElementId = null, [TextLimit(TextLimits.Reason)] string? Reason = null);

    internal static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> Skip(
        Guid id, Guid incidentId, SkipIncidentRequest? request, [AsParameters] InstanceRepair repair)
    {
        var instance = await repair.Runner.LoadAsync(id, repair.CancellationToken);
        var incident = instance?.Incidents.Find(i => i.Id == incidentId);
        if (instance is null || incident is null)
        {
            return Problems.NotFound($"Störung (incident) {incidentId} der Instanz {id} nicht gefunden.");
        }

        var (actor, reason, problem) = await repair.CheckAsync(instance, request?.Reason);
        if (problem is not null)
        {
            return problem;
        }

        var target = request?.ToElementId?.Trim();
        var workflow = await repair.Definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, repair.CancellationToken);
        var targetProblem = string.IsNullOrEmpty(target)
            ? "Das Ziel (toElementId) fehlt: die Element-ID, bei der der Ablauf weiterlaufen soll."
            : workflow is null
                ? $"Die Workflow-Version {instance.DefinitionKey} v{instance.DefinitionVersion} fehlt (definition missing)."
                : SkipTargets.Problem(workflow.Model, target);
        if (targetProblem is not null)
        {
            return Problems.Invalid("toElementId", targetProblem);
        }

        if (!incident.IsOpen)
        {
            return Problems.Conflict("Die Störung ist bereits behoben (incident already resolved).");
        }

        return await repair.CommitAsync(instance, actor, (engine, i) => engine.SkipIncident(i, incidentId, target!, reason));
    }
}
