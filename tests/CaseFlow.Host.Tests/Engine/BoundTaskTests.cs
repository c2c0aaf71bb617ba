using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Workflows.TestWorkflows;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>
/// An action taken on the case directly: the open task bound to it is completed, a wait for its case event receives it,
/// and an instance left waiting for actions that can no longer happen is cancelled; the consistency route finds the rest.
/// </summary>
public sealed class BoundTaskTests : AppTest
{
    /// <summary>A bFM workflow whose only task is bound to <c>accept</c>, or (with a case event) waits for <c>case.refer</c> first.</summary>
    private static string Workflow(string key, bool caseEvent) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
          <bpmn:message id="Msg_Referred" name="case.refer" />
          <bpmn:process id="{key}" name="Bindung" cf:caseKind="bfm">
            <bpmn:startEvent id="Start" />
            {(caseEvent ? """<bpmn:intermediateCatchEvent id="Catch_Referred"><bpmn:messageEventDefinition messageRef="Msg_Referred" /></bpmn:intermediateCatchEvent>""" : "")}
            <bpmn:userTask id="Task_Accept" name="Fall übernehmen" cf:candidateRole="FM" cf:caseAction="accept" />
            <bpmn:endEvent id="End" />
            {(caseEvent
                ? """<bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Catch_Referred" /><bpmn:sequenceFlow id="Flow_0" sourceRef="Catch_Referred" targetRef="Task_Accept" />"""
                : """<bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Accept" />""")}
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Accept" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private async Task PublishAsync(string key, bool caseEvent)
    {
        var owner = await app.SignInAsync("owner.process");
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(owner, Workflow(key, caseEvent))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/workflows/{key}/publish", null)).StatusCode);
    }

    [Fact]
    public async Task A_bound_action_the_case_kind_does_not_know_is_refused_on_validate_and_upload_at_its_element()
    {
        var owner = await app.SignInAsync("owner.process");
        var xml = Workflow("typo-check", caseEvent: false).Replace("cf:caseAction=\"accept\"", "cf:caseAction=\"acept\"", StringComparison.Ordinal);

        var validated = await ReadAsync(await owner.PostAsync("/api/workflows/validate", Xml(xml)));
        var upload = await UploadAsync(owner, xml);

        Assert.False(validated["valid"]!.GetValue<bool>());
        var problem = validated["problems"]!.AsArray().Single()!;
        Assert.Equal("Task_Accept", problem["elementId"]!.GetValue<string>());
        Assert.Contains("'acept'", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
    }

    [Fact]
    public async Task Taking_the_bound_action_on_the_case_completes_the_task_journals_why_and_the_workflow_moves_on()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        var check = await TaskAtAsync(ifk, caseId, "Task_CheckAccess");

        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });

        Assert.Equal(["Task_Intake"], await WaitingAtAsync(ifk, instanceId));
        var task = await app.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.Id == check));
        Assert.Equal((HumanTaskStatus.Completed, "ifk.meyer"), (task.Status, task.CompletedBy));
        var journal = (await InstanceAsync(ifk, instanceId))["journal"]!.AsArray();
        Assert.Contains(journal, j => j!["action"]!.GetValue<string>() == "task.completed"
            && j["note"]!.GetValue<string>().Contains("erledigt durch Fallaktion 'refer' (completed by case action)", StringComparison.Ordinal));

        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true } });

        Assert.Equal("Assessment", await CaseStateAsync(fm, caseId));
        Assert.Equal(["Task_Assessment"], await WaitingAtAsync(fm, instanceId));
        Assert.Equal("accept", (await InstanceAsync(fm, instanceId))["variables"]!["caseAction"]!.GetValue<string>());
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task A_case_fire_of_another_workflow_completes_the_bound_task_in_the_same_step()
    {
        var owner = await app.SignInAsync("owner.process");
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(owner, Valid())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync("/api/workflows/intake-check/publish", null)).StatusCode);
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var referral = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        await StartAsync(fm, "intake-check", caseId);

        await CompleteAtAsync(fm, caseId, "Task_Talk", new { workingAlliance = true });

        Assert.Equal("Assessment", await CaseStateAsync(fm, caseId));
        Assert.Equal(["Task_Assessment"], await WaitingAtAsync(fm, referral));
        var journal = (await InstanceAsync(fm, referral))["journal"]!.AsArray();
        Assert.Contains(journal, j => j!["action"]!.GetValue<string>() == "task.completed"
            && j["note"]!.GetValue<string>().Contains("erledigt durch Fallaktion 'accept'", StringComparison.Ordinal));
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task A_case_event_is_delivered_to_the_waiting_instance_in_the_same_transaction()
    {
        await PublishAsync("event-check", caseEvent: true);
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await StartAsync(ifk, "event-check", caseId);
        Assert.Equal(["Catch_Referred"], await WaitingAtAsync(ifk, instanceId));

        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });

        Assert.Equal(["Task_Accept"], await WaitingAtAsync(ifk, instanceId));
        var instance = await InstanceAsync(ifk, instanceId);
        Assert.Equal("refer", instance["variables"]!["caseAction"]!.GetValue<string>());
        Assert.Contains(instance["journal"]!.AsArray(), j => j!["action"]!.GetValue<string>() == "message.received");
    }

    [Fact]
    public async Task A_case_event_on_a_task_boundary_interrupts_the_task_and_the_workflow_takes_the_boundary_path()
    {
        var owner = await app.SignInAsync("owner.process");
        const string Xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
              <bpmn:message id="Msg_Rejected" name="case.reject" />
              <bpmn:process id="boundary-check" name="Randereignis" cf:caseKind="bfm">
                <bpmn:startEvent id="Start" />
                <bpmn:userTask id="Task_Prepare" name="Erstgespräch vorbereiten" cf:candidateRole="FM" />
                <bpmn:boundaryEvent id="Boundary_Rejected" attachedToRef="Task_Prepare"><bpmn:messageEventDefinition messageRef="Msg_Rejected" /></bpmn:boundaryEvent>
                <bpmn:userTask id="Task_Inform" name="IFK informieren" cf:candidateRole="IFK" />
                <bpmn:endEvent id="End_1" />
                <bpmn:endEvent id="End_2" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Prepare" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Prepare" targetRef="End_1" />
                <bpmn:sequenceFlow id="Flow_3" sourceRef="Boundary_Rejected" targetRef="Task_Inform" />
                <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_Inform" targetRef="End_2" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(owner, Xml)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync("/api/workflows/boundary-check/publish", null)).StatusCode);
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        var instanceId = await StartAsync(ifk, "boundary-check", caseId);

        await ActOkAsync(fm, caseId, "reject", new { reason = "Kein Arbeitsbündnis möglich" });

        Assert.Equal(["Task_Inform"], await WaitingAtAsync(ifk, instanceId));
        var instance = await InstanceAsync(ifk, instanceId);
        Assert.Equal("reject", instance["variables"]!["caseAction"]!.GetValue<string>());
        Assert.Equal("Kein Arbeitsbündnis möglich", instance["variables"]!["reason"]!.GetValue<string>());
        Assert.Contains(instance["journal"]!.AsArray(), j => j!["action"]!.GetValue<string>() == "task.cancelled");
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task An_instance_left_waiting_for_an_action_that_can_no_longer_happen_is_cancelled_with_a_journal_line()
    {
        await PublishAsync("accept-check", caseEvent: false);
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        var instanceId = await StartAsync(ifk, "accept-check", caseId);

        await ActOkAsync(fm, caseId, "reject", new { reason = "Kein Arbeitsbündnis möglich" });

        var instance = await InstanceAsync(ifk, instanceId);
        Assert.Equal("Cancelled", instance["status"]!.GetValue<string>());
        var line = instance["journal"]!.AsArray().Single(j => j!["action"]!.GetValue<string>() == "instance.cancelled")!;
        var reason = line["reason"]!.GetValue<string>();
        Assert.Contains("Fallaktion 'reject'", reason, StringComparison.Ordinal);
        Assert.Contains("'Returned'", reason, StringComparison.Ordinal);
        Assert.Contains("'Task_Accept' wartet auf 'accept'", reason, StringComparison.Ordinal);
        Assert.Equal("fm.schulz", line["actor"]!.GetValue<string>());
        Assert.DoesNotContain(await TasksAsync(ifk, "all", caseId), t => t!["instanceId"]!.GetValue<Guid>() == instanceId);
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task The_consistency_route_lists_an_instance_started_too_late_and_only_for_process_owners()
    {
        await PublishAsync("accept-check", caseEvent: false);
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var owner = await app.SignInAsync("owner.process");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, caseId, "reject", new { reason = "Kein Arbeitsbündnis möglich" });
        var instanceId = await StartAsync(ifk, "accept-check", caseId);

        var response = await owner.GetAsync("/api/instances/stale?page=1&pageSize=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Total-Count").Single());
        var stale = (await ReadArrayAsync(response)).Single()!;
        Assert.Equal((instanceId, "accept-check", caseId), (stale["instanceId"]!.GetValue<Guid>(), stale["workflowKey"]!.GetValue<string>(), stale["caseId"]!.GetValue<Guid>()));
        Assert.Equal(("Task_Accept", "Returned", "bfm"), (stale["elementId"]!.GetValue<string>(), stale["caseState"]!.GetValue<string>(), stale["caseKind"]!.GetValue<string>()));
        Assert.Equal(["accept"], stale["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Contains("stale", stale["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await fm.GetAsync("/api/instances/stale")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync("/api/instances/stale?pageSize=0")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/instances/stale")).StatusCode);
    }
}
