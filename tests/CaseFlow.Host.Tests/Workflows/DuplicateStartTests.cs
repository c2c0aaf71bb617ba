using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Workflows;

/// <summary>A workflow runs once per case while it runs, unless its process says <c>cf:instancesPerCase="many"</c>.</summary>
public sealed class DuplicateStartTests : AppTest
{
    private static Task<HttpResponseMessage> StartRawAsync(HttpClient client, string key, Guid caseId) =>
        client.PostAsJsonAsync($"/api/workflows/{key}/instances", new { caseId, variables = new { } });

    private async Task<(Guid CaseId, HttpClient Ifk)> BfmCaseAsync()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        return (await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk)), ifk);
    }

    [Fact]
    public async Task Starting_the_running_default_workflow_again_is_refused_naming_the_running_instance_until_it_ended()
    {
        var (caseId, ifk) = await BfmCaseAsync();
        var running = await InstanceOfAsync(ifk, caseId, "bfm-referral");

        var response = await StartRawAsync(ifk, "bfm-referral", caseId);
        var problem = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(running, problem["runningInstanceId"]!.GetValue<Guid>());
        Assert.Contains("already running", problem["detail"]!.GetValue<string>());
        Assert.Single(await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{caseId}/instances")));

        var cancelled = await ifk.PostAsJsonAsync($"/api/instances/{running}/cancel", new { reason = "Falsch gestartet" });
        Assert.True(cancelled.IsSuccessStatusCode, $"cancel: {(int)cancelled.StatusCode} {await cancelled.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.Created, (await StartRawAsync(ifk, "bfm-referral", caseId)).StatusCode);
    }

    [Fact]
    public async Task A_workflow_that_allows_many_instances_per_case_starts_again_while_one_runs()
    {
        var owner = await app.SignInAsync("owner.process");
        await OneTaskWorkflow.PublishAsync(owner, "many-talks", "bfm", instancesPerCase: "many");
        await OneTaskWorkflow.PublishAsync(owner, "one-talk", "bfm", instancesPerCase: "one");
        var (caseId, ifk) = await BfmCaseAsync();

        Assert.Equal(HttpStatusCode.Created, (await StartRawAsync(ifk, "many-talks", caseId)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await StartRawAsync(ifk, "many-talks", caseId)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await StartRawAsync(ifk, "one-talk", caseId)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await StartRawAsync(ifk, "one-talk", caseId)).StatusCode);
    }

    [Fact]
    public async Task Of_two_starts_at_the_same_time_one_runs_and_the_other_is_refused()
    {
        var owner = await app.SignInAsync("owner.process");
        await OneTaskWorkflow.PublishAsync(owner, "one-talk", "bfm");
        var (caseId, ifk) = await BfmCaseAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => StartRawAsync(ifk, "one-talk", caseId)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task The_database_refuses_a_second_running_instance_of_a_once_per_case_workflow()
    {
        var (caseId, _) = await BfmCaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var twin = new WorkflowInstance { DefinitionKey = "bfm-referral", DefinitionVersion = 1, CaseId = caseId, StartedAt = DateTime.UtcNow, StartedBy = "test" };
        db.WorkflowInstances.Add(twin);
        db.Entry(twin).Property<bool>("OnePerCase").CurrentValue = true;

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.Entry(twin).Property<bool>("OnePerCase").CurrentValue = false;
        await db.SaveChangesAsync();
    }
}
