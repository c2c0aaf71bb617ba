using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>The shipped bfm-recheck.bpmn: a waived bFM referral starts a re-check of bFM access every 6 months.</summary>
public sealed class BfmRecheckWorkflowTests : AppTest
{
    [Fact]
    public async Task Waiving_a_referral_starts_a_recheck_every_six_months_until_the_ifk_refers()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "waive", new { reason = "Kundin beginnt eine Qualifizierung" });
        await app.ProcessEngineAsync();

        var instanceId = await app.InDatabaseAsync(db => db.WorkflowInstances.Where(i => i.CaseId == caseId && i.DefinitionKey == "bfm-recheck").Select(i => i.Id).SingleAsync());
        Assert.Equal(["Timer_SixMonths"], await WaitingAtAsync(ifk, instanceId));

        app.Clock.Advance(TimeSpan.FromDays(185));
        await app.ProcessEngineAsync();
        await CompleteAtAsync(ifk, caseId, "Task_Recheck", new { referNow = false });
        Assert.Equal(["Timer_SixMonths"], await WaitingAtAsync(ifk, instanceId));

        app.Clock.Advance(TimeSpan.FromDays(185));
        await app.ProcessEngineAsync();
        await CompleteAtAsync(ifk, caseId, "Task_Recheck", new { referNow = true });
        Assert.Equal("Completed", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_recheck_can_also_be_started_by_hand_for_a_case()
    {
        var ifk = await app.SignInAsync("ifk.braun");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

        var instanceId = await StartAsync(ifk, "bfm-recheck", caseId);

        Assert.Equal(["Timer_SixMonths"], await WaitingAtAsync(ifk, instanceId));
    }
}
