using CaseFlow.Host.Http;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Engine;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>The consistency check for process owners: instances waiting for case actions that can no longer happen.</summary>
public static class StaleInstancesApi
{
    public static IEndpointRouteBuilder MapStaleInstancesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/instances/stale", List).WithName("ListStaleInstances")
            .WithTags("Workflow instances (Abläufe)").RequireAuthorization()
            .WithSummary("Process owners: running instances with a task bound to (or a wait for) a case action the case can never again take, "
                + "by element and case state; paged (X-Total-Count). Normally empty.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<StaleInstance>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, StaleInstances stale, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.ProcessOwner))
        {
            return Problems.Forbidden("Die Konsistenzprüfung sehen nur Prozessverantwortliche (forbidden).");
        }

        var found = await stale.FindAsync(cancellationToken);
        Paging.SetTotal(http.Response, found.Count);
        return TypedResults.Ok(found.Skip((page - 1) * pageSize).Take(pageSize).ToList());
    }
}
