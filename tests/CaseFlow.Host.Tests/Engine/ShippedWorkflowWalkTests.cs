using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>
/// Each shipped workflow with bound tasks walked twice: once by completing its tasks, once by taking the same actions on
/// the case. Both end in the same case state, the instance completed, no incident and no stale wait. (bfm-recheck and
/// provider-report-overdue bind no task to an action: there is no second way to walk them.)
/// </summary>
public sealed class ShippedWorkflowWalkTests : AppTest
{
    [Fact]
    public async Task The_bfm_referral_ends_the_same_by_tasks_and_by_case_actions()
    {
        var byTasks = await BfmReferralAsync(byActions: false);
        var byActions = await BfmReferralAsync(byActions: true);

        Assert.Equal(("Exited", "Completed"), byTasks);
        Assert.Equal(byTasks, byActions);
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task The_outreach_ends_the_same_by_tasks_and_by_case_actions()
    {
        var byTasks = await OutreachAsync(byActions: false);
        var byActions = await OutreachAsync(byActions: true);

        Assert.Equal(("Returned", "Completed"), byTasks);
        Assert.Equal(byTasks, byActions);
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task The_provider_referral_ends_the_same_by_tasks_and_by_case_actions()
    {
        var byTasks = await ProviderReferralAsync(byActions: false);
        var byActions = await ProviderReferralAsync(byActions: true);

        Assert.Equal(("Ended", "Completed"), byTasks);
        Assert.Equal(byTasks, byActions);
        await Consistency.AssertConsistentAsync(app);
    }

    private async Task<(string State, string Status)> BfmReferralAsync(bool byActions)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        var plan = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 6) };

        await Step(ifk, caseId, "Task_CheckAccess", "refer", new { consent = true }, byActions);
        await Step(fm, caseId, "Task_Intake", "accept", new { workingAlliance = true }, byActions);
        await Step(fm, caseId, "Task_Assessment", "complete-assessment", new { }, byActions);
        await Step(fm, caseId, "Task_Plan", "agree-plan", plan, byActions);
        app.Clock.Advance(TimeSpan.FromDays(184));
        await app.ProcessEngineAsync();
        Assert.Equal(["Task_Review", "Task_Steering"], await WaitingAtAsync(fm, instanceId));
        await Step(fm, caseId, "Task_Review", "review", new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = InMonths(app, 6) }, byActions);
        Assert.Equal(["Task_Steering"], await WaitingAtAsync(fm, instanceId));
        await Step(fm, caseId, "Task_Steering", "exit", new { finalProfile = "I", closingPlan = "Nachbetreuung durch die IFK" }, byActions, reason: "Integrated");
        await CompleteAtAsync(ifk, caseId, "Task_FollowUp");
        return (await CaseStateAsync(fm, caseId), (await InstanceAsync(fm, instanceId))["status"]!.GetValue<string>());
    }

    private async Task<(string State, string Status)> OutreachAsync(bool byActions)
    {
        var pap = await app.SignInAsync("pap.hoff");
        var kaya = await app.SignInAsync("ab.kaya");
        var caseId = await CreateOutreachCaseAsync(pap);
        var instanceId = await InstanceOfAsync(pap, caseId, "outreach-u25");

        await CompleteAtAsync(pap, caseId, "Task_HandoverTalk", new { handoverTalkHeld = true });
        await Step(pap, caseId, "Task_HandoverForm", "hand-over", new { form = "AB-Auftrag-Fallübergabe", handoverTalkHeld = true }, byActions);
        await Step(kaya, caseId, "Task_TakeOver", "take-over", new { }, byActions);
        await Step(kaya, caseId, "Task_Outreach", "activated", new { }, byActions);
        await Step(kaya, caseId, "Task_JointMeeting", "hold-joint-meeting", new { participants = new[] { "customer", "pAp", "aB-pAp" } }, byActions);
        await CompleteAtAsync(pap, caseId, "Task_BackToPap");
        // The pAp reads the case's summary, not the outreach file nor the workflow's variables (seed 003): the aB-pAp does.
        return (await CaseStateAsync(pap, caseId), (await InstanceAsync(kaya, instanceId))["status"]!.GetValue<string>());
    }

    private async Task<(string State, string Status)> ProviderReferralAsync(bool byActions)
    {
        var (caseId, fm) = await ReferralCaseAsync(app);
        var instanceId = await InstanceOfAsync(fm, caseId, "provider-referral");
        var referral = new { provider = "sucht-mitte", targetGroup = "Suchtkranke", voluntary = true, consentedFields = new[] { "customerNumber", "targetGroup" } };

        await Step(fm, caseId, "Task_ChooseProvider", "refer", referral, byActions);
        Assert.Equal("AwaitingProvider", await CaseStateAsync(fm, caseId));
        await ActOkAsync(fm, caseId, "provider-confirm", new { note = "Zusage telefonisch" });
        await app.ProcessEngineAsync();
        app.Clock.Advance(TimeSpan.FromDays(93));
        await app.ProcessEngineAsync();
        await Step(fm, caseId, "Task_Conference", "case-conference", new { decision = "end" }, byActions, reason: "Ziel erreicht");
        await CompleteAtAsync(fm, caseId, "Task_FinalReport");
        return (await CaseStateAsync(fm, caseId), (await InstanceAsync(fm, instanceId))["status"]!.GetValue<string>());
    }

    /// <summary>One step of the walk: complete the bound task with the form's variables, or take its action on the case with the same data.</summary>
    private static async Task Step(HttpClient client, Guid caseId, string taskElement, string action, object data, bool byActions, string? reason = null)
    {
        if (byActions)
        {
            await ActOkAsync(client, caseId, action, new { reason, data });
            return;
        }

        var variables = System.Text.Json.Nodes.JsonNode.Parse(Json(data))!.AsObject();
        variables["caseAction"] = action;
        if (reason is not null)
        {
            variables["reason"] = reason;
        }

        await CompleteAtAsync(client, caseId, taskElement, variables);
    }

    private static async Task<Guid> CreateOutreachCaseAsync(HttpClient pap)
    {
        var customer = await CreateCustomerAsync(pap, birthDate: "2006-05-01");
        return await CreateCaseAsync(pap, customer, "outreach");
    }
}
