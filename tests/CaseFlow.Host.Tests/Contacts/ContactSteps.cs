using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Contacts;

/// <summary>Steps of the contact tests: record contacts and missed appointments, list them, count what was saved.</summary>
public static class ContactSteps
{
    public static Task<HttpResponseMessage> RecordAsync(
        HttpClient client, Guid customerId, DateTimeOffset occurredAt, string noteType = "beratungsvermerk", string channel = "personal", string? note = "Gespräch geführt.") =>
        client.PostAsJsonAsync($"/api/customers/{customerId}/contacts", new { noteType, channel, occurredAt, note });

    /// <summary>Records and insists on 201, returning the contact.</summary>
    public static async Task<JsonObject> RecordOkAsync(
        HttpClient client, Guid customerId, DateTimeOffset occurredAt, string noteType = "beratungsvermerk", string channel = "personal")
    {
        var response = await RecordAsync(client, customerId, occurredAt, noteType, channel);
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"contact: {(int)response.StatusCode} {json}");
        return json;
    }

    public static Task<HttpResponseMessage> MissedAsync(HttpClient client, Guid customerId, DateTimeOffset scheduledFor, string? note = null) =>
        client.PostAsJsonAsync($"/api/customers/{customerId}/missed-appointments", new { scheduledFor, note });

    /// <summary>Records missed appointments on the given days before the test clock, each insisting on 201.</summary>
    public static async Task MissedOkAsync(CaseFlowApp app, HttpClient client, Guid customerId, params int[] daysAgo)
    {
        foreach (var days in daysAgo)
        {
            var response = await MissedAsync(client, customerId, app.Clock.GetUtcNow().AddDays(-days));
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"missed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<(JsonArray Items, int Total)> ListAsync(HttpClient client, Guid customerId, string query = "")
    {
        var response = await client.GetAsync($"/api/customers/{customerId}/contacts{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"contacts{query}: {(int)response.StatusCode} {body}");
        return (JsonNode.Parse(body)!.AsArray(), int.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture));
    }

    /// <summary>Saved contacts, journal lines on customers and follow-ups: what a refused request must leave as it was.</summary>
    public static Task<(int Contacts, int Journal, int FollowUps)> SavedAsync(CaseFlowApp app) => app.InDatabaseAsync(async db =>
        (await db.Contacts.CountAsync(), await db.Journal.CountAsync(j => j.SubjectType == "customer"), await db.FollowUps.CountAsync()));

    public static Task<List<string>> CustomerJournalAsync(CaseFlowApp app, Guid customerId) => app.InDatabaseAsync(db =>
        db.Journal.Where(j => j.SubjectType == "customer" && j.SubjectId == customerId).OrderBy(j => j.At).ThenBy(j => j.Sequence).Select(j => j.Action).ToListAsync());

    public static async Task<JsonObject> CustomerAsync(HttpClient client, Guid customerId) =>
        await ReadAsync(await client.GetAsync($"/api/customers/{customerId}"));
}
