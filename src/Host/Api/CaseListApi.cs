using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Language;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>"Meine Fälle" (<c>GET /api/cases?scope=mine|deputy|team&amp;kind=&amp;state=</c>): the caller's cases, next due date first, paged.</summary>
public static class CaseListApi
{
    public static RouteGroupBuilder MapCaseListApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListCases").WithSummary(
            "The caller's cases: scope=mine (I am a caseworker of the case), deputy (FM cases of the FMs I stand in for), "
            + "team (what my role oversees: FM supervisors every FM case, FMs the bFM intake, aB-pAp the outreach queue); "
            + "optional kind and state; next due date first (review, report, conference, activation end; none last); "
            + "paging with page/pageSize, total in X-Total-Count (counted up to 200 rows past the page; X-Total-Count-Limited: true when there are more).");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<CaseListItem>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, CaseList list, CaseLifecycles lifecycles, CancellationToken cancellationToken,
        string scope = CaseScopes.Mine, string? kind = null, string? state = null, int page = 1, int pageSize = 50)
    {
        if (!CaseScopes.All.Contains(scope))
        {
            return Problems.Invalid("scope", "scope muss mine, deputy oder team sein.");
        }

        if (kind is not null && lifecycles.Find(kind) is null)
        {
            return Problems.Invalid("kind", $"Unbekannte Fallart '{kind}'. Verfügbar: {string.Join(", ", lifecycles.Kinds)}.");
        }

        if (state is not null && !CaseStateLabels.IsKnown(kind, state))
        {
            return Problems.Invalid("state", $"Unbekannter Zustand '{state}'{(kind is null ? string.Empty : $" für Fälle der Art '{kind}'")}.");
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var found = await list.ListAsync(actor, new CaseList.Filter(scope, kind, state, page, pageSize), cancellationToken);
        Paging.SetTotal(http.Response, found.Total, found.TotalLimited);
        return TypedResults.Ok<IReadOnlyList<CaseListItem>>([.. found.Cases.Select(InLanguage)]);
    }

    /// <summary>The row with its labels (kind, state, what is due) in the request's language.</summary>
    private static CaseListItem InLanguage(CaseListItem item) => item with
    {
        KindLabel = Terms.Say(item.KindLabel),
        StateLabel = Terms.Say(item.StateLabel),
        NextDueLabel = item.NextDueLabel is null ? null : Terms.Say(item.NextDueLabel),
    };
}
