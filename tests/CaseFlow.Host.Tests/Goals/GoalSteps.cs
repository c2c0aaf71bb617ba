using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Goals;

/// <summary>Steps of the goal cycle through the API that the goal tests share.</summary>
internal static class GoalSteps
{
    public static string GoalsOf(Guid customerId) => $"/api/customers/{customerId}/goals";

    public static object Goal(string area = "housing", string description = "Eine eigene Wohnung finden") =>
        new { resourceArea = area, description, agreedWithCustomer = true };

    public static Task<HttpResponseMessage> AgreeAsync(HttpClient coach, Guid customerId, object? body = null) =>
        coach.PostAsJsonAsync(GoalsOf(customerId), body ?? Goal());

    /// <summary>Agrees a goal and insists on 201, returning it.</summary>
    public static async Task<JsonObject> AgreeOkAsync(HttpClient coach, Guid customerId, object? body = null)
    {
        var response = await AgreeAsync(coach, customerId, body);
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"agree: {(int)response.StatusCode} {json}");
        return json;
    }

    public static Task<HttpResponseMessage> LinkAsync(HttpClient coach, Guid customerId, Guid goalId, object body) =>
        coach.PostAsJsonAsync($"{GoalsOf(customerId)}/{goalId}/interventions", body);

    public static async Task<JsonObject> LinkOkAsync(HttpClient coach, Guid customerId, Guid goalId, string kind = "counselling", Guid? caseId = null)
    {
        var response = await LinkAsync(coach, customerId, goalId, new { kind, description = "Termine bei der Wohnungsnotfallhilfe", caseId });
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"link: {(int)response.StatusCode} {json}");
        return json;
    }

    public static Task<HttpResponseMessage> ReviewAsync(HttpClient coach, Guid customerId, Guid goalId, object body) =>
        coach.PostAsJsonAsync($"{GoalsOf(customerId)}/{goalId}/review", body);

    public static async Task<JsonObject> ReviewOkAsync(HttpClient coach, Guid customerId, Guid goalId, object body)
    {
        var response = await ReviewAsync(coach, customerId, goalId, body);
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"review: {(int)response.StatusCode} {json}");
        return json;
    }

    public static Guid IdOf(JsonObject json) => json["id"]!.GetValue<Guid>();

    public static string Text(JsonNode? node, string name) => node![name]!.GetValue<string>();

    /// <summary>The goal actions journaled on the customer with their actor (<c>action by actor</c>), in text order.</summary>
    public static async Task<List<string>> JournaledAsync(CaseFlowApp app, Guid customerId) =>
        [.. (await app.InDatabaseAsync(db => db.Journal.Where(j => j.SubjectId == customerId && j.Action.StartsWith("goal."))
            .Select(j => j.Action + " by " + j.Actor).ToListAsync())).Order(StringComparer.Ordinal)];

    public static Task<int> GoalCountAsync(CaseFlowApp app, Guid customerId) =>
        app.InDatabaseAsync(db => db.DevelopmentGoals.CountAsync(g => g.CustomerId == customerId));
}
