using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Calendars;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>The retention's dry-run report, its runs and "run now" (data protection officer only).</summary>
public static class RetentionApi
{
    /// <summary>The dry run looks at most this many years ahead.</summary>
    public const int MaxYearsAhead = 50;

    public static IEndpointRouteBuilder MapRetentionApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/retention").WithTags(DataProtectionApi.Tag).RequireAuthorization();
        group.MapGet("/report", Report).WithName("GetRetentionReport")
            .WithSummary("Dry run: what a run on the given day (on=yyyy-MM-dd, default today) would anonymise; one page of cases (X-Total-Count), changes nothing.");
        group.MapGet("/runs", Runs).WithName("ListRetentionRuns").WithSummary("The runs of the retention, latest first; paged (X-Total-Count).");
        group.MapPost("/runs", RunNow).WithName("RunRetention").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Runs the retention for today now (what the daily job does); answers the run with its counts. Journaled.");
        return endpoints;
    }

    private static async Task<Results<Ok<RetentionReportView>, ProblemHttpResult>> Report(
        HttpContext http, ActorResolver actors, RetentionPlanner planner, RetentionOptions options, JobcenterCalendar calendar, CancellationToken cancellationToken,
        DateOnly? on = null, int page = 1, int pageSize = 50)
    {
        if ((await DataProtectionApi.OfficerAsync(http, actors, cancellationToken)).Problem is { } problem)
        {
            return problem;
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var day = on ?? calendar.Today;
        if (day < new DateOnly(2000, 1, 1) || day > calendar.Today.AddYears(MaxYearsAhead))
        {
            return Problems.Invalid("on", $"Der Stichtag (on, JJJJ-MM-TT) liegt zwischen 2000-01-01 und {MaxYearsAhead} Jahren im Voraus.");
        }

        var due = planner.Due(day);
        var total = await due.CountAsync(cancellationToken);
        var perKind = await due.GroupBy(c => c.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = await due.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, c.CustomerId, c.Kind, c.State, c.UpdatedAt }).ToListAsync(cancellationToken);
        Paging.SetTotal(http.Response, total);
        return TypedResults.Ok(new RetentionReportView(
            day,
            options.Periods,
            total,
            RetentionOptions.Kinds.ToDictionary(kind => kind, kind => perKind.FirstOrDefault(k => k.Kind == kind)?.Count ?? 0, StringComparer.Ordinal),
            await planner.Held(day).CountAsync(cancellationToken),
            await planner.CustomersDue(day, countDueCases: true).CountAsync(cancellationToken),
            rows.Select(c => new RetentionReportCase(c.Id, c.CustomerId, c.Kind, c.State, calendar.DateOf(c.UpdatedAt), planner.DueOn(c.Kind, c.UpdatedAt))).ToList()));
    }

    private static async Task<Results<Ok<List<RetentionRunView>>, ProblemHttpResult>> Runs(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        if ((await DataProtectionApi.OfficerAsync(http, actors, cancellationToken)).Problem is { } problem)
        {
            return problem;
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        Paging.SetTotal(http.Response, await db.RetentionRuns.CountAsync(cancellationToken));
        var runs = await db.RetentionRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(runs.Select(RetentionRunView.Of).ToList());
    }

    private static async Task<Results<Created<RetentionRunView>, ProblemHttpResult>> RunNow(
        HttpContext http, ActorResolver actors, RetentionRunner runner, CancellationToken cancellationToken)
    {
        var (actor, problem) = await DataProtectionApi.OfficerAsync(http, actors, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var run = await runner.RunNowAsync(actor.UserName, cancellationToken);
        return TypedResults.Created($"/api/retention/runs/{run.Id}", RetentionRunView.Of(run));
    }
}
