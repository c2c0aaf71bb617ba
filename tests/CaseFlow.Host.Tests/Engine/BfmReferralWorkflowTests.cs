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
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(fm, intake, new { caseAction = "accept", workingAlliance = true })).StatusCode);
        Assert.Equal("Assessment", await CaseStateAsync(fm, caseId));

        await CompleteAtAsync(fm, caseId, "Task_Assessment");
        await CompleteAtAsync(fm, caseId, "Task_Plan", new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 6) });
        Assert.Equal("Steering", await CaseStateAsync(fm, caseId));
        Assert.Equal(["Task_Steering"], await WaitingAtAsync(fm, instanceId));

        await RestartAsync();
        fm = await app.SignInAsync("fm.schulz");
        clock.Advance(TimeSpan.FromDays(184));
        await app.ProcessEngineAsync();
        Assert.Equal(["Task_Review", "Task_Steering"], await WaitingAtAsync(fm, instanceId));
        await CompleteAtAsync(fm, caseId, "Task_Review", new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = InMonths(app, 6) });
        Assert.Equal(1, (await GetCaseAsync(fm, caseId))["bfm"]!["reviewCount"]!.GetValue<int>());

        clock.Advance(TimeSpan.FromDays(550));
        await app.ProcessEngineAsync();
        var lead = await app.SignInAsync("fm.lead");
        await CompleteAtAsync(lead, caseId, "Task_Escalate", new { decision = "Fallabgang vorbereiten" });
        await CompleteAtAsync(fm, caseId, "Task_Steering", new { reason = "MaximumDurationReached", finalProfile = "I", closingPlan = "Nachbetreuung durch die IFK" });
        Assert.Equal("Exited", await CaseStateAsync(fm, caseId));

        ifk = await app.SignInAsync("ifk.meyer");
        await CompleteAtAsync(ifk, caseId, "Task_FollowUp");
        // After the exit the IFK is no secondary caseworker: the instance's variables are for the FM (need to know).
        var instance = await InstanceAsync(fm, instanceId);
        Assert.Equal("Completed", instance["status"]!.GetValue<string>());
        Assert.Empty(instance["waitingAt"]!.AsArray());
        var leftOver = await app.InDatabaseAsync(db => db.HumanTasks.Where(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open).CountAsync());
        Assert.Equal(0, leftOver);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.WorkflowTimers.CountAsync(t => t.InstanceId == instanceId)));
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task A_rejected_intake_returns_the_case_to_the_ifk()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.wagner");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });

        await CompleteAtAsync(fm, caseId, "Task_Intake", new { caseAction = "reject", reason = "Kein Arbeitsbündnis möglich" });

        Assert.Equal("Returned", await CaseStateAsync(ifk, caseId));
        await CompleteAtAsync(ifk, caseId, "Task_Returned");
        Assert.Equal("Completed", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_check_without_consent_is_refused_with_the_reasons_the_task_stays_open_and_nothing_is_written()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        var task = await TaskAtAsync(ifk, caseId, "Task_CheckAccess");
        var before = await CountsAsync(caseId, instanceId);

        var refused = await CompleteAsync(ifk, task, new { consent = false });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await ReadAsync(refused);
        Assert.Equal("Draft", problem["state"]!.GetValue<string>());
        Assert.Equal(["consent"], GuardsOf(problem));
        Assert.Contains("Zustimmung", problem["unmetGuards"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(before, await CountsAsync(caseId, instanceId));
        Assert.Equal("Running", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
        Assert.Equal(task, await TaskAtAsync(ifk, caseId, "Task_CheckAccess"));

        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });

        Assert.Equal("Referred", await CaseStateAsync(ifk, caseId));
        Assert.Equal(["Task_Intake"], await WaitingAtAsync(ifk, instanceId));
        Assert.Empty((await InstanceAsync(ifk, instanceId))["incidents"]!.AsArray());
    }

    [Fact]
    public async Task An_intake_bound_to_two_actions_needs_the_case_action_named()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        var intake = await TaskAtAsync(fm, caseId, "Task_Intake");

        var missing = await CompleteAsync(fm, intake, new { workingAlliance = true });
        var other = await CompleteAsync(fm, intake, new { caseAction = "exit", workingAlliance = true });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("caseAction", (await ReadAsync(missing))["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("Referred", await CaseStateAsync(fm, caseId));
        Assert.Equal(["Task_Intake"], await WaitingAtAsync(fm, instanceId));
    }

    /// <summary>Journal lines of the case and the instance, case rows, and the case's version.</summary>
    private Task<(int Journal, int Cases, int Version, int InstanceVersion)> CountsAsync(Guid caseId, Guid instanceId) =>
        app.InDatabaseAsync(async db => (
            await db.Journal.CountAsync(j => j.SubjectId == caseId || j.SubjectId == instanceId),
            await db.Cases.CountAsync(),
            await db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync(),
            await db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.Version).SingleAsync()));

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
