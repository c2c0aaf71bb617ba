using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

public sealed class BfmWalkthroughTests : AppTest
{
    [Fact]
    public async Task A_bfm_case_walks_from_referral_to_exit_and_leaves_a_follow_up_for_the_ifk()
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);

        var reviewed = await ActOkAsync(fm, caseId, "review", new { note = "Prognose unverändert", data = new { prognosis = "Uncertain", prognosisReasons = "Therapie läuft noch" } });
        Assert.Equal("Steering", reviewed["state"]!.GetValue<string>());
        Assert.Equal(1, reviewed["bfm"]!["reviewCount"]!.GetValue<int>());
        await ActOkAsync(fm, caseId, "revise-plan");
        var due = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(6).ToString("yyyy-MM-dd");
        await ActOkAsync(fm, caseId, "agree-plan", new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = due } });
        var exited = await ActOkAsync(fm, caseId, "exit", new { reason = "Integrated", data = new { finalProfile = "I", closingPlan = "Nachbetreuung durch die IFK" } });

        Assert.Equal("Exited", exited["state"]!.GetValue<string>());
        Assert.Equal("Integrated", exited["bfm"]!["exitReason"]!.GetValue<string>());
        var history = await ReadArrayAsync(await fm.GetAsync($"/api/cases/{caseId}/history"));
        Assert.Equal(
            ["open", "refer", "accept", "complete-assessment", "agree-plan", "review", "revise-plan", "agree-plan", "exit"],
            history.Select(entry => entry!["action"]!.GetValue<string>()));
        Assert.All(history, entry => Assert.False(string.IsNullOrEmpty(entry!["actor"]!.GetValue<string>())));
        var followUp = await app.InDatabaseAsync(db => db.FollowUps.SingleAsync(f => f.CaseId == caseId));
        Assert.Equal("ifk.meyer", followUp.Assignee);
        Assert.Contains("Integrated", followUp.Reason);
        Assert.Equal(HttpStatusCode.OK, (await ifk.GetAsync($"/api/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task The_diagram_is_mermaid_with_the_current_state_marked()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

        var response = await ifk.GetAsync($"/api/cases/{caseId}/diagram");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("stateDiagram-v2", text);
        Assert.Contains("class Draft current", text);
        Assert.Contains("state Active {", text);
    }

    [Fact]
    public async Task A_refused_action_answers_409_with_unmet_guards_and_changes_nothing()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var caseId = await CreateBfmCaseAsync(ifk, customerId);

        var response = await ActAsync(ifk, caseId, "refer", new { data = new { consent = true } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ReadAsync(response);
        var guards = problem["unmetGuards"]!.AsArray().Select(g => g!["guard"]!.GetValue<string>()).ToList();
        Assert.Equal(["complexProfile", "influenceableNeeds", "integrationWithoutFmUnlikely"], guards);
        Assert.Contains(problem["allowedActions"]!.AsArray(), a => a!["action"]!.GetValue<string>() == "refer");
        var after = await GetCaseAsync(ifk, caseId);
        Assert.Equal("Draft", after["state"]!.GetValue<string>());
        Assert.Equal(0, after["version"]!.GetValue<int>());
        Assert.Single(await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{caseId}/history")));
    }
}
