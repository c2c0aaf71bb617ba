using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>The shipped bfm-referral.bpmn driven end to end through the HTTP API, with a restart of the Host in the middle.</summary>
public sealed class BfmReferralWorkflowTests : IDisposable
{
    private readonly string database = CaseFlowApp.NewSqliteFile();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private CaseFlowApp app;

    public BfmReferralWorkflowTests() => app = new CaseFlowApp(database, clock);

    [Fact]
    public async Task A_referral_runs_from_the_ifk_check_to_exit_and_the_ifk_follow_up_across_a_restart()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        Assert.Equal(["Task_CheckAccess"], await WaitingAtAsync(ifk, instanceId));

        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        Assert.Equal("Referred", await CaseStateAsync(ifk, caseId));
        var intake = await TaskAtAsync(fm, caseId, "Task_Intake");
        Assert.Contains((await TasksAsync(fm, "group")), t => t!["id"]!.GetValue<Guid>() == intake);
        Assert.Equal(HttpStatusCode.OK, (await fm.PostAsync($"/api/tasks/{intake}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(fm, intake, new { accepted = true, workingAlliance = true })).StatusCode);
        Assert.Equal("Assessment", await CaseStateAsync(fm, caseId));

        await CompleteAtAsync(fm, caseId, "Task_Assessment");
        await CompleteAtAsync(fm, caseId, "Task_Plan", new { planType = "Kooperationsplan", nextReviewDue = InMonths(app, 6) });
        Assert.Equal("Steering", await CaseStateAsync(fm, caseId));
        Assert.Equal(["Task_Steering"], await WaitingAtAsync(fm, instanceId));

        await RestartAsync();
        fm = await app.SignInAsync("fm.schulz");
        clock.Advance(TimeSpan.FromDays(184));
        await app.ProcessEngineAsync();
        Assert.Equal(["Task_Review", "Task_Steering"], await WaitingAtAsync(fm, instanceId));
        await CompleteAtAsync(fm, caseId, "Task_Review", new { nextReviewDue = InMonths(app, 6) });
        Assert.Equal(1, (await GetCaseAsync(fm, caseId))["bfm"]!["reviewCount"]!.GetValue<int>());

        clock.Advance(TimeSpan.FromDays(550));
        await app.ProcessEngineAsync();
        var lead = await app.SignInAsync("fm.lead");
        await CompleteAtAsync(lead, caseId, "Task_Escalate", new { decision = "Fallabgang vorbereiten" });
        await CompleteAtAsync(fm, caseId, "Task_Steering", new { exitReason = "MaximumDurationReached", finalProfile = "I" });
        Assert.Equal("Exited", await CaseStateAsync(fm, caseId));

        ifk = await app.SignInAsync("ifk.meyer");
        await CompleteAtAsync(ifk, caseId, "Task_FollowUp");
        var instance = await InstanceAsync(ifk, instanceId);
        Assert.Equal("Completed", instance["status"]!.GetValue<string>());
        Assert.Empty(instance["waitingAt"]!.AsArray());
        var leftOver = await app.InDatabaseAsync(db => db.HumanTasks.Where(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open).CountAsync());
        Assert.Equal(0, leftOver);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.WorkflowTimers.CountAsync(t => t.InstanceId == instanceId)));
    }

    [Fact]
    public async Task A_rejected_intake_returns_the_case_to_the_ifk()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.wagner");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });

        await CompleteAtAsync(fm, caseId, "Task_Intake", new { accepted = false, reason = "Kein Arbeitsbündnis möglich" });

        Assert.Equal("Returned", await CaseStateAsync(ifk, caseId));
        await CompleteAtAsync(ifk, caseId, "Task_Returned");
        Assert.Equal("Completed", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_referral_becomes_an_incident_that_a_retry_with_the_consent_resolves()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");

        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = false });

        var instance = await InstanceAsync(ifk, instanceId);
        Assert.Equal("Incident", instance["status"]!.GetValue<string>());
        var incident = instance["incidents"]!.AsArray().Single()!;
        Assert.Equal("Service_Refer", incident["elementId"]!.GetValue<string>());
        Assert.Contains("Zustimmung", incident["message"]!.GetValue<string>());
        var journal = instance["journal"]!.AsArray().Select(j => j!["action"]!.GetValue<string>()).ToList();
        Assert.Equal("instance.started", journal[0]);
        Assert.True(journal.IndexOf("case.fire.refused") < journal.IndexOf("incident.raised"), string.Join(", ", journal));
        Assert.Equal("Draft", await CaseStateAsync(ifk, caseId));

        var retry = await ifk.PostAsJsonAsync(
            $"/api/instances/{instanceId}/incidents/{incident["id"]}/retry", new { variables = new { consent = true } });

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("Referred", await CaseStateAsync(ifk, caseId));
        Assert.Equal(["Task_Intake"], await WaitingAtAsync(ifk, instanceId));
        var again = await ifk.PostAsJsonAsync($"/api/instances/{instanceId}/incidents/{incident["id"]}/retry", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private async Task RestartAsync()
    {
        app.Dispose();
        app = new CaseFlowApp(database, clock);
        await Task.CompletedTask;
    }

    public void Dispose()
    {
        app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
