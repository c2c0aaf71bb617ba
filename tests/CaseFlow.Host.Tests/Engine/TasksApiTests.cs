using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

public sealed class TasksApiTests : AppTest
{
    [Fact]
    public async Task An_intake_task_is_offered_to_every_fm_but_not_to_an_ifk_and_the_list_pages()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        for (var i = 0; i < 3; i++)
        {
            await ReferredInstanceAsync(ifk);
        }

        var fm = await app.SignInAsync("fm.wagner");
        var page = await fm.GetAsync("/api/tasks?scope=group&page=2&pageSize=2");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("3", page.Headers.GetValues("X-Total-Count").Single());
        Assert.Single(await ReadArrayAsync(page));
        Assert.Equal(3, (await TasksAsync(await app.SignInAsync("fm.schulz"), "group")).Count);
        Assert.Empty(await TasksAsync(await app.SignInAsync("ifk.braun"), "all"));
        Assert.Empty(await TasksAsync(ifk, "group"));
    }

    [Fact]
    public async Task A_claimed_task_belongs_to_its_holder_until_given_back()
    {
        var (caseId, _) = await ReferredInstanceAsync(await app.SignInAsync("ifk.meyer"));
        var schulz = await app.SignInAsync("fm.schulz");
        var wagner = await app.SignInAsync("fm.wagner");
        var task = await TaskAtAsync(schulz, caseId, "Task_Intake");

        Assert.Equal(HttpStatusCode.OK, (await schulz.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await wagner.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await wagner.PostAsync($"/api/tasks/{task}/unclaim", null)).StatusCode);
        Assert.Single(await TasksAsync(schulz, "mine"));
        Assert.Empty(await TasksAsync(wagner, "all"));

        Assert.Equal(HttpStatusCode.OK, (await schulz.PostAsync($"/api/tasks/{task}/unclaim", null)).StatusCode);
        Assert.Single(await TasksAsync(wagner, "group"));
        var journal = await app.InDatabaseAsync(db => db.Journal.Where(j => j.Action.StartsWith("task.") && j.ElementId == "Task_Intake").Select(j => j.Action).ToListAsync());
        Assert.Contains("task.claimed", journal);
        Assert.Contains("task.unclaimed", journal);
    }

    [Fact]
    public async Task Completing_a_task_twice_is_a_conflict_that_changes_nothing()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await InstanceOfAsync(ifk, caseId, "bfm-referral");
        var task = await TaskAtAsync(ifk, caseId, "Task_CheckAccess");
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(ifk, task, new { consent = true })).StatusCode);
        var journalBefore = await app.InDatabaseAsync(db => db.Journal.CountAsync());

        var second = await CompleteAsync(ifk, task, new { consent = true });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("bereits erledigt", (await ReadAsync(second))["detail"]!.GetValue<string>());
        Assert.Equal(journalBefore, await app.InDatabaseAsync(db => db.Journal.CountAsync()));
        Assert.Equal("Referred", await CaseStateAsync(ifk, caseId));
    }

    [Fact]
    public async Task Two_simultaneous_completions_of_one_task_give_one_success_and_one_conflict()
    {
        var (caseId, instanceId) = await ReferredInstanceAsync(await app.SignInAsync("ifk.meyer"));
        var schulz = await app.SignInAsync("fm.schulz");
        var wagner = await app.SignInAsync("fm.wagner");
        var task = await TaskAtAsync(schulz, caseId, "Task_Intake");
        var variables = new { caseAction = "accept", workingAlliance = true };

        var results = await Task.WhenAll(CompleteAsync(schulz, task, variables), CompleteAsync(wagner, task, variables));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order());
        var waiting = await app.InDatabaseAsync(db => db.WorkflowInstances.Where(i => i.Id == instanceId).SelectMany(i => i.Tokens.Select(t => t.ElementId)).ToListAsync());
        Assert.Equal(["Task_Assessment"], waiting);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectId == caseId && j.Action == "accept")));
    }

    [Fact]
    public async Task Oversized_variables_and_unknown_scopes_are_refused()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await InstanceOfAsync(ifk, caseId, "bfm-referral");
        var task = await TaskAtAsync(ifk, caseId, "Task_CheckAccess");

        var tooLarge = await CompleteAsync(ifk, task, new { note = new string('x', 70_000) });
        var badScope = await ifk.GetAsync("/api/tasks?scope=everyone");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
        Assert.Equal("Draft", await CaseStateAsync(ifk, caseId));
    }

    [Fact]
    public async Task Starting_a_workflow_checks_the_workflow_the_case_and_access()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var other = await app.SignInAsync("ifk.braun");

        Assert.Equal(HttpStatusCode.NotFound, (await ifk.PostAsJsonAsync("/api/workflows/no-such-flow/instances", new { caseId })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ifk.PostAsJsonAsync("/api/workflows/bfm-referral/instances", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ifk.PostAsJsonAsync("/api/workflows/outreach-u25/instances", new { caseId })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/workflows/bfm-referral/instances", new { caseId })).StatusCode);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.WorkflowInstances.CountAsync()));

        // The one instance is the default workflow, started when the case opened.
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/instances/{instanceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ifk.GetAsync($"/api/instances/{Guid.NewGuid()}")).StatusCode);
        var instances = await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{caseId}/instances"));
        Assert.Equal(instanceId, instances.Single()!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_single_task_names_the_case_actions_it_is_bound_to_and_the_case_kind_and_a_list_does_not()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var fm = await app.SignInAsync("fm.schulz");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });

        var intake = await ReadAsync(await fm.GetAsync($"/api/tasks/{await TaskAtAsync(fm, caseId, "Task_Intake")}"));
        Assert.Equal("bfm", intake["caseKind"]!.GetValue<string>());
        Assert.Equal(["accept", "reject"], intake["caseActions"]!.AsArray().Select(a => a!.GetValue<string>()));

        var listed = Assert.Single(await TasksAsync(fm, "group", caseId))!;
        Assert.Null(listed["caseActions"]);
    }

    private static async Task<(Guid CaseId, Guid InstanceId)> ReferredInstanceAsync(HttpClient ifk)
    {
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        return (caseId, instanceId);
    }
}
