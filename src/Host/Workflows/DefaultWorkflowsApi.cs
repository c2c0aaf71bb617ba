using CaseFlow.Host.Http;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Workflows;

/// <summary>The default workflow of a case kind, which starts when a case of the kind opens: read it, and (process owners) choose it.</summary>
public static class DefaultWorkflowsApi
{
    public sealed record DefaultWorkflowRequest([TextLimit(TextLimits.Code)] string? Key = null);

    /// <summary>The kind's default: <paramref name="Key"/> starts in its latest published version (<paramref name="Version"/>, now).</summary>
    public sealed record DefaultWorkflowView(string Kind, string Key, int? Version, DateTime SetAt, string SetBy);

    public static IEndpointRouteBuilder MapDefaultWorkflowsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/case-kinds/{kind}/default-workflow").WithTags("Workflows (BPMN)").RequireAuthorization();
        group.MapGet("/", Get).WithName("GetDefaultWorkflow")
            .WithSummary("The workflow that starts when a case of the kind opens (404 when the kind has none).");
        group.MapPut("/", Set).WithName("SetDefaultWorkflow").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Makes a published workflow of the kind its default (process owners; journaled). 409 when it is not published, 400 when it is for another kind or cannot start by hand.");
        return endpoints;
    }

    private static async Task<Results<Ok<DefaultWorkflowView>, ProblemHttpResult>> Get(
        string kind, CaseLifecycles lifecycles, DefaultWorkflows defaults, WorkflowDefinitions definitions, CancellationToken cancellationToken)
    {
        if (lifecycles.Find(kind) is null)
        {
            return UnknownKind(kind, lifecycles);
        }

        return await defaults.FindAsync(kind, cancellationToken) is { } chosen
            ? TypedResults.Ok(await ViewAsync(chosen, definitions, cancellationToken))
            : Problems.NotFound($"Für Fälle der Art '{kind}' ist kein Standard-Workflow festgelegt (no default workflow).");
    }

    private static async Task<Results<Ok<DefaultWorkflowView>, ProblemHttpResult>> Set(
        string kind, DefaultWorkflowRequest? request, HttpContext http, ActorResolver actors, CaseLifecycles lifecycles,
        DefaultWorkflows defaults, WorkflowDefinitions definitions, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.ProcessOwner))
        {
            return Problems.Forbidden("Den Standard-Workflow einer Fallart legt die/der Prozessverantwortliche fest (process owner).");
        }

        if (lifecycles.Find(kind) is null)
        {
            return UnknownKind(kind, lifecycles);
        }

        if (request?.Key is not { Length: > 0 } key)
        {
            return Problems.Invalid("key", "Welcher Workflow soll der Standard sein? key fehlt (required).");
        }

        if (await definitions.FindPublishedAsync(key, null, cancellationToken) is not { } workflow)
        {
            return await db.WorkflowDefinitions.AnyAsync(d => d.Key == key, cancellationToken)
                ? Problems.Conflict($"Der Workflow '{key}' ist noch nicht veröffentlicht (not published); nur veröffentlichte Workflows können Standard sein.")
                : Problems.NotFound($"Den Workflow '{key}' gibt es nicht (unknown workflow).");
        }

        if (workflow.CaseKind != kind)
        {
            return Problems.Invalid("key", $"Der Workflow '{key}' ist für Fälle der Art '{workflow.CaseKind ?? "(keine)"}', nicht '{kind}' (case kind differs).");
        }

        if (workflow.Model.NoneStart is null)
        {
            return Problems.Invalid("key", $"Der Workflow '{key}' startet nur durch eine Nachricht (message start), nicht beim Öffnen eines Falls.");
        }

        var chosen = await defaults.StageAsync(kind, workflow, actor.UserName, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(chosen, definitions, cancellationToken));
    }

    private static async Task<DefaultWorkflowView> ViewAsync(CaseKindDefault chosen, WorkflowDefinitions definitions, CancellationToken cancellationToken)
    {
        var latest = await definitions.FindPublishedAsync(chosen.WorkflowKey, null, cancellationToken);
        return new DefaultWorkflowView(chosen.Kind, chosen.WorkflowKey, latest?.Version, chosen.SetAt, chosen.SetBy);
    }

    private static ProblemHttpResult UnknownKind(string kind, CaseLifecycles lifecycles) =>
        Problems.NotFound($"Unbekannte Fallart '{kind}' (unknown case kind). Verfügbar: {string.Join(", ", lifecycles.Kinds)}.");
}
