using System.Globalization;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>One clock: the maximum duration check of the shipped bfm-referral fires at acceptance + the rule set's maximum and follows rule changes.</summary>
public sealed class BfmMaxDurationTimerTests : IDisposable
{
    private const string MaximumDurationMonths = "Rules:Bfm:0:MaximumDurationMonths";
    private readonly string database = CaseFlowApp.NewSqliteFile();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly List<CaseFlowApp> hosts = [];

    [Fact]
    public async Task The_maximum_duration_check_is_due_at_acceptance_plus_the_rule_set_s_maximum()
    {
        var app = Host(maximumDurationMonths: 18);
        var (caseId, instanceId, fm) = await InSteeringAsync(app);
        var accepted = await AcceptedOnAsync(app, caseId);
        Assert.Equal(new DateOnly(2026, 11, 2), accepted);

        var due = Midnight(accepted.AddMonths(18));
        Assert.Equal(due, await MaxDurationTimerAsync(app, instanceId));

        clock.Advance(due - clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(1));
        await app.ProcessEngineAsync();
        Assert.DoesNotContain("Task_Escalate", await WaitingAtAsync(fm, instanceId));
        clock.Advance(TimeSpan.FromHours(2));
        await app.ProcessEngineAsync();
        Assert.Contains("Task_Escalate", await WaitingAtAsync(fm, instanceId));
    }

    [Fact]
    public async Task A_rule_change_moves_the_maximum_duration_check_of_a_running_instance_once_and_journals_why()
    {
        var app = Host();
        var (caseId, instanceId, _) = await InSteeringAsync(app);
        var watch = app.Services.GetRequiredService<RuleChangeWatch>();
        Assert.Equal(0, await watch.RunAsync(CancellationToken.None));
        var accepted = await AcceptedOnAsync(app, caseId);
        Assert.Equal(Midnight(accepted.AddMonths(24)), await MaxDurationTimerAsync(app, instanceId));

        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();
        configuration[MaximumDurationMonths] = "18";
        configuration.Reload();

        Assert.Equal(1, await watch.RunAsync(CancellationToken.None));
        Assert.Equal(Midnight(accepted.AddMonths(18)), await MaxDurationTimerAsync(app, instanceId));
        var line = await app.InDatabaseAsync(db => db.Journal.SingleAsync(j => j.SubjectId == instanceId && j.Action == "timer.moved"));
        Assert.Equal(
            ("Timer_MaxDuration", "caseflow.engine", "Regeländerung (rule change): rules.bfm.maxDuration P24M → P18M"),
            (line.ElementId, line.Actor, line.Reason));
        Assert.Contains($"von {Text(accepted.AddMonths(24))} auf {Text(accepted.AddMonths(18))}", line.Note);

        Assert.Equal(0, await watch.RunAsync(CancellationToken.None));
        var second = Host(maximumDurationMonths: 18);
        Assert.Equal(0, await second.Services.GetRequiredService<RuleChangeWatch>().RunAsync(CancellationToken.None));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectId == instanceId && j.Action == "timer.moved")));
    }

    [Fact]
    public async Task A_check_moved_by_a_rule_change_after_it_was_dispatched_fires_only_at_its_new_date()
    {
        var app = Host(maximumDurationMonths: 18);
        var (caseId, instanceId, fm) = await InSteeringAsync(app);
        var watch = app.Services.GetRequiredService<RuleChangeWatch>();
        await watch.RunAsync(CancellationToken.None);
        var accepted = await AcceptedOnAsync(app, caseId);
        clock.Advance(Midnight(accepted.AddMonths(18)) - clock.GetUtcNow().UtcDateTime + TimeSpan.FromHours(1));
        Assert.Equal(2, await app.Services.GetRequiredService<TimerDispatcher>().DispatchDueAsync(CancellationToken.None));

        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();
        configuration[MaximumDurationMonths] = "30";
        configuration.Reload();
        Assert.Equal(1, await watch.RunAsync(CancellationToken.None));
        await app.ProcessEngineAsync();

        Assert.Equal(["Task_Review", "Task_Steering"], await WaitingAtAsync(fm, instanceId));
        var due = Midnight(accepted.AddMonths(30));
        Assert.Equal(due, await MaxDurationTimerAsync(app, instanceId));
        clock.Advance(due - clock.GetUtcNow().UtcDateTime + TimeSpan.FromHours(1));
        await app.ProcessEngineAsync();
        Assert.Contains("Task_Escalate", await WaitingAtAsync(fm, instanceId));
    }

    [Fact]
    public async Task A_rule_change_also_changes_what_the_lifecycle_allows()
    {
        var app = Host();
        var (caseId, _, fm) = await InSteeringAsync(app);
        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();
        configuration["Rules:Bfm:0:ReviewIntervalMonths"] = "1";
        configuration.Reload();

        var refused = await ActAsync(fm, caseId, "review", new { data = new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = InMonths(app, 3) } });

        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("(1 Monate)", await refused.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await ActAsync(fm, caseId, "review", new { data = new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = InMonths(app, 1) } })).StatusCode);
    }

    private CaseFlowApp Host(int? maximumDurationMonths = null)
    {
        var app = new CaseFlowApp(database, clock);
        if (maximumDurationMonths is { } months)
        {
            app.Settings[MaximumDurationMonths] = months.ToString(CultureInfo.InvariantCulture);
        }

        hosts.Add(app);
        return app;
    }

    /// <summary>Accepted today; the plan is agreed ten days later, so a timer from acceptance differs from one from the plan.</summary>
    private async Task<(Guid CaseId, Guid InstanceId, HttpClient Fm)> InSteeringAsync(CaseFlowApp app)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        await CompleteAtAsync(fm, caseId, "Task_Intake", new { caseAction = "accept", workingAlliance = true });
        clock.Advance(TimeSpan.FromDays(10));
        await CompleteAtAsync(fm, caseId, "Task_Assessment");
        await CompleteAtAsync(fm, caseId, "Task_Plan", new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 3) });
        Assert.Equal(["Task_Steering"], await WaitingAtAsync(fm, instanceId));
        return (caseId, instanceId, fm);
    }

    private static Task<DateOnly> AcceptedOnAsync(CaseFlowApp app, Guid caseId) =>
        app.InDatabaseAsync(async db => DateOnly.FromDateTime((await db.Cases.SingleAsync(c => c.Id == caseId)).Bfm!.AcceptedAt!.Value));

    private static Task<DateTime?> MaxDurationTimerAsync(CaseFlowApp app, Guid instanceId) =>
        app.InDatabaseAsync(db => db.WorkflowTimers
            .Where(t => t.InstanceId == instanceId && t.ElementId == "Timer_MaxDuration").Select(t => (DateTime?)t.DueAt).SingleOrDefaultAsync());

    /// <summary>00:00 of the day in Berlin (a date-based timer fires at the start of the German day), as UTC.</summary>
    private static DateTime Midnight(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

    private static string Text(DateOnly day) => Midnight(day).ToString("O", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        hosts.ForEach(host => host.Dispose());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
