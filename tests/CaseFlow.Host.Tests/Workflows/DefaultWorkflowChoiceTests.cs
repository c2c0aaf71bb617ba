using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Workflows;

/// <summary><c>PUT /api/case-kinds/{kind}/default-workflow</c>: process owners choose which published workflow a new case starts.</summary>
public sealed class DefaultWorkflowChoiceTests : AppTest
{
    private static Task<HttpResponseMessage> ChooseAsync(HttpClient client, string kind, string? key) =>
        client.PutAsJsonAsync($"/api/case-kinds/{kind}/default-workflow", new { key });

    private static async Task<string?> DefaultForAsync(HttpClient client, string key) =>
        (await ReadArrayAsync(await client.GetAsync("/api/workflows")))
            .Single(w => w!["key"]!.GetValue<string>() == key)!["defaultFor"]?.GetValue<string>();

    [Fact]
    public async Task The_shipped_workflows_are_the_defaults_of_their_kinds()
    {
        var owner = await app.SignInAsync("owner.process");

        var keys = new[] { "bfm-referral", "outreach-u25", "provider-referral", "bfm-recheck", "provider-report-overdue" };
        var defaults = new List<string>();
        foreach (var key in keys)
        {
            defaults.Add(await DefaultForAsync(owner, key) ?? "-");
        }

        Assert.Equal(["bfm", "outreach", "referral", "-", "-"], defaults);
        var bfm = await ReadAsync(await owner.GetAsync("/api/case-kinds/bfm/default-workflow"));
        Assert.Equal(("bfm-referral", 1, "caseflow.shipped"), (bfm["key"]!.GetValue<string>(), bfm["version"]!.GetValue<int>(), bfm["setBy"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_process_owner_changes_the_default_it_is_journaled_and_new_cases_start_the_new_one()
    {
        var owner = await app.SignInAsync("owner.process");
        await OneTaskWorkflow.PublishAsync(owner, "outreach-short", "outreach");

        var response = await ChooseAsync(owner, "outreach", "outreach-short");
        var chosen = await ReadAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"choose: {(int)response.StatusCode} {chosen}");
        Assert.Equal(("outreach", "outreach-short", 1, "owner.process"),
            (chosen["kind"]!.GetValue<string>(), chosen["key"]!.GetValue<string>(), chosen["version"]!.GetValue<int>(), chosen["setBy"]!.GetValue<string>()));
        Assert.Equal(("outreach", null), (await DefaultForAsync(owner, "outreach-short"), await DefaultForAsync(owner, "outreach-u25")));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            var line = await db.Journal.SingleAsync(j => j.SubjectType == "workflow" && j.Action == "default" && j.Actor == "owner.process");
            Assert.Equal(("outreach-u25", "outreach-short"), (line.FromState, line.ToState));
            Assert.Contains("\"kind\":\"outreach\"", line.Data);
        }

        var pap = await app.SignInAsync("pap.hoff");
        var caseId = await CreateCaseAsync(pap, await CreateCustomerAsync(pap, birthDate: U25BirthDate), "outreach");
        var instances = await ReadArrayAsync(await pap.GetAsync($"/api/cases/{caseId}/instances"));
        Assert.Equal("outreach-short", Assert.Single(instances)!["definitionKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_process_owner_chooses_and_only_a_published_workflow_of_the_kind_that_starts_by_hand()
    {
        var owner = await app.SignInAsync("owner.process");
        var ifk = await app.SignInAsync("ifk.meyer");
        await OneTaskWorkflow.PublishAsync(owner, "bfm-draft-only", "bfm", publish: false);

        Assert.Equal(HttpStatusCode.Forbidden, (await ChooseAsync(ifk, "bfm", "bfm-recheck")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ChooseAsync(owner, "pension", "bfm-referral")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ChooseAsync(owner, "bfm", "no-such-flow")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ChooseAsync(owner, "bfm", "bfm-draft-only")).StatusCode);
        await AssertInvalidKeyAsync(await ChooseAsync(owner, "bfm", null), "key fehlt");
        await AssertInvalidKeyAsync(await ChooseAsync(owner, "outreach", "bfm-referral"), "case kind differs");
        await AssertInvalidKeyAsync(await ChooseAsync(owner, "referral", "provider-report-overdue"), "message start");

        Assert.Equal("bfm-referral", (await ReadAsync(await owner.GetAsync("/api/case-kinds/bfm/default-workflow")))["key"]!.GetValue<string>());
        Assert.Equal("outreach-u25", (await ReadAsync(await owner.GetAsync("/api/case-kinds/outreach/default-workflow")))["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_restart_keeps_a_changed_default()
    {
        var database = CaseFlowApp.NewSqliteFile();
        using (var first = new CaseFlowApp(database, new TestClock(app.Clock.GetUtcNow())))
        {
            var owner = await first.SignInAsync("owner.process");
            Assert.Equal(HttpStatusCode.OK, (await ChooseAsync(owner, "bfm", "bfm-recheck")).StatusCode);
        }

        using var second = new CaseFlowApp(database, new TestClock(app.Clock.GetUtcNow()));
        var again = await second.SignInAsync("owner.process");
        Assert.Equal("bfm-recheck", (await ReadAsync(await again.GetAsync("/api/case-kinds/bfm/default-workflow")))["key"]!.GetValue<string>());
    }

    private static async Task AssertInvalidKeyAsync(HttpResponseMessage response, string fragment)
    {
        var problem = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {problem}");
        Assert.Contains(fragment, problem["detail"]!.GetValue<string>());
    }
}
