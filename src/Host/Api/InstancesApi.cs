using System.Text.Json.Nodes;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>Workflow instances: start one for a case, see where it waits, retry an incident.</summary>
public static class InstancesApi
{
    public sealed record StartRequest(Guid? CaseId = null, JsonObject? Variables = null);

    public sealed record RetryRequest(JsonObject? Variables = null);

    public sealed record InstanceSummary(Guid Id, string DefinitionKey, int DefinitionVersion, string Status, IReadOnlyList<string> WaitingAt, DateTime StartedAt);

    public static IEndpointRouteBuilder MapInstancesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/workflows/{key}/instances", Start).WithName("StartWorkflowInstance")
            .WithTags("Workflow instances (Abläufe)").RequireAuthorization()
            .WithSummary("Starts the latest published version of a workflow for a case (at its none start event); 409 naming the running instance when one runs for the case, unless the process says cf:instancesPerCase=\"many\".");
        var group = endpoints.MapGroup("/api/instances").WithTags("Workflow instances (Abläufe)").RequireAuthorization();
        group.MapGet("/{id:guid}", Get).WithName("GetWorkflowInstance")
            .WithSummary("An instance: where its tokens wait, variables, journal, incidents and open tasks.");
        group.MapPost("/{id:guid}/incidents/{incidentId:guid}/retry", Retry).WithName("RetryIncident")
            .WithSummary("Runs the failed step again, after merging the given variables (e.g. once the cause is fixed).");
        endpoints.MapGet("/api/cases/{id:guid}/instances", OfCase).WithName("ListCaseInstances")
            .WithTags("Workflow instances (Abläufe)").RequireAuthorization()
            .WithSummary("The workflow instances of a case, newest first.");
        return endpoints;
    }

    private static async Task<Results<Created<InstanceView>, ProblemHttpResult>> Start(
        string key, StartRequest? request, HttpContext http, ActorResolver actors, WorkflowDefinitions definitions,
        InstanceRunner runner, CaseFlowDbContext db, EngineOptions options, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (await definitions.FindPublishedAsync(key, null, cancellationToken) is not { } workflow)
        {
            return Problems.NotFound($"Es gibt keinen veröffentlichten Workflow '{key}' (not published).");
        }

        if (workflow.Model.NoneStart is null)
        {
            return Problems.Conflict($"Der Workflow '{key}' startet nur durch eine Nachricht (message start), nicht von Hand.");
        }

        if (VariablesProblem(request?.Variables, options) is { } tooLarge)
        {
            return tooLarge;
        }

        if (await CaseProblemAsync(workflow, request?.CaseId, actor, db, cancellationToken) is { } caseProblem)
        {
            return caseProblem;
        }

        if (await DuplicateStart.ProblemAsync(workflow, request?.CaseId, db, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        var instance = await runner.StartAsync(workflow, request?.CaseId, request?.Variables ?? [], actor, null, cancellationToken);
        try
        {
            await runner.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException) when (request?.CaseId is not null)
        {
            // Another request started the same workflow for the case at the same time: the unique index refused this one.
            db.ChangeTracker.Clear();
            if (await DuplicateStart.ProblemAsync(workflow, request.CaseId, db, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        return TypedResults.Created($"/api/instances/{instance.Id}", await ViewAsync(instance, definitions, db, runner.Now, cancellationToken));
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ActorResolver actors, InstanceRunner runner, InstanceAccess access, WorkflowDefinitions definitions,
        CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var instance = await runner.LoadAsync(id, cancellationToken);
        if (instance is null)
        {
            return Problems.NotFound($"Workflow-Instanz {id} nicht gefunden.");
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return await access.CheckAsync(instance, actor, forAction: false, cancellationToken) is { } denied
            ? Problems.For(denied)
            : TypedResults.Ok(await ViewAsync(instance, definitions, db, runner.Now, cancellationToken));
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> Retry(
        Guid id, Guid incidentId, RetryRequest? request, HttpContext http, ActorResolver actors, InstanceRunner runner,
        InstanceAccess access, WorkflowDefinitions definitions, CaseFlowDbContext db, EngineOptions options, CancellationToken cancellationToken)
    {
        var instance = await runner.LoadAsync(id, cancellationToken);
        if (instance is null || instance.Incidents.All(i => i.Id != incidentId))
        {
            return Problems.NotFound($"Störung (incident) {incidentId} der Instanz {id} nicht gefunden.");
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (await access.CheckAsync(instance, actor, forAction: true, cancellationToken) is { } denied)
        {
            return Problems.For(denied);
        }

        if (VariablesProblem(request?.Variables, options) is { } tooLarge)
        {
            return tooLarge;
        }

        await runner.StepAsync(instance, actor, (engine, i) => engine.RetryIncident(i, incidentId, request?.Variables ?? []), cancellationToken);
        await runner.SaveAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(instance, definitions, db, runner.Now, cancellationToken));
    }

    private static async Task<Results<Ok<List<InstanceSummary>>, ProblemHttpResult>> OfCase(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null)
        {
            return Problems.NotFound($"Fall {id} nicht gefunden.");
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        // The list shows no variables (case data), only which workflow waits where: whoever reads the case sees it.
        if (!CaseAccessPolicy.CanRead(@case, actor))
        {
            return Problems.Forbidden("Sie haben keinen Zugriff auf diesen Fall (need to know).");
        }

        var instances = await db.WorkflowInstances.AsNoTracking().Include(i => i.Tokens).Include(i => i.Incidents)
            .Where(i => i.CaseId == id)
            .OrderByDescending(i => i.StartedAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(instances
            .Select(i => new InstanceSummary(i.Id, i.DefinitionKey, i.DefinitionVersion, InstanceState.Of(i), i.Tokens.Select(t => t.ElementId).ToList(), i.StartedAt))
            .ToList());
    }

    private static async Task<ProblemHttpResult?> CaseProblemAsync(
        PublishedWorkflow workflow, Guid? caseId, Actor actor, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        if (caseId is null)
        {
            return workflow.CaseKind is { } kind
                ? Problems.Invalid("caseId", $"Der Workflow '{workflow.Key}' läuft für einen Fall der Art '{kind}': caseId fehlt.")
                : null;
        }

        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return Problems.NotFound($"Fall {caseId} nicht gefunden.");
        }

        if (workflow.CaseKind is { } expected && @case.Kind != expected)
        {
            return Problems.Invalid("caseId", $"Der Workflow '{workflow.Key}' ist für Fälle der Art '{expected}', dieser Fall ist '{@case.Kind}'.");
        }

        return CaseAccessPolicy.CanSteerWorkflows(@case, actor)
            ? null
            : Problems.Forbidden("Sie dürfen in diesem Fall nicht handeln, also auch keinen Workflow für ihn starten (forbidden).");
    }

    internal static ProblemHttpResult? VariablesProblem(JsonObject? variables, EngineOptions options) =>
        variables is not null && System.Text.Encoding.UTF8.GetByteCount(variables.ToJsonString()) > options.MaxVariablesBytes
            ? Problems.Problem(
                StatusCodes.Status413PayloadTooLarge,
                "Zu groß (payload too large)",
                $"Die Variablen (variables) dürfen höchstens {options.MaxVariablesBytes / 1024} KB groß sein.")
            : null;

    internal static async Task<InstanceView> ViewAsync(
        WorkflowInstance instance, WorkflowDefinitions definitions, CaseFlowDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var workflow = await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
        var journal = await db.Journal.AsNoTracking()
            .Where(j => j.SubjectType == "instance" && j.SubjectId == instance.Id)
            .OrderBy(j => j.At)
            .ThenBy(j => j.Sequence)
            .ToListAsync(cancellationToken);
        return InstanceView.Of(instance, workflow?.Model, journal, now);
    }
}
