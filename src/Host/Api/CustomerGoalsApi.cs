using CaseFlow.Host.Audit;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Goals;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Goals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>
/// A customer's development goals (fa:z goal cycle): agree one (one active at a time), link interventions, review. The
/// customer's coach acts (FM of a running bFM case or a deputy, else the responsible IFK); FM supervisors read.
/// </summary>
public static class CustomerGoalsApi
{
    public static IEndpointRouteBuilder MapCustomerGoalsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/customers/{id:guid}/goals").WithTags(GoalsApi.Tag).RequireAuthorization();
        group.MapGet("/", List).WithName("ListCustomerGoals")
            .WithSummary("The customer's goals, newest first (the active one, if any, comes first), with interventions and reviews; paging with page/pageSize, total in X-Total-Count.");
        group.MapPost("/", Agree).WithName("AgreeGoal").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Records a goal agreed with the customer (agreedWithCustomer: true) for one resource area; 409 naming the active goal while one is active.");
        group.MapPost("/{goalId:guid}/interventions", LinkIntervention).WithName("LinkGoalIntervention").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Links an intervention (measure, counselling, referral; a referral case of the customer by caseId) to the active goal.");
        group.MapPost("/{goalId:guid}/review", Review).WithName("ReviewGoal").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Reviews the active goal: strengthened ends it as achieved; notStrengthened needs a note and a decision (keep, adjust, end).");
        return endpoints;
    }

    private static async Task<Results<Ok<List<GoalView>>, ProblemHttpResult>> List(
        Guid id, HttpContext http, GoalService goals, ResourceAreaCatalogue areas, ActorResolver actors, ReadAudit audit,
        CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var (list, total, refusal) = await goals.ListAsync(id, http.User, page, pageSize, cancellationToken);
        if (refusal is not null)
        {
            return Problems.For(refusal);
        }

        Paging.SetTotal(http.Response, total);
        if (list.Count > 0)
        {
            // Development goals are part of the FM file (need-to-know class F): each read is audited.
            var read = new ReadAudit.Read(id, null, [NeedToKnow.Name(CaseDataClass.FmFile)], ["goals"]);
            await audit.RecordAsync(await actors.ResolveAsync(http.User, cancellationToken), "GET /api/customers/{id}/goals", read, null, cancellationToken);
        }

        return TypedResults.Ok(list.Select(goal => GoalView.Of(goal, areas)).ToList());
    }

    private static async Task<Results<Created<GoalView>, ProblemHttpResult>> Agree(
        Guid id, GoalRequests.Agree request, HttpContext http, GoalService goals, ResourceAreaCatalogue areas, CancellationToken cancellationToken)
    {
        var result = await goals.AgreeAsync(id, request, http.User, cancellationToken);
        return result.Goal is { } goal
            ? TypedResults.Created($"/api/customers/{id}/goals/{goal.Id}", GoalView.Of(goal, areas))
            : Refused(result, areas);
    }

    private static async Task<Results<Created<GoalView>, ProblemHttpResult>> LinkIntervention(
        Guid id, Guid goalId, GoalRequests.Intervention request, HttpContext http, GoalService goals, ResourceAreaCatalogue areas,
        CancellationToken cancellationToken)
    {
        var result = await goals.LinkInterventionAsync(id, goalId, request, http.User, cancellationToken);
        return result.Goal is { } goal ? TypedResults.Created($"/api/customers/{id}/goals/{goal.Id}", GoalView.Of(goal, areas)) : Refused(result, areas);
    }

    private static async Task<Results<Ok<GoalView>, ProblemHttpResult>> Review(
        Guid id, Guid goalId, GoalRequests.Review request, HttpContext http, GoalService goals, ResourceAreaCatalogue areas, CancellationToken cancellationToken)
    {
        var result = await goals.ReviewAsync(id, goalId, request, http.User, cancellationToken);
        return result.Goal is { } goal ? TypedResults.Ok(GoalView.Of(goal, areas)) : Refused(result, areas);
    }

    /// <summary>The refusal as ProblemDetails; a 409 for another active goal names it (<c>activeGoal</c>: id, area, description).</summary>
    private static ProblemHttpResult Refused(GoalResult result, ResourceAreaCatalogue areas) =>
        result.ActiveGoal is { } active
            ? Problems.Conflict(result.Refusal!.Detail, new Dictionary<string, object?>
            {
                ["activeGoal"] = new { active.Id, active.ResourceArea, ResourceAreaName = areas.Find(active.ResourceArea)?.Name, active.Description },
            })
            : Problems.For(result.Refusal!);
}
