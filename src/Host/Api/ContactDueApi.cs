using CaseFlow.Host.Auth;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary><c>GET /api/contacts/due</c>: the contact due list (Fällige Kontakte), most overdue first.</summary>
public static class ContactDueApi
{
    public static IEndpointRouteBuilder MapContactDueApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/contacts/due", List).WithName("ListContactsDue")
            .WithTags(ContactsApi.Tag).RequireAuthorization()
            .WithSummary("Customers whose next contact is due by the contact-density rule, most overdue first, then by due date; scope=mine (responsible "
                + "caseworker, default) or team (every customer the caller may read); paging with page/pageSize, total in X-Total-Count "
                + "(counted up to 200 rows past the page; X-Total-Count-Limited: true when there are more).");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<ContactDueList.Item>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, ContactDueList list,
        string? scope = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (found, refusal) = await list.FindAsync(actor, scope, page, pageSize, cancellationToken);
        if (refusal is not null)
        {
            return Problems.For(refusal);
        }

        Paging.SetTotal(http.Response, found!.Total, found.TotalLimited);
        return TypedResults.Ok(found.Items);
    }
}
