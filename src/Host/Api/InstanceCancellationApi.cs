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

/// <summary>Ends a workflow instance by hand (e.g. one stuck in an incident nobody can fix), with a journaled reason.</summary>
/// <remarks>Mapped by <see cref="InstanceRepairApi"/>.</remarks>
public static class InstanceCancellationApi
{
    public sealed record CancelInstanceRequest([TextLimit(TextLimits.Reason)] string? Reason = null);

    internal static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> Cancel(
        Guid id, CancelInstanceRequest? request, [AsParameters] InstanceRepair repair)
    {
        var instance = await repair.Runner.LoadAsync(id, repair.CancellationToken);
        if (instance is null)
        {
            return Problems.NotFound($"Workflow-Instanz {id} nicht gefunden.");
        }

        var (actor, reason, problem) = await repair.CheckAsync(instance, request?.Reason);
        if (problem is not null)
        {
            return problem;
        }

        if (instance.Status != InstanceStatus.Running)
        {
            return Problems.Conflict(instance.Status == InstanceStatus.Completed
                ? "Die Instanz ist bereits abgeschlossen (already completed)."
                : "Die Instanz ist bereits abgebrochen (already cancelled).");
        }

        return await repair.CommitAsync(instance, actor, (engine, i) => engine.Cancel(i, reason));
    }
}
