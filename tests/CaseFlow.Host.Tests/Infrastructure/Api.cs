using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>Small steps through the public API that many tests share.</summary>
public static class Api
{
    public static readonly object[] ThreeInfluenceableNeeds =
    [
        new { keyGroup = "Rahmenbedingungen", need = "Schuldenabbau", influenceable = true },
        new { keyGroup = "Rahmenbedingungen", need = "Wohnungslosigkeit", influenceable = true },
        new { keyGroup = "Leistungsfähigkeit", need = "Tagesstruktur", influenceable = true },
    ];

    /// <summary>A birth date that makes a customer 21 at the test clock's start: young enough for outreach U25.</summary>
    public const string U25BirthDate = "2005-06-01";

    /// <summary>A random Kundennummer in the BA format (three digits, the letter, six digits), e.g. <c>123K456789</c>.</summary>
    public static string NewCustomerNumber(char letter = 'K') =>
        $"{Random.Shared.Next(100, 1000)}{letter}{Random.Shared.Next(0, 1_000_000):D6}";

    /// <summary>Registers a customer (by default Erika Mustermann, 36 years old at the test clock's start, with a random customer number).</summary>
    public static async Task<Guid> CreateCustomerAsync(
        HttpClient ifk, bool severelyDisabled = false, string birthDate = "1990-04-12", string? customerNumber = null,
        string givenName = "Erika", string familyName = "Mustermann")
    {
        var response = await ifk.PostAsJsonAsync("/api/customers", new
        {
            customerNumber = customerNumber ?? NewCustomerNumber(),
            givenName,
            familyName,
            birthDate,
            severelyDisabled,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response))["id"]!.GetValue<Guid>();
    }

    /// <summary>A customer who meets every bFM access criterion.</summary>
    public static async Task<Guid> CreateEligibleCustomerAsync(HttpClient ifk, bool severelyDisabled = false, string? customerNumber = null)
    {
        var id = await CreateCustomerAsync(ifk, severelyDisabled, customerNumber: customerNumber);
        var response = await ifk.PutAsJsonAsync($"/api/customers/{id}/profile", new
        {
            profile = "EP",
            actionNeeds = ThreeInfluenceableNeeds,
            integrationWithoutFmUnlikely = true,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    public static Task<Guid> CreateBfmCaseAsync(HttpClient ifk, Guid customerId) => CreateCaseAsync(ifk, customerId, "bfm");

    public static Task<HttpResponseMessage> OpenCaseAsync(HttpClient client, Guid customerId, string kind) =>
        client.PostAsJsonAsync("/api/cases", new { customerId, kind });

    /// <summary>Opens a case of the kind and insists on 201, returning its id.</summary>
    public static async Task<Guid> CreateCaseAsync(HttpClient client, Guid customerId, string kind)
    {
        var response = await OpenCaseAsync(client, customerId, kind);
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"open {kind}: {(int)response.StatusCode} {json}");
        return json["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonArray> HistoryAsync(HttpClient client, Guid caseId) =>
        await ReadArrayAsync(await client.GetAsync($"/api/cases/{caseId}/history"));

    public static IEnumerable<string> Actions(JsonArray history) => history.Select(entry => entry!["action"]!.GetValue<string>());

    public static IEnumerable<string> GuardsOf(JsonObject problem) =>
        problem["unmetGuards"]!.AsArray().Select(g => g!["guard"]!.GetValue<string>());

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid caseId, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/actions/{action}", body ?? new { });

    /// <summary>Acts and insists on 200, returning the case.</summary>
    public static async Task<JsonObject> ActOkAsync(HttpClient client, Guid caseId, string action, object? body = null)
    {
        var response = await ActAsync(client, caseId, action, body);
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {json}");
        return json;
    }

    public static async Task<JsonObject> GetCaseAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonArray> ReadArrayAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

    /// <summary>An eligible customer's bFM case, referred by ifk.meyer and driven to Steering by fm.schulz.</summary>
    public static async Task<(Guid CaseId, HttpClient Ifk, HttpClient Fm)> CaseInSteeringAsync(CaseFlowApp app)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true } });
        await ActOkAsync(fm, caseId, "complete-assessment");
        var due = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(3).ToString("yyyy-MM-dd");
        await ActOkAsync(fm, caseId, "agree-plan", new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = due } });
        return (caseId, ifk, fm);
    }

    /// <summary>A U25 customer of pap.hoff with an outreach case handed over to the queue VM-U25-aB.</summary>
    public static async Task<(Guid CaseId, HttpClient Pap)> QueuedOutreachCaseAsync(CaseFlowApp app)
    {
        var pap = await app.SignInAsync("pap.hoff");
        var caseId = await CreateCaseAsync(pap, await CreateCustomerAsync(pap, birthDate: U25BirthDate), "outreach");
        await ActOkAsync(pap, caseId, "hand-over", new { data = new { form = "AB-Auftrag-Fallübergabe", handoverTalkHeld = true } });
        return (caseId, pap);
    }

    /// <summary>A referral opened by fm.schulz for the customer of a bFM case she accepted.</summary>
    public static async Task<(Guid CaseId, HttpClient Fm)> ReferralCaseAsync(CaseFlowApp app)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        var bfmCase = await CreateBfmCaseAsync(ifk, customerId);
        await ActOkAsync(ifk, bfmCase, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, bfmCase, "accept", new { data = new { workingAlliance = true } });
        return (await CreateCaseAsync(fm, customerId, "referral"), fm);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
