using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary><c>POST /api/instances/{id}/cancel</c>: who may, what it takes away, and that refusals change nothing.</summary>
public sealed class InstanceCancellationTests : AppTest
{
    private async Task<(Guid CaseId, Guid InstanceId, HttpClient Ifk)> WaitingAtCheckAsync()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        return (caseId, await InstanceOfAsync(ifk, caseId, "bfm-referral"), ifk);
    }

    private static Task<HttpResponseMessage> CancelAsync(HttpClient client, Guid instanceId, string? reason) =>
        client.PostAsJsonAsync($"/api/instances/{instanceId}/cancel", new { reason });

    [Fact]
    public async Task Cancelling_ends_the_instance_cancels_its_task_and_journals_actor_and_reason()
    {
        var (caseId, instanceId, ifk) = await WaitingAtCheckAsync();

        var response = await CancelAsync(ifk, instanceId, "Kunde ist verzogen");

        var body = await ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cancelled", body["status"]!.GetValue<string>());
        Assert.Empty(body["waitingAt"]!.AsArray());
        Assert.Empty(body["openTasks"]!.AsArray());
        Assert.NotNull(body["endedAt"]!.GetValue<DateTime?>());
        var line = body["journal"]!.AsArray().Single(j => j!["action"]!.GetValue<string>() == "instance.cancelled")!;
        Assert.Equal(("ifk.meyer", "Kunde ist verzogen"), (line["actor"]!.GetValue<string>(), line["reason"]!.GetValue<string>()));
        Assert.Contains(body["journal"]!.AsArray(), j => j!["action"]!.GetValue<string>() == "task.cancelled");
        Assert.Empty(await TasksAsync(ifk, "all", caseId));
        Assert.Equal("Cancelled", (await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{caseId}/instances"))).Single()!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancelling_an_instance_in_incident_settles_the_incident()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await FaultWorkflow.InIncidentAsync(app, ifk, caseId);
        var owner = await app.SignInAsync("owner.process");

        var response = await CancelAsync(owner, instanceId, "Fehlstart, Fall wird neu angelegt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await ReadArrayAsync(await owner.GetAsync($"/api/incidents?caseId={caseId}")));
        Assert.Equal("Cancelled", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancelling_twice_is_a_conflict_and_changes_nothing()
    {
        var (_, instanceId, ifk) = await WaitingAtCheckAsync();
        await CancelAsync(ifk, instanceId, "Erster Grund");
        var before = (await InstanceAsync(ifk, instanceId))["version"]!.GetValue<int>();

        var again = await CancelAsync(ifk, instanceId, "Zweiter Grund");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already cancelled", (await ReadAsync(again))["detail"]!.GetValue<string>());
        Assert.Equal(before, (await InstanceAsync(ifk, instanceId))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_completed_instance_cannot_be_cancelled()
    {
        var (caseId, instanceId, ifk) = await WaitingAtCheckAsync();
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        var fm = await app.SignInAsync("fm.wagner");
        await CompleteAtAsync(fm, caseId, "Task_Intake", new { caseAction = "reject", reason = "Kein Arbeitsbündnis möglich" });
        await CompleteAtAsync(ifk, caseId, "Task_Returned");

        var response = await CancelAsync(ifk, instanceId, "zu spät");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already completed", (await ReadAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_reason_or_without_the_right_to_act_nothing_is_cancelled()
    {
        var (caseId, instanceId, ifk) = await WaitingAtCheckAsync();
        var stranger = await app.SignInAsync("ifk.braun");
        var supervisor = await app.SignInAsync("fm.lead");

        var noReason = await CancelAsync(ifk, instanceId, "  ");
        var forbidden = await CancelAsync(stranger, instanceId, "Grund");
        var unknown = await CancelAsync(ifk, Guid.NewGuid(), "Grund");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("reason", (await ReadAsync(noReason))["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CancelAsync(supervisor, instanceId, "Grund")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CancelAsync(app.CreateClient(), instanceId, "Grund")).StatusCode);
        Assert.Equal("Running", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
        Assert.Single(await TasksAsync(ifk, "all", caseId));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.Action == "instance.cancelled")));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.HumanTasks.CountAsync(t => t.Status == HumanTaskStatus.Cancelled)));
    }
}
