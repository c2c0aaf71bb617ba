using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary><c>POST /api/instances/{id}/incidents/{incidentId}/skip</c>: the token goes on at a chosen element, journaled.</summary>
public sealed class IncidentSkipTests : AppTest
{
    private async Task<(Guid CaseId, Guid InstanceId, Guid IncidentId, HttpClient Ifk)> InIncidentAsync()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = false });
        var instance = await InstanceAsync(ifk, instanceId);
        return (caseId, instanceId, instance["incidents"]!.AsArray().Single()!["id"]!.GetValue<Guid>(), ifk);
    }

    private static Task<HttpResponseMessage> SkipAsync(HttpClient client, Guid instanceId, Guid incidentId, string? toElementId, string? reason) =>
        client.PostAsJsonAsync($"/api/instances/{instanceId}/incidents/{incidentId}/skip", new { toElementId, reason });

    [Fact]
    public async Task Skipping_moves_the_token_to_the_chosen_element_and_journals_actor_and_reason()
    {
        var (_, instanceId, incidentId, ifk) = await InIncidentAsync();
        var before = await InstanceAsync(ifk, instanceId);
        Assert.Contains(before["skipTargets"]!.AsArray(), t => t!["id"]!.GetValue<string>() == "Task_CheckAccess");

        var response = await SkipAsync(ifk, instanceId, incidentId, "Task_CheckAccess", "Zustimmung wird nachgereicht");

        var body = await ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Running", body["status"]!.GetValue<string>());
        Assert.Equal(["Task_CheckAccess"], body["waitingAt"]!.AsArray().Select(w => w!["elementId"]!.GetValue<string>()));
        Assert.NotNull(body["incidents"]!.AsArray().Single()!["resolvedAt"]!.GetValue<DateTime?>());
        var line = body["journal"]!.AsArray().Single(j => j!["action"]!.GetValue<string>() == "incident.skipped")!;
        Assert.Equal(("ifk.meyer", "Zustimmung wird nachgereicht"), (line["actor"]!.GetValue<string>(), line["reason"]!.GetValue<string>()));
        Assert.Empty(body["skipTargets"]!.AsArray());
    }

    [Fact]
    public async Task An_invalid_target_a_missing_reason_or_a_stranger_changes_nothing()
    {
        var (_, instanceId, incidentId, ifk) = await InIncidentAsync();
        var stranger = await app.SignInAsync("ifk.braun");

        var gateway = await SkipAsync(ifk, instanceId, incidentId, "Gateway_Accepted", "Grund");
        var unknown = await SkipAsync(ifk, instanceId, incidentId, "Nowhere", "Grund");
        var noReason = await SkipAsync(ifk, instanceId, incidentId, "Task_CheckAccess", "");
        var forbidden = await SkipAsync(stranger, instanceId, incidentId, "Task_CheckAccess", "Grund");
        var notFound = await SkipAsync(ifk, instanceId, Guid.NewGuid(), "Task_CheckAccess", "Grund");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("toElementId", (await ReadAsync(unknown))["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, gateway.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("Incident", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.Action == "incident.skipped")));
    }

    [Fact]
    public async Task Skipping_a_resolved_incident_is_a_conflict()
    {
        var (_, instanceId, incidentId, ifk) = await InIncidentAsync();
        await SkipAsync(ifk, instanceId, incidentId, "Task_CheckAccess", "Erster Grund");

        var again = await SkipAsync(ifk, instanceId, incidentId, "Task_CheckAccess", "Zweiter Grund");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
