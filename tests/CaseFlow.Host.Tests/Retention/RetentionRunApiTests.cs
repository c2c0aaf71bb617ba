using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Retention;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Retention.RetentionSteps;

namespace CaseFlow.Host.Tests.Retention;

/// <summary>The retention run: what it anonymises, what it keeps (the aggregates), and that a second run changes nothing.</summary>
public sealed class RetentionRunApiTests : AppTest
{
    private static readonly DateOnly ExitDay = new(2026, 11, 2);

    private void MoveTo(DateOnly day) => app.Clock.Advance(TimeSpan.FromDays(day.DayNumber - Today(app).DayNumber));

    [Fact]
    public async Task A_closed_bfm_case_is_due_five_years_after_its_exit_and_not_a_day_earlier()
    {
        var dsb = await app.SignInAsync("dsb.weber");
        var (caseId, customerId) = await ExitedBfmCaseAsync(app);

        var dayBefore = await ReportAsync(dsb, ExitDay.AddYears(5).AddDays(-1));
        var due = await ReportAsync(dsb, ExitDay.AddYears(5));

        Assert.Equal((0, 0), (dayBefore["dueCases"]!.GetValue<int>(), dayBefore["dueCustomers"]!.GetValue<int>()));
        Assert.Equal((1, 1), (due["dueCases"]!.GetValue<int>(), due["dueCustomers"]!.GetValue<int>()));
        var item = due["cases"]![0]!;
        Assert.Equal((caseId, customerId, "bfm", "Exited", "2026-11-02", "2031-11-02"), (
            item["caseId"]!.GetValue<Guid>(), item["customerId"]!.GetValue<Guid>(), item["kind"]!.GetValue<string>(), item["state"]!.GetValue<string>(),
            item["closedOn"]!.GetValue<string>(), item["dueOn"]!.GetValue<string>()));
        Assert.Equal(new[] { 5, 5, 5 }, new[] { "bfm", "outreach", "referral" }.Select(kind => due["periods"]![kind]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_run_clears_the_personal_data_keeps_kinds_states_dates_and_exit_reasons_and_the_aggregates_stay_the_same()
    {
        var dsb = await app.SignInAsync("dsb.weber");
        var (bfmCase, bfmCustomer) = await ExitedBfmCaseAsync(app);
        var (referral, referralCustomer) = await EndedReferralAsync(app);
        var before = await AggregatesAsync(app);
        MoveTo(ExitDay.AddYears(5).AddDays(-1));
        Assert.Equal(0, (await RunAsync(dsb))["casesAnonymised"]!.GetValue<int>());
        MoveTo(ExitDay.AddYears(5));

        var run = await RunAsync(dsb);

        Assert.Equal((2, 1), (run["casesAnonymised"]!.GetValue<int>(), run["customersAnonymised"]!.GetValue<int>()));
        Assert.Equal((1, 0, 1), (run["summary"]!["casesPerKind"]!["bfm"]!.GetValue<int>(), run["summary"]!["casesPerKind"]!["outreach"]!.GetValue<int>(),
            run["summary"]!["casesPerKind"]!["referral"]!.GetValue<int>()));
        var (exited, ended) = await app.InDatabaseAsync(async db => (
            await db.Cases.AsNoTracking().FirstAsync(c => c.Id == bfmCase), await db.Cases.AsNoTracking().FirstAsync(c => c.Id == referral)));
        Assert.Equal(("Exited", "Integrated", "I", null, 0, 0), (exited.State, exited.Bfm!.ExitReason.ToString(), exited.Bfm.FinalProfile.ToString(),
            exited.Bfm.ClosingPlan, exited.Bfm.Goals.Count, exited.Bfm.Steps.Count));
        Assert.NotNull(exited.Bfm.PlanAgreedAt);
        Assert.Equal(("Ended", null, null, 1, "sb-nord"), (ended.State, ended.Referral!.EndReason, ended.Referral.LastReportSummary, ended.Referral.ReportCount,
            ended.Referral.Provider));
        var journal = await app.InDatabaseAsync(db => db.Journal.AsNoTracking().Where(j => j.SubjectId == bfmCase || j.SubjectId == referral).ToListAsync());
        Assert.All(journal.Where(j => j.Action != Anonymised.JournalAction), j => Assert.Equal((null, null, null), (j.Reason, j.Note, j.Data)));
        Assert.Contains("exit", journal.Select(j => j.Action));
        Assert.Equal(2, journal.Count(j => j.Action == Anonymised.JournalAction && j.Actor == "dsb.weber"));

        var (gone, kept) = await app.InDatabaseAsync(async db => (
            await db.Customers.AsNoTracking().FirstAsync(c => c.Id == bfmCustomer), await db.Customers.AsNoTracking().FirstAsync(c => c.Id == referralCustomer)));
        Assert.Equal((Anonymised.Name, Anonymised.Name, $"ANON-{bfmCustomer:N}", 1, 1, 0, null), (
            gone.GivenName, gone.FamilyName, gone.CustomerNumber, gone.BirthDate.Month, gone.BirthDate.Day, gone.ActionNeeds.Count, gone.NextContactDueOn));
        Assert.NotEqual(Anonymised.Name, kept.FamilyName);
        Assert.NotEmpty(kept.ActionNeeds);
        Assert.Equal(before, await AggregatesAsync(app));
    }

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        var dsb = await app.SignInAsync("dsb.weber");
        await ExitedBfmCaseAsync(app);
        await WaivedBfmCaseAsync(app);
        MoveTo(ExitDay.AddYears(6));
        Assert.Equal(2, (await RunAsync(dsb))["casesAnonymised"]!.GetValue<int>());
        var rows = await RowsAsync();
        var aggregates = await AggregatesAsync(app);

        var second = await RunAsync(dsb);

        Assert.Equal((0, 0), (second["casesAnonymised"]!.GetValue<int>(), second["customersAnonymised"]!.GetValue<int>()));
        Assert.Equal(rows, await RowsAsync());
        Assert.Equal(aggregates, await AggregatesAsync(app));
        Assert.Equal(0, (await ReportAsync(dsb, Today(app)))["dueCases"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_dry_run_changes_nothing()
    {
        var dsb = await app.SignInAsync("dsb.weber");
        await ExitedBfmCaseAsync(app);
        await EndedReferralAsync(app);
        var rows = await RowsAsync();

        var report = await ReportAsync(dsb, ExitDay.AddYears(20));
        var page = await dsb.GetAsync($"/api/retention/report?on={ExitDay.AddYears(20):yyyy-MM-dd}&page=2&pageSize=1");

        Assert.Equal(2, report["dueCases"]!.GetValue<int>());
        Assert.Equal(("2", 1), (page.Headers.GetValues("X-Total-Count").Single(), (await Infrastructure.Api.ReadAsync(page))["cases"]!.AsArray().Count));
        Assert.Equal(rows, await RowsAsync());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.RetentionRuns.CountAsync()));
    }

    [Fact]
    public async Task A_report_day_beyond_fifty_years_or_a_bad_page_is_refused()
    {
        var dsb = await app.SignInAsync("dsb.weber");

        var far = await dsb.GetAsync($"/api/retention/report?on={Today(app).AddYears(51):yyyy-MM-dd}");
        var page = await dsb.GetAsync("/api/retention/report?page=0");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (far.StatusCode, page.StatusCode));
        Assert.Equal("on", (await Infrastructure.Api.ReadAsync(far))["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_scheduled_run_of_a_day_runs_once_whichever_host_asks_and_the_job_waits_for_its_hour()
    {
        await WaivedBfmCaseAsync(app);
        MoveTo(ExitDay.AddYears(5));
        var runner = app.Services.GetRequiredService<RetentionRunner>();

        var first = await runner.RunScheduledAsync(CancellationToken.None);
        var second = await runner.RunScheduledAsync(CancellationToken.None);

        Assert.Equal((1, null), (first!.CasesAnonymised, second));
        var job = new RetentionJob(runner, new RetentionOptions { RunAt = new TimeOnly(23, 0) }, app.Services.GetRequiredService<global::CaseFlow.Workflows.Calendars.JobcenterCalendar>(),
            app.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<RetentionJob>.Instance);
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.False(await job.TickAsync(CancellationToken.None));
        app.Clock.Advance(TimeSpan.FromHours(13));
        Assert.True(await job.TickAsync(CancellationToken.None));
        Assert.False(await job.TickAsync(CancellationToken.None));
        Assert.Equal(2, await app.InDatabaseAsync(db => db.RetentionRuns.CountAsync(r => r.Trigger == RetentionRun.Scheduled)));
    }

    /// <summary>Every row's concurrency version and the journal's size: what a change would move.</summary>
    private Task<string> RowsAsync() => app.InDatabaseAsync(async db =>
        $"{await db.Journal.CountAsync(j => j.SubjectType != "retention")}/{string.Join(",", await db.Cases.OrderBy(c => c.Id).Select(c => c.Version).ToListAsync())}/"
        + string.Join(",", await db.Customers.OrderBy(c => c.Id).Select(c => c.Version + c.FamilyName).ToListAsync()));
}
