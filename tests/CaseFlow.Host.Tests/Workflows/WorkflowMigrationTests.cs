using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Workflows.TestWorkflows;

namespace CaseFlow.Host.Tests.Workflows;

/// <summary><c>POST /api/workflows/{key}/migrations</c>: v1 -> v2 with a renamed task mapped, refusals, and that errors change nothing.</summary>
public sealed class WorkflowMigrationTests : AppTest
{
    private const string Key = "migration-check";

    /// <summary>v1: one task <c>Task_Talk</c>; v2: it is called <c>Task_Conversation</c> and a report task follows.</summary>
    private static string Workflow(bool second) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
          <bpmn:process id="{Key}" name="Migration" cf:caseKind="bfm">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="{(second ? "Task_Conversation" : "Task_Talk")}" name="{(second ? "Gespräch führen" : "Erstgespräch")}" cf:candidateRole="IFK" cf:dueIn="P5D" />
            {(second ? """<bpmn:userTask id="Task_Report" name="Bericht" cf:candidateRole="IFK" />""" : "")}
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="{(second ? "Task_Conversation" : "Task_Talk")}" />
            {(second
                ? """<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Conversation" targetRef="Task_Report" /><bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Report" targetRef="End" />"""
                : """<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Talk" targetRef="End" />""")}
          </bpmn:process>
        </bpmn:definitions>
        """;

    private async Task<HttpClient> PublishAsync(bool second)
    {
        var owner = await app.SignInAsync("owner.process");
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(owner, Workflow(second))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/workflows/{Key}/publish", null)).StatusCode);
        return owner;
    }

    /// <summary>Both versions published, one instance on v1 waiting at <c>Task_Talk</c>, claimed by ifk.meyer.</summary>
    private async Task<(HttpClient Owner, HttpClient Ifk, Guid CaseId, Guid InstanceId, Guid TaskId)> RunningOnVersion1Async()
    {
        await PublishAsync(second: false);
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await StartAsync(ifk, Key, caseId);
        var taskId = await TaskAtAsync(ifk, caseId, "Task_Talk");
        Assert.Equal(HttpStatusCode.OK, (await ifk.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        return (await PublishAsync(second: true), ifk, caseId, instanceId, taskId);
    }

    private static async Task<JsonObject> MigrateAsync(HttpClient owner, object body)
    {
        var response = await owner.PostAsJsonAsync($"/api/workflows/{Key}/migrations", body);
        var answer = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"migrate: {(int)response.StatusCode} {answer}");
        return answer;
    }

    private static JsonObject Only(JsonObject answer) => Assert.Single(answer["instances"]!.AsArray())!.AsObject();

    [Fact]
    public async Task A_renamed_task_mapped_from_v1_to_v2_keeps_its_assignee_and_due_date_and_the_workflow_continues_on_v2()
    {
        var (owner, ifk, caseId, instanceId, taskId) = await RunningOnVersion1Async();
        var dueBefore = (await TaskOfInstanceAsync(ifk, caseId, instanceId))["dueAt"]!.GetValue<DateTime>();
        var mapping = new Dictionary<string, string> { ["Task_Talk"] = "Task_Conversation" };

        var dry = Only(await MigrateAsync(owner, new { fromVersion = 1, toVersion = 2, mapping, dryRun = true }));
        Assert.Equal((1, "Task_Talk"), ((await InstanceAsync(ifk, instanceId))["definitionVersion"]!.GetValue<int>(), (await WaitingAtAsync(ifk, instanceId)).Single()));
        var done = Only(await MigrateAsync(owner, new { fromVersion = 1, toVersion = 2, mapping, dryRun = false }));

        Assert.Equal(("migrate", "migrated"), (dry["outcome"]!.GetValue<string>(), done["outcome"]!.GetValue<string>()));
        Assert.Equal((instanceId, caseId), (done["instanceId"]!.GetValue<Guid>(), done["caseId"]!.GetValue<Guid>()));
        Assert.Equal(("Task_Talk", "Task_Conversation"), (done["moves"]![0]!["from"]!.GetValue<string>(), done["moves"]![0]!["to"]!.GetValue<string>()));
        var task = await TaskOfInstanceAsync(ifk, caseId, instanceId);
        Assert.Equal((taskId, "Task_Conversation", "Gespräch führen", "ifk.meyer", dueBefore),
            (task["id"]!.GetValue<Guid>(), task["elementId"]!.GetValue<string>(), task["name"]!.GetValue<string>(), task["assignee"]!.GetValue<string>(), task["dueAt"]!.GetValue<DateTime>()));
        var instance = await InstanceAsync(ifk, instanceId);
        Assert.Equal(2, instance["definitionVersion"]!.GetValue<int>());
        var line = instance["journal"]!.AsArray().Single(j => j!["action"]!.GetValue<string>() == "instance.migrated")!;
        Assert.Equal(("owner.process", "migrated v1 -> v2"), (line["actor"]!.GetValue<string>(), line["note"]!.GetValue<string>()));
        await CompleteAtAsync(ifk, caseId, "Task_Conversation");
        Assert.Equal(["Task_Report"], await WaitingAtAsync(ifk, instanceId));
    }

    [Fact]
    public async Task An_unmapped_missing_element_is_refused_in_the_dry_run_and_in_the_real_run_and_the_instance_stays_untouched()
    {
        var (owner, ifk, caseId, instanceId, _) = await RunningOnVersion1Async();
        var before = (await InstanceAsync(ifk, instanceId))["version"]!.GetValue<int>();

        var dry = Only(await MigrateAsync(owner, new { fromVersion = 1, toVersion = 2, dryRun = true }));
        var real = Only(await MigrateAsync(owner, new { fromVersion = 1, toVersion = 2, dryRun = false }));

        foreach (var outcome in new[] { dry, real })
        {
            Assert.Equal("refused", outcome["outcome"]!.GetValue<string>());
            Assert.Contains("Task_Talk", outcome["reasons"]![0]!.GetValue<string>());
            Assert.Equal(["Task_Talk"], outcome["unmapped"]!.AsArray().Select(id => id!.GetValue<string>()));
        }

        var instance = await InstanceAsync(ifk, instanceId);
        Assert.Equal((1, before), (instance["definitionVersion"]!.GetValue<int>(), instance["version"]!.GetValue<int>()));
        Assert.Equal("Task_Talk", (await TaskOfInstanceAsync(ifk, caseId, instanceId))["elementId"]!.GetValue<string>());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.Action == "instance.migrated")));
    }

    [Fact]
    public async Task The_workflow_list_counts_the_running_instances_of_each_version()
    {
        var (owner, _, _, _, _) = await RunningOnVersion1Async();

        var listed = (await ReadArrayAsync(await owner.GetAsync("/api/workflows"))).Single(w => w!["key"]!.GetValue<string>() == Key)!;

        Assert.Equal([1, 0], listed["versions"]!.AsArray().Select(v => v!["runningInstances"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Caseworkers_unknown_versions_and_unknown_mapping_ids_are_refused_and_nothing_changes()
    {
        var (owner, ifk, _, instanceId, _) = await RunningOnVersion1Async();
        var before = (await InstanceAsync(ifk, instanceId))["version"]!.GetValue<int>();
        var mapping = new Dictionary<string, string> { ["Task_Talk"] = "Task_Conversation" };

        var caseworker = await ifk.PostAsJsonAsync($"/api/workflows/{Key}/migrations", new { fromVersion = 1, toVersion = 2, mapping, dryRun = false });
        var unknownKey = await owner.PostAsJsonAsync("/api/workflows/no-such-key/migrations", new { fromVersion = 1, toVersion = 2, dryRun = false });
        var unknownVersion = await owner.PostAsJsonAsync($"/api/workflows/{Key}/migrations", new { fromVersion = 1, toVersion = 7, mapping, dryRun = false });
        var oldId = await owner.PostAsJsonAsync($"/api/workflows/{Key}/migrations", new { fromVersion = 1, toVersion = 2, mapping = new Dictionary<string, string> { ["Task_Nope"] = "Task_Conversation" }, dryRun = false });
        var newId = await owner.PostAsJsonAsync($"/api/workflows/{Key}/migrations", new { fromVersion = 1, toVersion = 2, mapping = new Dictionary<string, string> { ["Task_Talk"] = "Task_Nope" }, dryRun = false });

        Assert.Equal(HttpStatusCode.Forbidden, caseworker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownKey.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "toVersion"), (unknownVersion.StatusCode, (await ReadAsync(unknownVersion))["field"]!.GetValue<string>()));
        Assert.Equal((HttpStatusCode.BadRequest, "mapping.Task_Nope"), (oldId.StatusCode, (await ReadAsync(oldId))["field"]!.GetValue<string>()));
        Assert.Equal((HttpStatusCode.BadRequest, "mapping.Task_Talk"), (newId.StatusCode, (await ReadAsync(newId))["field"]!.GetValue<string>()));
        var instance = await InstanceAsync(ifk, instanceId);
        Assert.Equal((1, before), (instance["definitionVersion"]!.GetValue<int>(), instance["version"]!.GetValue<int>()));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.Action == "instance.migrated")));
    }
}
