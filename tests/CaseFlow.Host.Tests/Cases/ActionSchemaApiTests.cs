using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>The lifecycles route serves each action's input schema; the vocabulary and the history speak German.</summary>
public sealed class ActionSchemaApiTests : AppTest
{
    [Fact]
    public async Task The_bfm_lifecycle_serves_each_actions_fields_with_types_limits_and_german_labels()
    {
        var fm = await app.SignInAsync("fm.schulz");

        var lifecycle = await ReadAsync(await fm.GetAsync("/api/lifecycles/bfm"));

        Assert.Equal("Beschäftigungsorientiertes Fallmanagement (bFM)", lifecycle["label"]!.GetValue<string>());
        Assert.Contains(lifecycle["states"]!.AsArray(), s => s!["value"]!.GetValue<string>() == "Steering" && s["label"]!.GetValue<string>() == "Fallsteuerung");
        var agreePlan = ActionOf(lifecycle, "agree-plan");
        Assert.Equal("Plan vereinbaren", agreePlan["label"]!.GetValue<string>());
        var planType = FieldOf(agreePlan, "planType");
        Assert.Equal("Choice", planType["type"]!.GetValue<string>());
        Assert.True(planType["required"]!.GetValue<bool>());
        Assert.Equal("data.planType", planType["path"]!.GetValue<string>());
        Assert.Equal(
            ["Kooperationsplan:Kooperationsplan", "Eingliederungsvereinbarung:Eingliederungsvereinbarung (EV)"],
            planType["options"]!.AsArray().Select(o => $"{o!["value"]}:{o["label"]}"));
        Assert.Equal("Date", FieldOf(agreePlan, "nextReviewDue")["type"]!.GetValue<string>());
        Assert.Equal(("TextList", "goals"), (FieldOf(agreePlan, "goalLinks")["type"]!.GetValue<string>(), FieldOf(agreePlan, "goalLinks")["lookup"]!.GetValue<string>()));
        var exitReason = FieldOf(ActionOf(lifecycle, "exit"), "reason");
        Assert.Equal("Reason", exitReason["location"]!.GetValue<string>());
        Assert.Contains(exitReason["options"]!.AsArray(), o => o!["label"]!.GetValue<string>() == "Integration in Arbeit oder Ausbildung");
        var justification = FieldOf(ActionOf(lifecycle, "refer"), "exceptionJustification");
        Assert.False(justification["required"]!.GetValue<bool>());
        Assert.Equal(2000, justification["maxLength"]!.GetValue<int>());
        Assert.Empty(ActionOf(lifecycle, "complete-assessment")["fields"]!.AsArray());
    }

    [Fact]
    public async Task The_referral_lifecycle_names_the_provider_lookup_and_the_shareable_fields()
    {
        var fm = await app.SignInAsync("fm.schulz");

        var refer = ActionOf(await ReadAsync(await fm.GetAsync("/api/lifecycles/referral")), "refer");

        Assert.Equal("providers", FieldOf(refer, "provider")["lookup"]!.GetValue<string>());
        var consented = FieldOf(refer, "consentedFields");
        Assert.Equal("Choices", consented["type"]!.GetValue<string>());
        Assert.Contains(consented["options"]!.AsArray(), o => o!["value"]!.GetValue<string>() == "customerNumber" && o["label"]!.GetValue<string>() == "Kundennummer");
    }

    [Fact]
    public async Task An_unknown_kind_is_404_with_a_german_title()
    {
        var fm = await app.SignInAsync("fm.schulz");

        var response = await fm.GetAsync("/api/lifecycles/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("unknown case kind", (await ReadAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_vocabulary_serves_roles_kinds_states_and_closed_lists_with_german_labels()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var vocabulary = await ReadAsync(await ifk.GetAsync("/api/vocabulary"));

        Assert.Contains(vocabulary["roles"]!.AsArray(), r => r!["value"]!.GetValue<string>() == "FM" && r["label"]!.GetValue<string>() == "Fallmanager/in (FM)");
        var bfm = Assert.Single(vocabulary["caseKinds"]!.AsArray(), k => k!["value"]!.GetValue<string>() == "bfm")!;
        Assert.Equal("IFK", bfm["creatorRole"]!.GetValue<string>());
        Assert.Contains(bfm["states"]!.AsArray(), s => s!["label"]!.GetValue<string>() == "Vorgemerkt (wartet auf das Erstgespräch)");
        Assert.Equal(7, vocabulary["exitReasons"]!.AsArray().Count);
        Assert.Contains(vocabulary["profileCodes"]!.AsArray(), p => p!["label"]!.GetValue<string>() == "Marktprofil (MP)");
        Assert.Equal(2, vocabulary["planTypes"]!.AsArray().Count);
        Assert.Equal(11, vocabulary["sharedFields"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_text_over_its_served_limit_is_400_naming_the_field_and_changes_nothing()
    {
        var (caseId, _, fm) = await CaseInSteeringAsync(app);
        var before = await GetCaseAsync(fm, caseId);

        var response = await ActAsync(fm, caseId, "review", new { data = new { extensionJustification = new string('x', 2001) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("höchstens 2000 Zeichen", (await ReadAsync(response))["detail"]!.GetValue<string>());
        Assert.Equal(before["version"]!.GetValue<int>(), (await GetCaseAsync(fm, caseId))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_history_shows_each_actions_data_in_words_with_german_labels_and_the_note()
    {
        var (caseId, _, fm) = await CaseInSteeringAsync(app);
        await ActOkAsync(fm, caseId, "review", new { note = "Prognose unverändert", data = new { prognosis = "Uncertain", prognosisReasons = "Therapie läuft noch" } });

        var history = await HistoryAsync(fm, caseId);

        var opened = history.First()!;
        Assert.Equal("Fall eröffnet", opened["actionLabel"]!.GetValue<string>());
        var plan = Assert.Single(history, e => e!["action"]!.GetValue<string>() == "agree-plan")!;
        Assert.Equal("Plan vereinbaren", plan["actionLabel"]!.GetValue<string>());
        Assert.Equal("Fallsteuerung", plan["toLabel"]!.GetValue<string>());
        Assert.Contains(plan["details"]!.AsArray(), d => d!["label"]!.GetValue<string>() == "Art des Plans" && d["value"]!.GetValue<string>() == "Kooperationsplan");
        Assert.Contains(plan["details"]!.AsArray(), d => d!["label"]!.GetValue<string>() == "Nächste Überprüfung fällig am"
            && System.Text.RegularExpressions.Regex.IsMatch(d["value"]!.GetValue<string>(), @"^\d{2}\.\d{2}\.\d{4}$"));
        var review = Assert.Single(history, e => e!["action"]!.GetValue<string>() == "review")!;
        Assert.Equal("Prognose unverändert", review["note"]!.GetValue<string>());
    }

    private static JsonObject ActionOf(JsonObject lifecycle, string action) =>
        lifecycle["actions"]!.AsArray().Single(a => a!["action"]!.GetValue<string>() == action)!.AsObject();

    private static JsonObject FieldOf(JsonObject action, string name) =>
        action["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == name)!.AsObject();
}
