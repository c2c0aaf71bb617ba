using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Workflows;

/// <summary>Workflow definitions (BPMN): list, upload a draft, validate, publish a version, read the XML.</summary>
public static class WorkflowsApi
{
    private const string XmlContentType = "application/xml; charset=utf-8";

    public sealed record DraftView(string Key, string Name, WorkflowDefinitionStatus Status, string? CaseKind, string ContentHash, DateTime CreatedAt, string CreatedBy);

    public sealed record PublishedView(string Key, int Version);

    public sealed record ValidationView(bool Valid, string? Key, string? Name, IReadOnlyList<BpmnProblem> Problems);

    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workflows").WithTags("Workflows (BPMN)").RequireAuthorization();
        group.MapGet("/", List).WithName("ListWorkflows")
            .WithSummary("Every workflow key with its name, case kind, draft and published versions (each with runningInstances), and defaultFor: the case kind it starts for.");
        group.MapPost("/", Upload).WithName("UploadWorkflow").WithMetadata(new XmlBodyDocumentation())
            .WithSummary("Uploads a BPMN 2.0 file as the draft of its key (process owners). 400 with problems:[{elementId,message}] when invalid.");
        group.MapPost("/validate", Validate).WithName("ValidateWorkflow").WithMetadata(new XmlBodyDocumentation())
            .WithSummary("Checks a BPMN file like an upload, stores nothing: {valid, problems} (for the designer; process owners only, 403 for others).");
        group.MapPost("/{key}/publish", Publish).WithName("PublishWorkflow")
            .WithSummary("Publishes the key's draft as the next immutable version (process owners).");
        group.MapGet("/{key}/versions/{version:int}", GetVersion).WithName("GetWorkflowVersion").WithSummary("The BPMN XML of a published version.");
        group.MapGet("/{key}/draft", GetDraft).WithName("GetWorkflowDraft").WithSummary("The BPMN XML of the key's draft.");
        return endpoints;
    }

    private static async Task<Ok<List<WorkflowSummary>>> List(CaseFlowDbContext db, DefaultWorkflows defaults, CancellationToken cancellationToken)
    {
        var rows = await db.WorkflowDefinitions.AsNoTracking()
            .Select(d => new WorkflowSummary.Row(
                d.Key, d.Version, d.Status, d.Name, d.CaseKind, d.ContentHash, d.CreatedAt, d.CreatedBy, d.PublishedAt, d.PublishedBy))
            .ToListAsync(cancellationToken);
        var running = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.Status == InstanceStatus.Running)
            .GroupBy(i => new { i.DefinitionKey, i.DefinitionVersion })
            .Select(g => new { g.Key.DefinitionKey, g.Key.DefinitionVersion, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var defaultFor = await defaults.KindsByKeyAsync(cancellationToken);
        return TypedResults.Ok(WorkflowSummary.Of(rows, running.ToDictionary(r => (r.DefinitionKey, r.DefinitionVersion), r => r.Count), defaultFor));
    }

    private static async Task<Results<Created<DraftView>, ProblemHttpResult>> Upload(
        HttpRequest request, ActorResolver actors, BpmnReaderOptions options, WorkflowPublishing publishing, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(request.HttpContext.User, cancellationToken);
        if (!actor.HasRole(Roles.ProcessOwner))
        {
            return NotProcessOwner();
        }

        var (file, refusal) = await BpmnUpload.ReadAsync(request, options, cancellationToken);
        if (refusal is not null)
        {
            return Problems.For(refusal);
        }

        if (file!.Result.Model is not { } model)
        {
            return InvalidFile(file.Result.Problems);
        }

        var draft = await publishing.SaveDraftAsync(model, file.Xml, actor.UserName, cancellationToken);
        return TypedResults.Created(
            $"/api/workflows/{draft.Key}/draft",
            new DraftView(draft.Key, draft.Name, draft.Status, draft.CaseKind, draft.ContentHash, draft.CreatedAt, draft.CreatedBy));
    }

    private static async Task<Results<Ok<ValidationView>, ProblemHttpResult>> Validate(
        HttpRequest request, ActorResolver actors, BpmnReaderOptions options, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(request.HttpContext.User, cancellationToken);
        if (!actor.HasRole(Roles.ProcessOwner))
        {
            return NotProcessOwner();
        }

        var (file, refusal) = await BpmnUpload.ReadAsync(request, options, cancellationToken);
        if (refusal is not null)
        {
            return Problems.For(refusal);
        }

        var result = file!.Result;
        return TypedResults.Ok(new ValidationView(result.IsValid, result.Model?.Key, result.Model?.DisplayName, result.Problems));
    }

    private static async Task<Results<Ok<PublishedView>, ProblemHttpResult>> Publish(
        string key, HttpContext http, ActorResolver actors, WorkflowPublishing publishing, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.ProcessOwner))
        {
            return NotProcessOwner();
        }

        var (published, refusal) = await publishing.PublishDraftAsync(key, actor.UserName, cancellationToken);
        return refusal is not null
            ? Problems.For(refusal)
            : TypedResults.Ok(new PublishedView(published!.Key, published.Version));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetVersion(
        string key, int version, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var xml = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.Key == key && d.Version == version && d.Status == WorkflowDefinitionStatus.Published)
            .Select(d => d.Xml)
            .FirstOrDefaultAsync(cancellationToken);
        return xml is null
            ? Problems.NotFound($"Den Workflow '{key}' gibt es nicht in Version {version}.")
            : TypedResults.Text(xml, XmlContentType);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetDraft(
        string key, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var xml = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.Key == key && d.Status == WorkflowDefinitionStatus.Draft)
            .Select(d => d.Xml)
            .FirstOrDefaultAsync(cancellationToken);
        return xml is null
            ? Problems.NotFound($"Für den Workflow '{key}' gibt es keinen Entwurf (draft).")
            : TypedResults.Text(xml, XmlContentType);
    }

    private static ProblemHttpResult NotProcessOwner() =>
        Problems.Forbidden("Workflows lädt und veröffentlicht die/der Prozessverantwortliche (process owner).");

    private static ProblemHttpResult InvalidFile(IReadOnlyList<BpmnProblem> problems) =>
        Problems.Problem(
            StatusCodes.Status400BadRequest,
            "Ungültige BPMN-Datei (invalid BPMN)",
            $"Die Datei wurde nicht gespeichert: {problems.Count} Problem(e), jeweils mit dem betroffenen Element (elementId).",
            new Dictionary<string, object?> { ["problems"] = problems });
}
