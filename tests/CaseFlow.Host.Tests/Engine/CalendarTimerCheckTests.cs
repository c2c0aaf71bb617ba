using CaseFlow.Host.Engine;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>Timers armed under another calendar (here UTC, as before Calendar:TimeZone) move to 00:00 Berlin at the next start.</summary>
public sealed class CalendarTimerCheckTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly string database = CaseFlowApp.NewSqliteFile();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly List<CaseFlowApp> hosts = [];

    [Fact]
    public async Task Date_timers_stored_at_midnight_UTC_move_to_midnight_in_Berlin_at_the_next_start_once_and_journaled()
    {
        var before = Host("Etc/UTC");
        var instanceId = await InSteeringAsync(before);
        var stored = await TimersAsync(before, instanceId);
        Assert.Equal(["Timer_MaxDuration", "Timer_Review"], stored.Keys.Order());
        Assert.All(stored.Values, due => Assert.Equal(TimeSpan.Zero, due.TimeOfDay));
        before.Dispose();

        var after = Host(null);
        Assert.Equal(1, await after.Services.GetRequiredService<CalendarTimerCheck>().RunAsync(CancellationToken.None));

        var moved = await TimersAsync(after, instanceId);
        foreach (var (element, due) in stored)
        {
            Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(due, DateTimeKind.Unspecified), Berlin), moved[element]);
        }

        var lines = await after.InDatabaseAsync(db => db.Journal.Where(j => j.SubjectId == instanceId && j.Action == "timer.moved").ToListAsync());
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal((CalendarTimerCheck.Reason, "caseflow.engine"), (line.Reason, line.Actor)));

        Assert.Equal(0, await after.Services.GetRequiredService<CalendarTimerCheck>().RunAsync(CancellationToken.None));
        Assert.Equal(0, await Host(null).Services.GetRequiredService<CalendarTimerCheck>().RunAsync(CancellationToken.None));
        Assert.Equal(moved, await TimersAsync(after, instanceId));
    }

    [Fact]
    public async Task Timers_armed_under_the_current_calendar_stay_and_nothing_is_journaled()
    {
        var app = Host(null);
        var instanceId = await InSteeringAsync(app);
        var armed = await TimersAsync(app, instanceId);

        Assert.Equal(0, await Host(null).Services.GetRequiredService<CalendarTimerCheck>().RunAsync(CancellationToken.None));

        Assert.Equal(armed, await TimersAsync(app, instanceId));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectId == instanceId && j.Action == "timer.moved")));
    }

    private CaseFlowApp Host(string? timeZone)
    {
        var app = new CaseFlowApp(database, clock);
        if (timeZone is not null)
        {
            app.Settings["Calendar:TimeZone"] = timeZone;
        }

        hosts.Add(app);
        return app;
    }

    private async Task<Guid> InSteeringAsync(CaseFlowApp app)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        await CompleteAtAsync(fm, caseId, "Task_Intake", new { caseAction = "accept", workingAlliance = true });
        await CompleteAtAsync(fm, caseId, "Task_Assessment");
        await CompleteAtAsync(fm, caseId, "Task_Plan", new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 3) });
        Assert.Equal(["Task_Steering"], await WaitingAtAsync(fm, instanceId));
        return instanceId;
    }

    private static Task<Dictionary<string, DateTime>> TimersAsync(CaseFlowApp app, Guid instanceId) =>
        app.InDatabaseAsync(db => db.WorkflowTimers.Where(t => t.InstanceId == instanceId).ToDictionaryAsync(t => t.ElementId, t => t.DueAt));

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
