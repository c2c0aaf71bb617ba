using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>Legal holds on customers: list, set, lift (data protection officer only; journaled on the customer).</summary>
public static class LegalHoldsApi
{
    public static IEndpointRouteBuilder MapLegalHoldsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags(DataProtectionApi.Tag).RequireAuthorization();
        group.MapGet("/legal-holds", ListAll).WithName("ListLegalHolds")
            .WithSummary("Legal holds of all customers, latest first; active=true for the active ones only; paged (X-Total-Count).");
        group.MapGet("/customers/{id:guid}/legal-holds", List).WithName("ListCustomerLegalHolds")
            .WithSummary("The customer's legal holds, latest first; paged (X-Total-Count).");
        group.MapPost("/customers/{id:guid}/legal-holds", Set).WithName("SetLegalHold").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Sets a legal hold (reason required): the retention leaves the customer and every case of the customer untouched. 409 when one is active.");
        group.MapPost("/customers/{id:guid}/legal-holds/{holdId:guid}/lift", Lift).WithName("LiftLegalHold").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Lifts a legal hold (reason required); 409 when already lifted.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<LegalHoldView>>, ProblemHttpResult>> ListAll(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken, bool active = false, int page = 1, int pageSize = 50)
    {
        var query = db.LegalHolds.AsNoTracking().Where(h => !active || h.LiftedAt == null);
        return await PageAsync(http, actors, query, page, pageSize, cancellationToken);
    }

    private static async Task<Results<Ok<List<LegalHoldView>>, ProblemHttpResult>> List(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50) =>
        await PageAsync(http, actors, db.LegalHolds.AsNoTracking().Where(h => h.CustomerId == id), page, pageSize, cancellationToken);

    private static async Task<Results<Created<LegalHoldView>, ProblemHttpResult>> Set(
        Guid id, LegalHoldRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, LegalHoldBook holds, CancellationToken cancellationToken)
    {
        var (actor, problem) = await DataProtectionApi.OfficerAsync(http, actors, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!await db.Customers.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return Problems.NotFound($"Kunde/Kundin {id} nicht gefunden.");
        }

        var (hold, refusal) = await holds.SetAsync(id, request.Reason, actor, cancellationToken);
        return hold is null ? Problems.For(refusal!) : TypedResults.Created($"/api/customers/{id}/legal-holds/{hold.Id}", LegalHoldView.Of(hold));
    }

    private static async Task<Results<Ok<LegalHoldView>, ProblemHttpResult>> Lift(
        Guid id, Guid holdId, LegalHoldRequest request, HttpContext http, ActorResolver actors, LegalHoldBook holds, CancellationToken cancellationToken)
    {
        var (actor, problem) = await DataProtectionApi.OfficerAsync(http, actors, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (hold, refusal) = await holds.LiftAsync(id, holdId, request.Reason, actor, cancellationToken);
        return hold is null ? Problems.For(refusal!) : TypedResults.Ok(LegalHoldView.Of(hold));
    }

    private static async Task<Results<Ok<List<LegalHoldView>>, ProblemHttpResult>> PageAsync(
        HttpContext http, ActorResolver actors, IQueryable<LegalHold> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        if ((await DataProtectionApi.OfficerAsync(http, actors, cancellationToken)).Problem is { } problem)
        {
            return problem;
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        Paging.SetTotal(http.Response, await query.CountAsync(cancellationToken));
        var holds = await query.OrderByDescending(h => h.SetAt).ThenBy(h => h.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(holds.Select(LegalHoldView.Of).ToList());
    }
}
