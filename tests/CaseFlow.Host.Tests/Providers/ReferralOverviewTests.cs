using System.Net;
using CaseFlow.Host.Referrals;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Providers.HandoverSteps;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Providers;

/// <summary>The FM's overview of referrals (GET /api/referrals) and the task for a report past the agreed interval.</summary>
public sealed class ReferralOverviewTests : AppTest
{
    private Task<int> RunReportWatchAsync() => app.Services.GetRequiredService<ReportOverdueWatch>().RunAsync(CancellationToken.None);

    [Fact]
    public async Task A_report_missing_past_the_agreed_interval_gives_the_fm_one_task()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        await ConfirmAsync(WithApiKey(app, SuchtMitteKey), caseId);
        await app.ProcessEngineAsync();

        app.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await RunReportWatchAsync());
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await RunReportWatchAsync());
        Assert.Equal(0, await RunReportWatchAsync());
        await app.ProcessEngineAsync();

        var tasks = await TasksAsync(fm, "mine", caseId);
        var task = Assert.Single(tasks, t => t!["name"]!.GetValue<string>().Contains("report overdue"))!;
        Assert.NotNull(task["dueAt"]);
        var overdue = Assert.Single(await ReadArrayAsync(await fm.GetAsync("/api/referrals?overdue=true")))!;
        Assert.Equal(2, overdue["reportOverdueDays"]!.GetValue<int>());
        var journal = (await HistoryAsync(fm, caseId)).Single(e => e!["action"]!.GetValue<string>() == ReportOverdueWatch.JournalAction)!;
        Assert.Equal("caseflow.engine", journal["actor"]!.GetValue<string>());

        await CompleteAtAsync(fm, caseId, "Task_FollowUp");
        app.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await RunReportWatchAsync());
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RunReportWatchAsync());
    }

    [Fact]
    public async Task A_report_in_time_gives_no_task()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        var sucht = WithApiKey(app, SuchtMitteKey);
        await ConfirmAsync(sucht, caseId);
        app.Clock.Advance(TimeSpan.FromDays(25));
        await ReportAsync(sucht, caseId);
        app.Clock.Advance(TimeSpan.FromDays(25));

        Assert.Equal(0, await RunReportWatchAsync());
        Assert.Empty(await ReadArrayAsync(await fm.GetAsync("/api/referrals?overdue=true")));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.Action == ReportOverdueWatch.JournalAction)));
    }

    [Fact]
    public async Task The_fm_and_the_deputy_see_their_referrals_the_supervisor_sees_all_others_are_refused()
    {
        var (caseId, _) = await ReferredToSbNordAsync(app, ["customerNumber"]);
        var deputy = await app.SignInAsync("fm.wagner");
        var supervisor = await app.SignInAsync("fm.lead");
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");

        Assert.Equal(caseId.ToString(), Assert.Single(await ReadArrayAsync(await deputy.GetAsync("/api/referrals")))!["caseId"]!.GetValue<string>());
        Assert.Single(await ReadArrayAsync(await supervisor.GetAsync("/api/referrals?scope=all")));
        Assert.Single(await ReadArrayAsync(await fm.GetAsync("/api/referrals")));
        Assert.Equal(HttpStatusCode.Forbidden, (await ifk.GetAsync("/api/referrals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await deputy.GetAsync("/api/referrals?scope=all")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await deputy.GetAsync("/api/referrals?scope=everything")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("ab.kaya")).GetAsync("/api/referrals")).StatusCode);
    }
}
