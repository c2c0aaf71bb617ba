using System.Text.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>
/// Runs the retention for today: records the run, anonymises each due case and then each due customer, each in its own
/// transaction (<see cref="CaseAnonymiser"/>, <see cref="CustomerAnonymiser"/>), and finishes the run with its counts
/// and a journal line (subject <c>retention</c>): counts per kind and ids, no personal data. A second run the same day
/// finds nothing left. The scheduled run of a day exists once across all hosts (unique schedule key).
/// </summary>
public sealed class RetentionRunner(IServiceScopeFactory scopes, JobcenterCalendar calendar, ILogger<RetentionRunner> logger)
{
    public const string JournalAction = "retention.run";
    private const int BatchSize = 200;

    /// <summary>The day's scheduled run; null when it exists already (this or another host ran it).</summary>
    public async Task<RetentionRun?> RunScheduledAsync(CancellationToken cancellationToken)
    {
        var on = calendar.Today;
        var run = NewRun(on, RetentionRun.Scheduled, RetentionPlanner.JobActor, on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            if (await db.RetentionRuns.AnyAsync(r => r.ScheduleKey == run.ScheduleKey, cancellationToken))
            {
                return null;
            }

            db.RetentionRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                return null;
            }
        }

        return await ExecuteAsync(run, cancellationToken);
    }

    /// <summary>A run now, started by <paramref name="actor"/> (the data protection officer).</summary>
    public async Task<RetentionRun> RunNowAsync(string actor, CancellationToken cancellationToken)
    {
        var run = NewRun(calendar.Today, RetentionRun.Manual, actor, null);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            db.RetentionRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await ExecuteAsync(run, cancellationToken);
    }

    private RetentionRun NewRun(DateOnly on, string trigger, string actor, string? key) =>
        new() { RunOn = on, Trigger = trigger, Actor = actor, ScheduleKey = key, StartedAt = calendar.Now };

    private async Task<RetentionRun> ExecuteAsync(RetentionRun run, CancellationToken cancellationToken)
    {
        var cases = new List<(Guid Id, string Kind)>();
        var skipped = 0;
        foreach (var (id, kind) in await ListAsync(
                     (planner, after) => planner.Due(run.RunOn).Where(c => c.Id.CompareTo(after) > 0).OrderBy(c => c.Id).Select(c => new Row(c.Id, c.Kind)),
                     cancellationToken))
        {
            if (await InScopeAsync<CaseAnonymiser, bool>(a => a.AnonymiseAsync(id, run.RunOn, run, calendar.Now, cancellationToken)))
            {
                cases.Add((id, kind));
            }
            else
            {
                skipped++;
            }
        }

        var customers = new List<Guid>();
        foreach (var (id, _) in await ListAsync(
                     (planner, after) => planner.CustomersDue(run.RunOn, countDueCases: false).Where(c => c.Id.CompareTo(after) > 0).OrderBy(c => c.Id)
                         .Select(c => new Row(c.Id, string.Empty)),
                     cancellationToken))
        {
            if (await InScopeAsync<CustomerAnonymiser, bool>(a => a.AnonymiseAsync(id, run.RunOn, run, calendar.Now, cancellationToken)))
            {
                customers.Add(id);
            }
        }

        return await FinishAsync(run, cases, customers, skipped, cancellationToken);
    }

    /// <summary>All rows of a paged id query, read in batches (each batch in a fresh scope, before anything changes them).</summary>
    private async Task<List<Row>> ListAsync(Func<RetentionPlanner, Guid, IQueryable<Row>> query, CancellationToken cancellationToken)
    {
        var all = new List<Row>();
        var after = Guid.Empty;
        List<Row> batch;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            batch = await query(scope.ServiceProvider.GetRequiredService<RetentionPlanner>(), after).Take(BatchSize).ToListAsync(cancellationToken);
            all.AddRange(batch);
            after = batch.Count > 0 ? batch[^1].Id : after;
        }
        while (batch.Count == BatchSize);
        return all;
    }

    private sealed record Row(Guid Id, string Kind);

    private async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task<RetentionRun> FinishAsync(RetentionRun run, List<(Guid Id, string Kind)> cases, List<Guid> customers, int skipped, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        db.RetentionRuns.Attach(run);
        run.FinishedAt = calendar.Now;
        run.CasesAnonymised = cases.Count;
        run.CustomersAnonymised = customers.Count;
        run.Summary = JsonSerializer.Serialize(new
        {
            casesPerKind = RetentionOptions.Kinds.ToDictionary(kind => kind, kind => cases.Count(c => c.Kind == kind)),
            caseIds = cases.Select(c => c.Id),
            customerIds = customers,
            casesLeftForNextRun = skipped,
        }, JsonSerializerOptions.Web);
        db.Journal.Add(new JournalEntry
        {
            At = run.FinishedAt.Value,
            Actor = run.Actor,
            SubjectType = "retention",
            SubjectId = run.Id,
            Action = JournalAction,
            Data = run.Summary,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Retention run {RunId} ({Trigger}) for {RunOn}: {Cases} cases and {Customers} customers anonymised, {Skipped} left for the next run",
            run.Id, run.Trigger, run.RunOn, cases.Count, customers.Count, skipped);
        return run;
    }
}
