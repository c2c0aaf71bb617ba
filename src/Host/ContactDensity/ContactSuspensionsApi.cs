using CaseFlow.Host.Api;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.ContactDensity;

/// <summary>A customer's suspensions of the contact-density rule: list, record, end (the customer's caseworkers).</summary>
public static class ContactSuspensionsApi
{
    public static IEndpointRouteBuilder MapContactSuspensionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/customers/{id:guid}/contact-suspensions").WithTags(CustomersApi.Tag).RequireAuthorization();
        group.MapGet("/", List).WithName("ListContactSuspensions")
            .WithSummary("The customer's suspensions of the contact-density rule, latest start first; paged (X-Total-Count); active = covers today.");
        group.MapPost("/", Record).WithName("RecordContactSuspension").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Records a suspension (kind, from, optional to, reason); AGH is no suspension (400). Journaled on the customer.");
        group.MapPost("/{sid:guid}/end", End).WithName("EndContactSuspension").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Ends a suspension on the given last day (today by default; only earlier than a set end). Journaled on the customer.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<ContactSuspensionView>>, ProblemHttpResult>> List(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ContactSuspensionRecorder recorder, CancellationToken cancellationToken,
        int page = 1, int pageSize = 50)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        if (await CustomerProblemAsync(id, http, actors, db, write: false, cancellationToken) is { } problem)
        {
            return problem;
        }

        var ofCustomer = db.ContactSuspensions.AsNoTracking().Where(s => s.CustomerId == id);
        Paging.SetTotal(http.Response, await ofCustomer.CountAsync(cancellationToken));
        var list = await ofCustomer.OrderByDescending(s => s.From).ThenByDescending(s => s.RecordedAt)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(s => ContactSuspensionView.Of(s, recorder.Today)).ToList());
    }

    private static async Task<Results<Created<ContactSuspensionView>, ProblemHttpResult>> Record(
        Guid id, ContactSuspensionRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ContactSuspensionRecorder recorder,
        CancellationToken cancellationToken)
    {
        if (await CustomerProblemAsync(id, http, actors, db, write: true, cancellationToken) is { } problem)
        {
            return problem;
        }

        var (recorded, refusal) = await recorder.RecordAsync(id, request, await actors.ResolveAsync(http.User, cancellationToken), cancellationToken);
        return recorded is null
            ? Problems.For(refusal!)
            : TypedResults.Created($"/api/customers/{id}/contact-suspensions/{recorded.Id}", ContactSuspensionView.Of(recorded, recorder.Today));
    }

    private static async Task<Results<Ok<ContactSuspensionView>, ProblemHttpResult>> End(
        Guid id, Guid sid, ContactSuspensionEnd request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ContactSuspensionRecorder recorder,
        CancellationToken cancellationToken)
    {
        if (await CustomerProblemAsync(id, http, actors, db, write: true, cancellationToken) is { } problem)
        {
            return problem;
        }

        var suspension = await db.ContactSuspensions.FirstOrDefaultAsync(s => s.Id == sid && s.CustomerId == id, cancellationToken);
        if (suspension is null)
        {
            return Problems.NotFound($"Aussetzung {sid} dieser Kundin/dieses Kunden nicht gefunden.");
        }

        var (ended, refusal) = await recorder.EndAsync(suspension, request, await actors.ResolveAsync(http.User, cancellationToken), cancellationToken);
        return ended is null ? Problems.For(refusal!) : TypedResults.Ok(ContactSuspensionView.Of(ended, recorder.Today));
    }

    /// <summary>404 for an unknown customer; 403 unless the caller reads (or, to write, cares for) the customer like the customer's routes.</summary>
    private static async Task<ProblemHttpResult?> CustomerProblemAsync(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, bool write, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return Problems.NotFound($"Kunde/Kundin {id} nicht gefunden.");
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.CustomerId == id).ToListAsync(cancellationToken);
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var allowed = write ? CaseAccessPolicy.CanOpenCase(customer, cases, actor) : CaseAccessPolicy.CanReadCustomer(customer, cases, actor);
        return allowed ? null : Problems.Forbidden(write
            ? "Aussetzungen erfassen die Betreuenden der Kundin/des Kunden (the customer's caseworkers)."
            : "Sie betreuen diese Kundin/diesen Kunden nicht (need to know).");
    }
}
