using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Host.Tests.Workflows;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>One clock: the review timer of the shipped bfm-referral follows the case's agreed nextReviewDue.</summary>
public sealed class BfmReviewTimerWorkflowTests : IDisposable
{
    private readonly string database = CaseFlowApp.NewSqliteFile();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly CaseFlowApp app;

    public BfmReviewTimerWorkflowTests() => app = new CaseFlowApp(database, clock);

    [Fact]
    public async Task The_review_timer_fires_at_the_agreed_date_and_moves_with_every_new_agreed_date()
    {
        var (caseId, instanceId, fm) = await InSteeringAsync(nextReviewDue: InMonths(app, 3));
        var agreed = InMonths(app, 3);
        Assert.Equal(Midnight(agreed), await ReviewTimerAsync(instanceId));

        var moved = InMonths(app, 5);
        await ActOkAsync(fm, caseId, "review", new { data = new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = moved } });
        Assert.Equal(Midnight(moved), await ReviewTimerAsync(instanceId));
        var note = await app.InDatabaseAsync(db => db.Journal
            .Where(j => j.SubjectId == instanceId && j.Action == "timer.moved").Select(j => j.Note).SingleAsync());
        Assert.Contains($"von {Midnight(agreed):O} auf {Midnight(moved):O}", note);

        var refused = await ActAsync(fm, caseId, "review", new { data = new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = InMonths(app, 60) } });
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Midnight(moved), await ReviewTimerAsync(instanceId));

        clock.Advance(Midnight(moved) - clock.GetUtcNow().UtcDateTime + TimeSpan.FromHours(1));
        await app.ProcessEngineAsync();
        Assert.Equal(["Task_Review", "Task_Steering"], await WaitingAtAsync(fm, instanceId));
        Assert.Null(await ReviewTimerAsync(instanceId));

        var next = InMonths(app, 4);
        await CompleteAtAsync(fm, caseId, "Task_Review", new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = next });
        Assert.Equal(Midnight(next), await ReviewTimerAsync(instanceId));
    }

    [Fact]
    public async Task A_case_fire_in_another_workflow_moves_the_review_timer_in_the_same_step()
    {
        var (caseId, instanceId, fm) = await InSteeringAsync(nextReviewDue: InMonths(app, 3));
        var owner = await app.SignInAsync("owner.process");
        Assert.Equal(HttpStatusCode.Created, (await TestWorkflows.UploadAsync(owner, ReviewNow)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync("/api/workflows/review-now/publish", null)).StatusCode);
        await StartAsync(fm, "review-now", caseId);

        var moved = InMonths(app, 4);
        await CompleteAtAsync(fm, caseId, "Task_Now", new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = moved });

        Assert.Equal(Midnight(moved), await ReviewTimerAsync(instanceId));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectId == instanceId && j.Action == "timer.moved")));
    }

    /// <summary>A second bFM workflow that documents a review: start -> task (FM) -> case.fire review -> end.</summary>
    private const string ReviewNow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
          <bpmn:process id="review-now" name="Überprüfung jetzt" cf:caseKind="bfm">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_Now" name="Überprüfung vorziehen" cf:candidateRole="FM" />
            <bpmn:serviceTask id="Fire" cf:action="case.fire" cf:trigger="review" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Now" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Now" targetRef="Fire" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Fire" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private async Task<(Guid CaseId, Guid InstanceId, HttpClient Fm)> InSteeringAsync(string nextReviewDue)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        await CompleteAtAsync(fm, caseId, "Task_Intake", new { caseAction = "accept", workingAlliance = true });
        await CompleteAtAsync(fm, caseId, "Task_Assessment");
        await CompleteAtAsync(fm, caseId, "Task_Plan", new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue });
        Assert.Equal(["Task_Steering"], await WaitingAtAsync(fm, instanceId));
        return (caseId, instanceId, fm);
    }

    private Task<DateTime?> ReviewTimerAsync(Guid instanceId) =>
        app.InDatabaseAsync(db => db.WorkflowTimers
            .Where(t => t.InstanceId == instanceId && t.ElementId == "Timer_Review").Select(t => (DateTime?)t.DueAt).SingleOrDefaultAsync());

    /// <summary>00:00 of the day in Berlin (a date-based timer fires at the start of the German day), as UTC.</summary>
    private static DateTime Midnight(string day) => TimeZoneInfo.ConvertTimeToUtc(
        DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

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
