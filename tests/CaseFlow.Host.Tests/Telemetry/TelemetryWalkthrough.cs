using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>
/// A bFM walk-through with telemetry on, for the metric and privacy tests: bfm-referral from the IFK's check (refused
/// without consent, an incident, retried) through intake, assessment and plan to the six-month review timer and an overdue
/// review task; a second case left with its incident; a refused and a forbidden action by API; a request with a query
/// string. The customers have customer numbers the test made up, so a leak can be searched for.
/// </summary>
public sealed class TelemetryWalkthrough : IAsyncLifetime
{
    public TelemetryWalkthrough() => Capture = new TelemetryCapture(App);

    public CaseFlowApp App { get; } = new();

    public TelemetryCapture Capture { get; }

    /// <summary>The customer numbers used in the walk ('T' is no hex digit, so no id can contain one by chance).</summary>
    public IReadOnlyList<string> CustomerNumbers { get; } =
        [.. Enumerable.Range(0, 3).Select(_ => NewCustomerNumber('T'))];

    public async Task InitializeAsync()
    {
        var ifk = await App.SignInAsync("ifk.meyer");
        var fm = await App.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk, customerNumber: CustomerNumbers[0]));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        var check = await TaskAtAsync(ifk, caseId, "Task_CheckAccess");
        Assert.Equal(HttpStatusCode.Conflict, (await CompleteAsync(ifk, check, new { consent = false })).StatusCode);
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        var intake = await TaskAtAsync(fm, caseId, "Task_Intake");
        Assert.Equal(HttpStatusCode.OK, (await fm.PostAsync($"/api/tasks/{intake}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(fm, intake, new { caseAction = "accept", workingAlliance = true })).StatusCode);
        await CompleteAtAsync(fm, caseId, "Task_Assessment");
        await CompleteAtAsync(fm, caseId, "Task_Plan", new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(App, 6) });
        App.Clock.Advance(TimeSpan.FromDays(184));
        await App.ProcessEngineAsync();
        Assert.Equal(["Task_Review", "Task_Steering"], await WaitingAtAsync(fm, instanceId));
        App.Clock.Advance(TimeSpan.FromDays(20));

        var secondCase = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk, customerNumber: CustomerNumbers[1]));
        var secondInstance = await FaultWorkflow.InIncidentAsync(App, ifk, secondCase);
        Assert.Equal("Incident", (await InstanceAsync(ifk, secondInstance))["status"]!.GetValue<string>());

        var notEligible = await CreateBfmCaseAsync(ifk, await CreateCustomerAsync(ifk, customerNumber: CustomerNumbers[2]));
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(ifk, notEligible, "refer", new { data = new { consent = true } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(ifk, secondCase, "review", new { data = new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = InMonths(App, 6) } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ifk.GetAsync($"/api/tasks?scope=all&q={CustomerNumbers[0]}")).StatusCode);
        await App.ProcessEngineAsync();
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
