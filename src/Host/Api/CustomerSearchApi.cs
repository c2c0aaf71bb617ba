using CaseFlow.Host.Auth;
using CaseFlow.Host.Customers;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary><c>GET /api/customers?q=</c>: find customers the caller may see by Kundennummer or name prefix.</summary>
public static class CustomerSearchApi
{
    public static IEndpointRouteBuilder MapCustomerSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/customers", Search).WithName("SearchCustomers")
            .WithTags(CustomersApi.Tag).RequireAuthorization()
            .WithSummary("Customers the caller may see whose Kundennummer or name starts with q (case and umlauts folded: ä/ae, ß/ss), "
                + "by family name; paging with page/pageSize, total in X-Total-Count (counted up to 200 rows past the page; X-Total-Count-Limited: true when there are more).");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<CustomerSearch.Hit>>, ProblemHttpResult>> Search(
        HttpContext http, ActorResolver actors, CustomerSearch search,
        string? q = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (found, refusal) = await search.FindAsync(actor, q, page, pageSize, cancellationToken);
        if (refusal is not null)
        {
            return Problems.For(refusal);
        }

        Paging.SetTotal(http.Response, found!.Total, found.TotalLimited);
        return TypedResults.Ok(found.Hits);
    }
}
