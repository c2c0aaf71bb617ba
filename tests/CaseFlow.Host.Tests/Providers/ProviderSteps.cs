using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Providers;

/// <summary>Steps through the registry API and the provider API that the provider tests share.</summary>
public static class ProviderSteps
{
    public const string SbNordKey = "dev-sb-nord-key";
    public const string SuchtMitteKey = "dev-sucht-mitte-key";

    public static object NewProvider(string key = "wh-sued") => new
    {
        key,
        name = "Wohnungslosenhilfe Süd",
        kind = "homeless-assistance",
        targetGroups = new[] { "Wohnungslose" },
        agreement = new { sharedFields = new[] { "customerNumber", "caseManager" }, reportIntervalDays = 14, conferenceIntervalMonths = 2, reference = "AZ 50-12/2026" },
    };

    public static async Task<JsonObject> CreateProviderAsync(HttpClient owner, string key = "wh-sued")
    {
        var response = await owner.PostAsJsonAsync("/api/providers", NewProvider(key));
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create provider: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>Creates an API key and insists on 201, returning the answer (with the key).</summary>
    public static async Task<JsonObject> CreateKeyAsync(HttpClient owner, string providerKey, string label = "Fachverfahren")
    {
        var response = await owner.PostAsJsonAsync($"/api/providers/{providerKey}/api-keys", new { label });
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create key: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>A client that sends an API key and no bearer token.</summary>
    public static HttpClient WithApiKey(CaseFlowApp app, string apiKey)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Everything a registry write may change, to check that a refused one changed nothing.</summary>
    public static Task<string> RegistryStateAsync(CaseFlowApp app) => app.InDatabaseAsync(async db =>
    {
        var providers = await db.Providers.AsNoTracking().OrderBy(p => p.Key).ToListAsync();
        var keys = await db.ProviderApiKeys.AsNoTracking().OrderBy(k => k.Hash).ToListAsync();
        var journal = await db.Journal.CountAsync();
        return Json(new
        {
            providers = providers.Select(p => new
            {
                p.Key, p.Name, p.Kind, p.TargetGroups, p.Active, p.Version, p.UpdatedAt,
                p.Agreement.SharedFields, p.Agreement.ReportIntervalDays, p.Agreement.ConferenceIntervalMonths, p.Agreement.Reference,
            }),
            keys = keys.Select(k => new { k.Id, k.Label, k.RevokedAt, k.RevokedBy }),
            journal,
        });
    });

    public static Task<List<string>> ProviderJournalAsync(CaseFlowApp app, string providerKey) => app.InDatabaseAsync(async db =>
    {
        var id = await db.Providers.Where(p => p.Key == providerKey).Select(p => p.Id).SingleAsync();
        return await db.Journal.Where(j => j.SubjectType == "provider" && j.SubjectId == id)
            .OrderBy(j => j.At).Select(j => j.Action + " " + j.Actor + " " + j.Data).ToListAsync();
    });

    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.Contains("(", problem["title"]!.GetValue<string>());
        if (field is not null)
        {
            Assert.Equal(field, problem["field"]!.GetValue<string>());
        }
    }
}
