using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>Every bFM action's rules through HTTP: the refusals answer clearly and change nothing.</summary>
public sealed class BfmActionRulesTests : AppTest
{
    /// <summary>Acts, expects the status, and checks that state, version, history and follow-ups are unchanged.</summary>
    private async Task<System.Text.Json.Nodes.JsonObject> RefusedAsync(HttpClient client, HttpClient reader, Guid caseId, string action, object? body, HttpStatusCode expected)
    {
        var before = await GetCaseAsync(reader, caseId);
        var historyBefore = (await ReadArrayAsync(await reader.GetAsync($"/api/cases/{caseId}/history"))).Count;

        var response = await ActAsync(client, caseId, action, body);

        var problem = await ReadAsync(response);
        Assert.True(response.StatusCode == expected, $"{action}: {(int)response.StatusCode} {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var after = await GetCaseAsync(reader, caseId);
        Assert.Equal(before["state"]!.GetValue<string>(), after["state"]!.GetValue<string>());
        Assert.Equal(before["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
        Assert.Equal(historyBefore, (await ReadArrayAsync(await reader.GetAsync($"/api/cases/{caseId}/history"))).Count);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.FollowUps.CountAsync(f => f.CaseId == caseId)));
        return problem;
    }

    private async Task<(Guid CaseId, HttpClient Ifk, HttpClient Fm)> ReferredAsync(bool severelyDisabled = false)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk, severelyDisabled));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        return (caseId, ifk, await app.SignInAsync("fm.schulz"));
    }

    [Fact]
    public async Task Refer_without_consent_is_409_naming_the_consent_guard()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

        var problem = await RefusedAsync(ifk, ifk, caseId, "refer", new { data = new { consent = false } }, HttpStatusCode.Conflict);

        Assert.Equal(["consent"], problem["unmetGuards"]!.AsArray().Select(g => g!["guard"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Refer_with_a_written_exception_admits_a_customer_without_the_criteria()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateCustomerAsync(ifk));

        var referred = await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true, exceptionJustification = "Drohende Wohnungslosigkeit" } });

        Assert.Equal("Referred", referred["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refer_without_the_consent_field_is_400_naming_it()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

        var problem = await RefusedAsync(ifk, ifk, caseId, "refer", new { data = new { } }, HttpStatusCode.BadRequest);

        Assert.Equal("data.consent", problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Waive_needs_a_reason_and_then_closes_the_draft()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

        var problem = await RefusedAsync(ifk, ifk, caseId, "waive", new { }, HttpStatusCode.BadRequest);
        var waived = await ActOkAsync(ifk, caseId, "waive", new { reason = "Arbeitsaufnahme in Aussicht" });

        Assert.Equal("reason", problem["field"]!.GetValue<string>());
        Assert.Equal("Waived", waived["state"]!.GetValue<string>());
        var last = (await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{caseId}/history"))).Last()!;
        Assert.Equal(("waive", "Draft", "Waived", "Arbeitsaufnahme in Aussicht", "ifk.meyer"),
            (last["action"]!.GetValue<string>(), last["from"]!.GetValue<string>(), last["to"]!.GetValue<string>(), last["reason"]!.GetValue<string>(), last["actor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Accept_needs_the_working_alliance_field_and_its_consent()
    {
        var (caseId, ifk, fm) = await ReferredAsync();

        var missing = await RefusedAsync(fm, ifk, caseId, "accept", new { data = new { } }, HttpStatusCode.BadRequest);
        await RefusedAsync(fm, ifk, caseId, "accept", new { data = new { workingAlliance = false } }, HttpStatusCode.Conflict);

        Assert.Equal("data.workingAlliance", missing["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accept_makes_the_fm_main_and_keeps_the_ifk_secondary_for_a_severely_disabled_customer()
    {
        var (caseId, _, fm) = await ReferredAsync(severelyDisabled: true);

        var accepted = await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true, ifkStaysSecondary = false } });

        Assert.Equal("Assessment", accepted["state"]!.GetValue<string>());
        Assert.Equal("fm.schulz", accepted["mainCaseworker"]!.GetValue<string>());
        Assert.Equal("ifk.meyer", accepted["secondaryCaseworker"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reject_with_a_reason_returns_the_case_to_the_ifk()
    {
        var (caseId, _, fm) = await ReferredAsync();

        var returned = await ActOkAsync(fm, caseId, "reject", new { reason = "Zugangskriterien nicht belegt" });

        Assert.Equal("Returned", returned["state"]!.GetValue<string>());
        Assert.Equal("ifk.meyer", returned["mainCaseworker"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("fm.schulz", "refer")]
    [InlineData("ifk.meyer", "accept")]
    [InlineData("ifk.meyer", "reject")]
    [InlineData("fm.lead", "accept")]
    public async Task The_wrong_role_gets_403(string user, string action)
    {
        var (caseId, ifk, _) = await ReferredAsync();
        var client = await app.SignInAsync(user);

        await RefusedAsync(client, ifk, caseId, action, new { reason = "x", data = new { consent = true, workingAlliance = true } }, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("complete-assessment")]
    [InlineData("agree-plan")]
    [InlineData("review")]
    [InlineData("revise-plan")]
    [InlineData("exit")]
    public async Task An_ifk_cannot_take_the_steering_actions(string action)
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);

        await RefusedAsync(ifk, fm, caseId, action, new { reason = "Integrated", data = new { finalProfile = "I", closingPlan = "Nachbetreuung durch die IFK" } }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Agree_plan_refuses_a_review_date_beyond_six_months_and_an_unknown_plan_type()
    {
        var (caseId, ifk, fm) = await ReferredAsync();
        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true } });
        await ActOkAsync(fm, caseId, "complete-assessment");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        var tooLate = await RefusedAsync(fm, fm, caseId, "agree-plan", new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = today.AddMonths(7).ToString("yyyy-MM-dd") } }, HttpStatusCode.Conflict);
        var unknown = await RefusedAsync(fm, fm, caseId, "agree-plan", new { data = new { planType = "Vertrag", nextReviewDue = today.AddMonths(2).ToString("yyyy-MM-dd") } }, HttpStatusCode.BadRequest);

        Assert.Equal("nextReviewDue", tooLate["unmetGuards"]![0]!["guard"]!.GetValue<string>());
        Assert.Equal("data.planType", unknown["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Exit_refuses_an_unknown_reason_and_a_missing_final_profile()
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);

        var reason = await RefusedAsync(fm, fm, caseId, "exit", new { reason = "Bored", data = new { finalProfile = "I", closingPlan = "Nachbetreuung durch die IFK" } }, HttpStatusCode.BadRequest);
        var profile = await RefusedAsync(fm, fm, caseId, "exit", new { reason = "Integrated", data = new { } }, HttpStatusCode.BadRequest);

        Assert.Equal("reason", reason["field"]!.GetValue<string>());
        Assert.Equal("data.finalProfile", profile["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_review_after_two_years_needs_a_justification()
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(740));

        var problem = await RefusedAsync(fm, fm, caseId, "review", new { data = new { prognosis = "Uncertain", prognosisReasons = "Therapie läuft noch" } }, HttpStatusCode.Conflict);
        var reviewed = await ActOkAsync(fm, caseId, "review", new { data = new { prognosis = "Uncertain", prognosisReasons = "Therapie läuft noch", extensionJustification = "Therapie endet in 3 Monaten" } });

        Assert.Equal("extensionJustification", problem["unmetGuards"]![0]!["guard"]!.GetValue<string>());
        Assert.Equal("Therapie endet in 3 Monaten", reviewed["bfm"]!["extensionJustification"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_actions_and_cases_are_404()
    {
        var (caseId, ifk, _) = await ReferredAsync();

        await RefusedAsync(ifk, ifk, caseId, "teleport", null, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(ifk, Guid.NewGuid(), "refer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ifk.GetAsync($"/api/cases/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Opening_a_second_bfm_case_while_one_runs_is_409_and_an_unknown_kind_is_400()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        await CreateBfmCaseAsync(ifk, customerId);

        var second = await ifk.PostAsJsonAsync("/api/cases", new { customerId, kind = "bfm" });
        var unknown = await ifk.PostAsJsonAsync("/api/cases", new { customerId, kind = "nonsense" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("kind", (await ReadAsync(unknown))["field"]!.GetValue<string>());
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Cases.CountAsync()));
    }
}
