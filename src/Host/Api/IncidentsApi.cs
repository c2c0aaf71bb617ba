using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>
/// The open incidents (Störungen): process owners see all of them, caseworkers those of the cases they may read
/// (need to know), and whoever started an instance without a case its incidents.
/// </summary>
public static class IncidentsApi
{
    private static readonly string[] CaseRoles = [Roles.Ifk, Roles.Fm, Roles.FmSupervisor, Roles.Abpap];

    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/incidents", List).WithName("ListIncidents")
            .WithTags("Incidents (Störungen)").RequireAuthorization()
            .WithSummary("Open incidents, newest first, paged (X-Total-Count); optionally those of one case.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<OpenIncidentView>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db, WorkflowDefinitions definitions,
        Guid? caseId = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var owner = actor.HasRole(Roles.ProcessOwner);
        if (!owner && !CaseRoles.Any(actor.HasRole))
        {
            return Problems.Forbidden("Störungen sehen Prozessverantwortliche und Fallbearbeitende (forbidden).");
        }

        if (caseId is { } onlyCase && await CaseProblemAsync(onlyCase, actor, owner, db, cancellationToken) is { } caseProblem)
        {
            return caseProblem;
        }

        var query = from incident in db.Set<Incident>().AsNoTracking()
                    join instance in db.WorkflowInstances.AsNoTracking() on incident.InstanceId equals instance.Id
                    where incident.ResolvedAt == null
                    select new { incident, instance.DefinitionKey, instance.DefinitionVersion, instance.CaseId, instance.StartedBy };
        if (caseId is not null)
        {
            query = query.Where(row => row.CaseId == caseId);
        }
        else if (!owner)
        {
            query = query.Where(row => row.CaseId != null || row.StartedBy == actor.UserName);
        }

        var rows = await query.OrderByDescending(row => row.incident.CreatedAt).ToListAsync(cancellationToken);
        var caseIds = rows.Where(row => row.CaseId != null).Select(row => row.CaseId!.Value).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var customerIds = cases.Values.Select(c => c.CustomerId).Distinct().ToList();
        var customerNumbers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.CustomerNumber, cancellationToken);

        var visible = rows
            .Where(row => owner || row.CaseId is not { } id || (cases.TryGetValue(id, out var @case) && CaseAccessPolicy.CanRead(@case, actor)))
            .ToList();
        Paging.SetTotal(http.Response, visible.Count);
        var views = new List<OpenIncidentView>();
        var models = new Dictionary<(string, int), PublishedWorkflow?>();
        foreach (var row in visible.Skip((page - 1) * pageSize).Take(pageSize))
        {
            if (!models.TryGetValue((row.DefinitionKey, row.DefinitionVersion), out var workflow))
            {
                workflow = await definitions.FindPublishedAsync(row.DefinitionKey, row.DefinitionVersion, cancellationToken);
                models[(row.DefinitionKey, row.DefinitionVersion)] = workflow;
            }

            var @case = row.CaseId is { } id ? cases.GetValueOrDefault(id) : null;
            views.Add(new OpenIncidentView(
                row.incident.Id,
                row.incident.InstanceId,
                row.DefinitionKey,
                row.DefinitionVersion,
                row.incident.ElementId,
                workflow is not null && workflow.Model.Nodes.TryGetValue(row.incident.ElementId, out var node) ? node.DisplayName : row.incident.ElementId,
                row.incident.Message,
                row.incident.CreatedAt,
                row.incident.Attempts,
                row.CaseId,
                @case?.Kind,
                @case is null ? null : customerNumbers.GetValueOrDefault(@case.CustomerId)));
        }

        return TypedResults.Ok(views);
    }

    private static async Task<ProblemHttpResult?> CaseProblemAsync(Guid caseId, Actor actor, bool owner, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return Problems.NotFound($"Fall {caseId} nicht gefunden.");
        }

        return owner || CaseAccessPolicy.CanRead(@case, actor)
            ? null
            : Problems.Forbidden("Sie haben keinen Zugriff auf diesen Fall (need to know).");
    }
}
