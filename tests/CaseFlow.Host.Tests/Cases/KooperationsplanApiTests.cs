using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Goals;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>The Kooperationsplan's content, the review prognosis and the exit's write-back through HTTP (issue 15 part 5).</summary>
public sealed class KooperationsplanApiTests : AppTest
{
    private async Task<(Guid CaseId, Guid CustomerId, HttpClient Ifk, HttpClient Fm)> InPlanningAsync()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        var caseId = await CreateBfmCaseAsync(ifk, customerId);
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true } });
        await ActOkAsync(fm, caseId, "complete-assessment");
        return (caseId, customerId, ifk, fm);
    }

    private string Due(int months) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(months).ToString("yyyy-MM-dd");

    private static string? FileValue(JsonObject view, string label) =>
        view["file"]!.AsArray().FirstOrDefault(f => f!["label"]!.GetValue<string>() == label)?["value"]?.GetValue<string>();

    [Fact]
    public async Task The_plan_content_is_saved_shown_in_the_case_file_and_in_the_history()
    {
        var (caseId, _, _, fm) = await InPlanningAsync();

        await ActOkAsync(fm, caseId, "agree-plan", new
        {
            data = new
            {
                planType = "Kooperationsplan",
                strengths = new[] { "Zuverlässig", "Handwerklich geschickt" },
                obstacles = new[] { "Schulden, Mietrückstand" },
                goals = new[] { "Tagesstruktur aufbauen" },
                steps = new[] { "Schuldnerberatung – Kunde – bis 31.01.2027" },
                nextReviewDue = Due(3),
                agreedWithCustomer = true,
            },
        });

        var view = await GetCaseAsync(fm, caseId);
        Assert.Equal("Zuverlässig\nHandwerklich geschickt", FileValue(view, "Potenzialanalyse: Stärken"));
        Assert.Equal("Schulden, Mietrückstand", FileValue(view, "Potenzialanalyse: Hemmnisse"));
        Assert.Equal("Tagesstruktur aufbauen", FileValue(view, "Ziele"));
        Assert.Equal("Schuldnerberatung – Kunde – bis 31.01.2027", FileValue(view, "Schritte (was, wer, bis wann)"));
        var plan = Assert.Single(await HistoryAsync(fm, caseId), e => e!["action"]!.GetValue<string>() == "agree-plan")!;
        Assert.Contains(plan["details"]!.AsArray(), d => d!["label"]!.GetValue<string>() == "Ziele" && d["value"]!.GetValue<string>() == "Tagesstruktur aufbauen");
    }

    [Theory]
    [InlineData("Eingliederungsvereinbarung", true, 0, 201, HttpStatusCode.Conflict, "kooperationsplanOnly")]
    [InlineData("Kooperationsplan", false, 0, 10, HttpStatusCode.Conflict, "agreedWithCustomer")]
    [InlineData("Kooperationsplan", true, 21, 10, HttpStatusCode.BadRequest, "data.goals")]
    [InlineData("Kooperationsplan", true, 1, 201, HttpStatusCode.BadRequest, "data.goals")]
    public async Task A_wrong_plan_is_refused_with_a_reason_and_nothing_is_saved(
        string planType, bool agreed, int goals, int goalLength, HttpStatusCode expected, string named)
    {
        var (caseId, _, _, fm) = await InPlanningAsync();
        var before = await GetCaseAsync(fm, caseId);
        var historyBefore = (await HistoryAsync(fm, caseId)).Count;
        var goalTexts = Enumerable.Range(0, goals).Select(i => $"{i}{new string('z', goalLength - 1)}").ToArray();

        var response = await ActAsync(fm, caseId, "agree-plan", new
        {
            data = new { planType, goals = goalTexts, nextReviewDue = Due(3), agreedWithCustomer = agreed },
        });

        var problem = await ReadAsync(response);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(named, expected == HttpStatusCode.Conflict ? GuardsOf(problem).Single() : problem["field"]!.GetValue<string>());
        var after = await GetCaseAsync(fm, caseId);
        Assert.Equal(("Planning", before["version"]!.GetValue<int>()), (after["state"]!.GetValue<string>(), after["version"]!.GetValue<int>()));
        Assert.Equal(historyBefore, (await HistoryAsync(fm, caseId)).Count);
    }

    [Fact]
    public async Task A_plan_links_only_active_goals_of_its_own_customer()
    {
        var (caseId, customerId, ifk, fm) = await InPlanningAsync();
        var own = Guid.Parse((await GoalSteps.AgreeOkAsync(fm, customerId))["id"]!.GetValue<string>());
        var otherCustomer = await CreateEligibleCustomerAsync(ifk);
        var foreign = Guid.Parse((await GoalSteps.AgreeOkAsync(ifk, otherCustomer))["id"]!.GetValue<string>());
        object Plan(Guid goal) => new { data = new { planType = "Kooperationsplan", goalLinks = new[] { goal.ToString() }, nextReviewDue = Due(3), agreedWithCustomer = true } };

        var refused = await ActAsync(fm, caseId, "agree-plan", Plan(foreign));
        var notAnId = await ActAsync(fm, caseId, "agree-plan", new { data = new { planType = "Kooperationsplan", goalLinks = new[] { "Wohnung" }, nextReviewDue = Due(3), agreedWithCustomer = true } });
        await ActOkAsync(fm, caseId, "agree-plan", Plan(own));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(["goalLinks"], GuardsOf(await ReadAsync(refused)));
        Assert.Equal(HttpStatusCode.Conflict, notAnId.StatusCode);
        Assert.Equal("Wohnen: Eine eigene Wohnung finden", FileValue(await GetCaseAsync(fm, caseId), "Verknüpfte Entwicklungsziele"));
    }

    [Fact]
    public async Task A_review_without_prognosis_reasons_is_400_and_with_them_the_prognosis_is_in_the_file()
    {
        var (caseId, _, fm) = await CaseInSteeringAsync(app);

        var missing = await ActAsync(fm, caseId, "review", new { data = new { prognosis = "Negative" } });
        await ActOkAsync(fm, caseId, "review", new { data = new { prognosis = "Negative", prognosisReasons = "Gesundheit verschlechtert" } });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("data.prognosisReasons", (await ReadAsync(missing))["field"]!.GetValue<string>());
        var view = await GetCaseAsync(fm, caseId);
        Assert.Equal(("Negativ", "Gesundheit verschlechtert"), (FileValue(view, "Prognose"), FileValue(view, "Begründung der Prognose")));
        Assert.Single(await HistoryAsync(fm, caseId), e => e!["action"]!.GetValue<string>() == "review");
    }

    [Fact]
    public async Task The_exit_writes_the_final_profile_back_to_the_customer_journaled_and_records_the_closing_plan()
    {
        var (caseId, customerId, ifk, fm) = await InPlanningAsync();

        await ActOkAsync(fm, caseId, "exit", new { reason = "Integrated", data = new { finalProfile = "I", closingPlan = "Nachbetreuung: Gespräch mit der IFK in 4 Wochen" } });

        var customer = await ReadAsync(await ifk.GetAsync($"/api/customers/{customerId}"));
        Assert.Equal(("I", "fm.schulz"), (customer["profile"]!.GetValue<string>(), customer["profiledBy"]!.GetValue<string>()));
        Assert.Equal("Nachbetreuung: Gespräch mit der IFK in 4 Wochen", FileValue(await GetCaseAsync(fm, caseId), "Abschlussplan"));
        var journal = await app.InDatabaseAsync(db => db.Journal.Where(j => j.SubjectId == customerId && j.Action == "profile.final").ToListAsync());
        var entry = Assert.Single(journal);
        Assert.Equal(("customer", "fm.schulz"), (entry.SubjectType, entry.Actor));
        Assert.Contains(caseId.ToString(), entry.Data);
    }

    [Fact]
    public async Task The_exit_moves_the_customers_contact_due_date_to_the_final_profiles_rule_in_the_same_save()
    {
        var (caseId, customerId, ifk, fm) = await InPlanningAsync();
        var before = await ReadAsync(await ifk.GetAsync($"/api/customers/{customerId}"));
        Assert.Equal("Ue25/unemployed/EP", before["contactRuleCell"]!.GetValue<string>());

        await ActOkAsync(fm, caseId, "exit", new { reason = "Integrated", data = new { finalProfile = "I", closingPlan = "Nachbetreuung durch die IFK" } });

        var after = await ReadAsync(await ifk.GetAsync($"/api/customers/{customerId}"));
        Assert.Equal("Ue25/unemployed/I", after["contactRuleCell"]!.GetValue<string>());
        var (was, now) = (DateOnly.Parse(before["nextContactDue"]!.GetValue<string>()), DateOnly.Parse(after["nextContactDue"]!.GetValue<string>()));
        Assert.True(now > was, $"due date {was} → {now}: four-monthly (I) must lie after about two-monthly (EP)");
    }

    [Fact]
    public async Task An_exit_without_closing_plan_is_400_and_leaves_the_customers_profile()
    {
        var (caseId, customerId, ifk, fm) = await InPlanningAsync();

        var response = await ActAsync(fm, caseId, "exit", new { reason = "Integrated", data = new { finalProfile = "I" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("data.closingPlan", (await ReadAsync(response))["field"]!.GetValue<string>());
        Assert.Equal("EP", (await ReadAsync(await ifk.GetAsync($"/api/customers/{customerId}")))["profile"]!.GetValue<string>());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectId == customerId && j.Action == "profile.final")));
    }
}
