using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>The shipped outreach-u25.bpmn: hand-over, the VM-U25-aB queue, activation with the 6-month timer, joint meeting, back to the pAp.</summary>
public sealed class OutreachWorkflowTests : AppTest
{
    [Fact]
    public async Task An_outreach_hand_over_goes_through_the_queue_and_back_to_the_pap_with_an_extension_after_six_months()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var kaya = await app.SignInAsync("ab.kaya");
        var roth = await app.SignInAsync("ab.roth");
        var caseId = await CreateOutreachCaseAsync(pap);
        var instanceId = await InstanceOfAsync(pap, caseId, "outreach-u25");

        await CompleteAtAsync(pap, caseId, "Task_HandoverTalk", new { handoverTalkHeld = true });
        await CompleteAtAsync(pap, caseId, "Task_HandoverForm", new { form = "AB-Auftrag-Fallübergabe" });
        Assert.Equal("Queued", await CaseStateAsync(pap, caseId));

        var takeOver = await TaskAtAsync(kaya, caseId, "Task_TakeOver");
        Assert.Equal("queue:VM-U25-aB", (await TasksAsync(roth, "group")).Single(t => t!["id"]!.GetValue<Guid>() == takeOver)!["candidateRole"]!.GetValue<string>());
        Assert.Empty(await TasksAsync(pap, "group", caseId));
        Assert.Equal(HttpStatusCode.OK, (await kaya.PostAsync($"/api/tasks/{takeOver}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await roth.GetAsync($"/api/tasks/{takeOver}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await CompleteAsync(roth, takeOver)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(kaya, takeOver)).StatusCode);
        Assert.Equal("Activation", await CaseStateAsync(kaya, caseId));
        await ActOkAsync(kaya, caseId, "record-visit", new { data = new { companions = new[] { "ab.roth" } } });

        app.Clock.Advance(TimeSpan.FromDays(190));
        await app.ProcessEngineAsync();
        Assert.Equal(["Task_ExtendOrReturn"], await WaitingAtAsync(kaya, instanceId));
        await CompleteAtAsync(kaya, caseId, "Task_ExtendOrReturn", new { caseAction = "extend", justification = "Kontakt gerade erst stabil", until = InMonths(app, 3) });
        Assert.Equal(["Task_Outreach"], await WaitingAtAsync(kaya, instanceId));

        await CompleteAtAsync(kaya, caseId, "Task_Outreach");
        Assert.Equal("JointMeeting", await CaseStateAsync(kaya, caseId));
        await CompleteAtAsync(kaya, caseId, "Task_JointMeeting", new { participants = new[] { "customer", "pAp", "aB-pAp" } });
        Assert.Equal("Returned", await CaseStateAsync(pap, caseId));
        await CompleteAtAsync(pap, caseId, "Task_BackToPap");
        Assert.Equal("Completed", (await InstanceAsync(kaya, instanceId))["status"]!.GetValue<string>());
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task Without_an_extension_the_six_month_timer_returns_the_customer_early()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var kaya = await app.SignInAsync("ab.kaya");
        var caseId = await CreateOutreachCaseAsync(pap);
        var instanceId = await InstanceOfAsync(pap, caseId, "outreach-u25");
        await CompleteAtAsync(pap, caseId, "Task_HandoverTalk", new { handoverTalkHeld = true });
        await CompleteAtAsync(pap, caseId, "Task_HandoverForm", new { form = "AB-Auftrag-Fallübergabe" });
        await CompleteAtAsync(kaya, caseId, "Task_TakeOver");

        app.Clock.Advance(TimeSpan.FromDays(200));
        await app.ProcessEngineAsync();
        await CompleteAtAsync(kaya, caseId, "Task_ExtendOrReturn", new { caseAction = "return-early", reason = "Nicht erreichbar" });

        Assert.Equal("Returned", await CaseStateAsync(pap, caseId));
        Assert.Equal(["Task_BackToPap"], await WaitingAtAsync(kaya, instanceId));
        await Consistency.AssertConsistentAsync(app);
    }

    private static async Task<Guid> CreateOutreachCaseAsync(HttpClient pap)
    {
        var customer = await pap.PostAsJsonAsync("/api/customers", new { customerNumber = NewCustomerNumber('U'), givenName = "Jonas", familyName = "Becker", birthDate = "2006-05-01" });
        Assert.Equal(HttpStatusCode.Created, customer.StatusCode);
        var response = await pap.PostAsJsonAsync("/api/cases", new { customerId = (await ReadAsync(customer))["id"]!.GetValue<Guid>(), kind = "outreach" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response))["id"]!.GetValue<Guid>();
    }
}
