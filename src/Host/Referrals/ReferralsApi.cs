using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Providers;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Referrals;

/// <summary>The FM's view of the referrals to providers (seed 002: the FM keeps overall responsibility).</summary>
public static class ReferralsApi
{
    private static readonly string[] OpenStates = [nameof(ReferralState.AwaitingProvider), nameof(ReferralState.Active)];

    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/referrals", List).WithName("ListReferrals")
            .WithTags("Referrals (Übergaben an Träger)")
            .RequireAuthorization()
            .WithSummary(
                "Referrals to providers with provider, state, last report, next report and case conference, and overdue days. "
                + "scope=mine (I am the FM or stand in for them) or all (FM supervisor); status=open|all; overdue=true for overdue reports only; "
                + "most overdue first; paging with page/pageSize, total in X-Total-Count.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<ReferralOverview>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory, JobcenterCalendar calendar,
        CancellationToken cancellationToken,
        string scope = "mine", string status = "open", bool overdue = false, int page = 1, int pageSize = 50)
    {
        if (scope is not ("mine" or "all"))
        {
            return Problems.Invalid("scope", "scope muss mine oder all sein.");
        }

        if (status is not ("open" or "all"))
        {
            return Problems.Invalid("status", "status muss open oder all sein.");
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.Fm) && !actor.HasRole(Roles.FmSupervisor))
        {
            return Problems.Forbidden("Die Übersicht der Übergaben an Träger ist für Fallmanager/innen (FM) und die FM-Betreuung.");
        }

        if (scope == "all" && !actor.HasRole(Roles.FmSupervisor))
        {
            return Problems.Forbidden("scope=all ist der FM-Betreuung/Teamleitung (FM supervisor) vorbehalten; FM sehen ihre eigenen und vertretenen Fälle (scope=mine).");
        }

        var today = calendar.Today;
        var query = db.Cases.AsNoTracking().Where(c => c.Kind == CaseKinds.Referral);
        if (scope == "mine")
        {
            var deputyFor = actor.DeputyFor.ToList();
            query = query.Where(c => c.MainCaseworker == actor.UserName || deputyFor.Contains(c.MainCaseworker));
        }

        if (status == "open")
        {
            query = query.Where(c => OpenStates.Contains(c.State));
        }

        if (overdue)
        {
            query = query.Where(c => c.State == nameof(ReferralState.Active) && c.Referral!.NextReportDue < today);
        }

        var total = await query.CountAsync(cancellationToken);
        var cases = await query
            .OrderBy(c => c.Referral!.NextReportDue == null)
            .ThenBy(c => c.Referral!.NextReportDue)
            .ThenBy(c => c.Referral!.ReferredAt)
            .ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var providers = await directory.CatalogAsync(cancellationToken);
        Paging.SetTotal(http.Response, total);
        return TypedResults.Ok(cases.Select(c => ReferralOverview.Of(c, providers.Find(c.Referral?.Provider), today)).ToList());
    }
}
