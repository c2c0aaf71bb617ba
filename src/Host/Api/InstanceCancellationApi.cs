using CaseFlow.Host.Auth;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>Ends a workflow instance by hand (e.g. one stuck in an incident nobody can fix), with a journaled reason.</summary>
public static class InstanceCancellationApi
{
    public const int MaxReasonLength = 1000;

    public sealed record CancelInstanceRequest(string? Reason = null);

    public static IEndpointRouteBuilder MapInstanceCancellationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/instances/{id:guid}/cancel", Cancel).WithName("CancelWorkflowInstance")
            .WithTags("Workflow instances (Abläufe)").RequireAuthorization()
            .WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Cancels a running instance: open tasks cancelled, timers and subscriptions removed, reason journaled.");
        return endpoints;
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> Cancel(
        Guid id, CancelInstanceRequest? request, HttpContext http, ActorResolver actors, InstanceRunner runner, InstanceAccess access,
        WorkflowDefinitions definitions, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var instance = await runner.LoadAsync(id, cancellationToken);
        if (instance is null)
        {
            return Problems.NotFound($"Workflow-Instanz {id} nicht gefunden.");
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.ProcessOwner) && await access.CheckAsync(instance, actor, forAction: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        var reason = request?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return Problems.Invalid("reason", $"Ein Grund (reason) ist nötig, höchstens {MaxReasonLength} Zeichen.");
        }

        if (instance.Status != InstanceStatus.Running)
        {
            return Problems.Conflict(instance.Status == InstanceStatus.Completed
                ? "Die Instanz ist bereits abgeschlossen (already completed)."
                : "Die Instanz ist bereits abgebrochen (already cancelled).");
        }

        await runner.StepAsync(instance, actor, (engine, i) => engine.Cancel(i, reason), cancellationToken);
        await runner.SaveAsync(cancellationToken);
        return TypedResults.Ok(await InstancesApi.ViewAsync(instance, definitions, db, runner.Now, cancellationToken));
    }
}
