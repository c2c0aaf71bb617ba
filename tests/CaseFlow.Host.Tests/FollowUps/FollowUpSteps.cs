using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Cases;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.FollowUps;

/// <summary>Steps of the follow-up tests: a bFM exit that leaves the IFK a follow-up, listing and marking done.</summary>
public static class FollowUpSteps
{
    /// <summary>A bFM case of ifk.meyer that fm.schulz exits: the IFK gets the follow-up (Wiedervorlage) due in 7 days.</summary>
    public static async Task<(Guid CaseId, HttpClient Ifk, HttpClient Fm)> ExitedBfmCaseAsync(CaseFlowApp app)
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);
        await ActOkAsync(fm, caseId, "exit", new { reason = "GoalReached", data = new { finalProfile = "AP", closingPlan = "Nachbetreuung durch die IFK" } });
        return (caseId, ifk, fm);
    }

    public static async Task<(JsonArray Items, int Total)> ListAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/follow-ups{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"follow-ups{query}: {(int)response.StatusCode} {body}");
        return (JsonNode.Parse(body)!.AsArray(), int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Task<HttpResponseMessage> DoneAsync(HttpClient client, Guid id, string? note = null) =>
        client.PostAsJsonAsync($"/api/follow-ups/{id}/done", new { note });

    /// <summary>Adds a follow-up for <paramref name="assignee"/> on an existing case, due <paramref name="dueInDays"/> days from the test clock.</summary>
    public static Task<Guid> AddAsync(CaseFlowApp app, Guid caseId, string assignee, int dueInDays) => app.InDatabaseAsync(async db =>
    {
        var @case = await db.Cases.FindAsync(caseId);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var followUp = new FollowUp
        {
            CaseId = caseId,
            CustomerId = @case!.CustomerId,
            Assignee = assignee,
            DueAt = now.AddDays(dueInDays),
            Reason = $"Wiedervorlage in {dueInDays} Tagen",
            CreatedAt = now,
            CreatedBy = "test",
        };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return followUp.Id;
    });
}
