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

    public static async Task<Guid> CreateCustomerAsync(HttpClient ifk, bool severelyDisabled = false)
    {
        var response = await ifk.PostAsJsonAsync("/api/customers", new
        {
            customerNumber = $"K{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}",
            birthDate = "1990-04-12",
            severelyDisabled,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response))["id"]!.GetValue<Guid>();
    }

    /// <summary>A customer who meets every bFM access criterion.</summary>
    public static async Task<Guid> CreateEligibleCustomerAsync(HttpClient ifk, bool severelyDisabled = false)
    {
        var id = await CreateCustomerAsync(ifk, severelyDisabled);
        var response = await ifk.PutAsJsonAsync($"/api/customers/{id}/profile", new
        {
            profile = "EP",
            actionNeeds = ThreeInfluenceableNeeds,
            integrationWithoutFmUnlikely = true,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    public static async Task<Guid> CreateBfmCaseAsync(HttpClient ifk, Guid customerId)
    {
        var response = await ifk.PostAsJsonAsync("/api/cases", new { customerId, kind = "bfm" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response))["id"]!.GetValue<Guid>();
    }

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
        await ActOkAsync(fm, caseId, "agree-plan", new { data = new { planType = "Kooperationsplan", nextReviewDue = due } });
        return (caseId, ifk, fm);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
