using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>The labels the server serves come in the language of Accept-Language: English for en, German otherwise.</summary>
public sealed class LabelLanguageApiTests : AppTest
{
    [Fact]
    public async Task English_callers_get_the_vocabulary_and_the_lifecycles_in_english_with_content_language_en()
    {
        var ifk = InLanguage(await app.SignInAsync("ifk.meyer"), "en");

        var vocabularyResponse = await ifk.GetAsync("/api/vocabulary");
        var vocabulary = await ReadAsync(vocabularyResponse);
        var lifecycle = await ReadAsync(await ifk.GetAsync("/api/lifecycles/bfm"));

        Assert.Equal(["en"], vocabularyResponse.Content.Headers.ContentLanguage);
        Assert.Equal("Case manager (FM)", LabelOf(vocabulary["roles"]!, "FM"));
        var bfm = Assert.Single(vocabulary["caseKinds"]!.AsArray(), k => k!["value"]!.GetValue<string>() == "bfm")!;
        Assert.Equal("Employment-oriented case management (bFM)", bfm["label"]!.GetValue<string>());
        Assert.Equal("Case steering", LabelOf(bfm["states"]!, "Steering"));
        Assert.Equal("Integration into work or training", LabelOf(vocabulary["exitReasons"]!, "Integrated"));
        Assert.Equal("Market profile (MP)", LabelOf(vocabulary["profileCodes"]!, "MP"));
        Assert.Equal("Customer number", LabelOf(vocabulary["sharedFields"]!, "customerNumber"));
        Assert.Equal("Case steering", LabelOf(lifecycle["states"]!, "Steering"));
        var agreePlan = lifecycle["actions"]!.AsArray().Single(a => a!["action"]!.GetValue<string>() == "agree-plan")!;
        Assert.Equal("Agree the plan", agreePlan["label"]!.GetValue<string>());
        Assert.Equal(["Case manager (FM)"], agreePlan["roleNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        var planType = agreePlan["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "planType")!;
        Assert.Equal("Plan type", planType["label"]!.GetValue<string>());
        Assert.Equal("Cooperation plan", LabelOf(planType["options"]!, "Kooperationsplan"));
        var nextReview = agreePlan["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "nextReviewDue")!;
        Assert.Equal("After today and within the review interval (usually 6 months).", nextReview["hint"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("de")]
    [InlineData("de-DE")]
    [InlineData("fr")]
    public async Task Without_the_header_or_for_german_or_an_unsupported_language_the_labels_stay_german(string? language)
    {
        var ifk = InLanguage(await app.SignInAsync("ifk.meyer"), language);

        var response = await ifk.GetAsync("/api/vocabulary");
        var vocabulary = await ReadAsync(response);
        var lifecycle = await ReadAsync(await ifk.GetAsync("/api/lifecycles/bfm"));

        Assert.Equal(["de"], response.Content.Headers.ContentLanguage);
        Assert.Equal("Fallmanager/in (FM)", LabelOf(vocabulary["roles"]!, "FM"));
        Assert.Equal("Integration in Arbeit oder Ausbildung", LabelOf(vocabulary["exitReasons"]!, "Integrated"));
        var agreePlan = lifecycle["actions"]!.AsArray().Single(a => a!["action"]!.GetValue<string>() == "agree-plan")!;
        Assert.Equal("Plan vereinbaren", agreePlan["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task My_cases_and_a_case_with_its_file_and_history_come_in_english_and_typed_text_stays_as_typed()
    {
        var (caseId, _, germanFm) = await CaseInSteeringAsync(app);
        await ActOkAsync(germanFm, caseId, "review", new { note = "Prognose unverändert", data = new { prognosis = "Uncertain", prognosisReasons = "Therapie läuft noch" } });
        var fm = InLanguage(await app.SignInAsync("fm.schulz"), "en");

        var row = Assert.Single(await ReadArrayAsync(await fm.GetAsync("/api/cases?scope=mine")))!;
        var view = await GetCaseAsync(fm, caseId);
        var history = await HistoryAsync(fm, caseId);

        Assert.Equal("Employment-oriented case management", row["kindLabel"]!.GetValue<string>());
        Assert.Equal("Case steering", row["stateLabel"]!.GetValue<string>());
        Assert.Equal("Review of the cooperation plan", row["nextDueLabel"]!.GetValue<string>());
        Assert.Equal("Case steering", view["stateLabel"]!.GetValue<string>());
        Assert.Equal("Cooperation plan", ValueOf(view["file"]!, "Plan type"));
        Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", ValueOf(view["file"]!, "Next review due on"));
        Assert.Equal("Uncertain", ValueOf(view["file"]!, "Prognosis"));
        Assert.Equal("Therapie läuft noch", ValueOf(view["file"]!, "Reasons for the prognosis"));
        Assert.Equal("Case opened", history.First()!["actionLabel"]!.GetValue<string>());
        var plan = Assert.Single(history, e => e!["action"]!.GetValue<string>() == "agree-plan")!;
        Assert.Equal("Agree the plan", plan["actionLabel"]!.GetValue<string>());
        Assert.Equal("Case steering", plan["toLabel"]!.GetValue<string>());
        Assert.Equal("Cooperation plan", ValueOf(plan["details"]!, "Plan type"));
        Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", ValueOf(plan["details"]!, "Next review due on"));
        var review = Assert.Single(history, e => e!["action"]!.GetValue<string>() == "review")!;
        Assert.Equal("Record a review", review["actionLabel"]!.GetValue<string>());
        Assert.Equal("Prognose unverändert", review["note"]!.GetValue<string>());
        var germanHistory = await HistoryAsync(germanFm, caseId);
        Assert.Equal("Fall eröffnet", germanHistory.First()!["actionLabel"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_profile_catalogue_labels_its_german_values_in_the_callers_language()
    {
        var english = await ReadAsync(await InLanguage(await app.SignInAsync("ifk.meyer"), "en").GetAsync("/api/customers/profile-catalogue"));
        var german = await ReadAsync(await (await app.SignInAsync("ifk.meyer")).GetAsync("/api/customers/profile-catalogue"));

        Assert.Equal("Schuldenabbau", english["keyGroups"]![0]!["obstacles"]![0]!.GetValue<string>());
        Assert.Equal("Reducing debts", english["labels"]!["Schuldenabbau"]!.GetValue<string>());
        Assert.Equal("Framework conditions", english["labels"]!["Rahmenbedingungen"]!.GetValue<string>());
        Assert.Equal("Gender", english["labels"]!["Geschlecht"]!.GetValue<string>());
        Assert.Equal("Schuldenabbau", german["labels"]!["Schuldenabbau"]!.GetValue<string>());
    }

    [Fact]
    public async Task Problem_titles_and_details_stay_german_for_english_callers()
    {
        var ifk = InLanguage(await app.SignInAsync("ifk.meyer"), "en");

        var response = await ifk.GetAsync("/api/lifecycles/loan");
        var problem = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Matches(new Regex(@"^\S.* \(.+\)$"), problem["title"]!.GetValue<string>());
        Assert.StartsWith("Unbekannte Fallart 'loan' (unknown case kind)", problem["detail"]!.GetValue<string>());
    }

    private static HttpClient InLanguage(HttpClient client, string? language)
    {
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    private static string LabelOf(JsonNode options, string value) =>
        options.AsArray().Single(o => o!["value"]!.GetValue<string>() == value)!["label"]!.GetValue<string>();

    private static string ValueOf(JsonNode lines, string label) =>
        lines.AsArray().Single(l => l!["label"]!.GetValue<string>() == label)!["value"]!.GetValue<string>();
}
