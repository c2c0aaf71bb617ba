using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Referrals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>
/// The cases of one customer (<c>GET /api/customers/{id}/cases</c>) as the case page lists them: kind, state and, for a
/// referral, the provider and when the next report is due. Same access as the customer: the responsible caseworker or
/// whoever may read one of the customer's cases; only the cases the caller may read are listed.
/// </summary>
public static class CustomerCasesApi
{
    public sealed record CustomerCase(Guid Id, string Kind, string State, string MainCaseworker, DateTime CreatedAt, ReferralOverview? Referral);

    public static IEndpointRouteBuilder MapCustomerCasesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/customers/{id:guid}/cases", List).WithName("ListCustomerCases")
            .WithTags("Customers (Kundinnen und Kunden)")
            .RequireAuthorization()
            .WithSummary("The customer's cases the caller may read, with provider, state and next report due of each referral.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<CustomerCase>>, ProblemHttpResult>> List(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory, JobcenterCalendar calendar,
        CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return Problems.NotFound($"Kunde/Kundin {id} nicht gefunden.");
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.CustomerId == id).ToListAsync(cancellationToken);
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!CaseAccessPolicy.CanReadCustomer(customer, cases, actor))
        {
            return Problems.Forbidden("Sie betreuen diese Kundin/diesen Kunden nicht (need to know).");
        }

        var providers = await directory.CatalogAsync(cancellationToken);
        var today = calendar.Today;
        return TypedResults.Ok(cases
            .Where(c => CaseAccessPolicy.CanRead(c, actor))
            .OrderBy(c => c.CreatedAt)
            .Select(c => new CustomerCase(
                c.Id, c.Kind, c.State, c.MainCaseworker, c.CreatedAt,
                c.Kind == CaseKinds.Referral && c.Referral is not null && NeedToKnow.Of(c, actor).ReadsFile
                    ? ReferralOverview.Of(c, providers.Find(c.Referral.Provider), today)
                    : null))
            .ToList());
    }
}
