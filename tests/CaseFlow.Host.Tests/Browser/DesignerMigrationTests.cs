using System.Net;
using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Workflows.TestWorkflows;
using static Microsoft.Playwright.Assertions;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// The designer's migration offer: one instance runs on version 1 at a task that version 2 renames; after publishing
/// version 2 the process owner sees it refused in the dry run, maps the task, runs the dry run again and migrates.
/// </summary>
public sealed class DesignerMigrationTests : BrowserTest
{
    private const string Key = "migration-check";

    /// <summary>Start -> one task (IFK) -> end, with the diagram bpmn-js needs to draw it.</summary>
    private static string Workflow(string taskId, string taskName) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
          <bpmn:process id="{Key}" name="Migration" cf:caseKind="bfm">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="{taskId}" name="{taskName}" cf:candidateRole="IFK" cf:dueIn="P5D" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="{taskId}" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="{taskId}" targetRef="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="{Key}">
            <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_di" bpmnElement="{taskId}"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task After_publishing_version_2_a_process_owner_maps_the_renamed_task_in_the_dry_run_and_migrates_the_running_instance()
    {
        var owner = await app.SignInAsync("owner.process");
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(owner, Workflow("Task_Talk", "Erstgespräch"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/workflows/{Key}/publish", null)).StatusCode);
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await StartAsync(ifk, Key, caseId);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(owner, Workflow("Task_Conversation", "Gespräch führen"))).StatusCode);

        await SignInAsync("owner.process", "/designer/");
        var list = Page.GetByRole(AriaRole.Table, new() { Name = "Workflows (BPMN)" });
        await Expect(list.GetByRole(AriaRole.Row).Filter(new() { HasText = Key })).ToContainTextAsync("1 (1 laufend)");
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Öffnen: {Key}" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Workflow bearbeiten: Migration" }).WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Speichern und veröffentlichen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Laufende Abläufe migrieren" }).WaitForAsync();

        var dryRun = Page.GetByRole(AriaRole.Button, new() { Name = "Probelauf" });
        await dryRun.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "abgelehnt", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Migrieren" })).ToBeDisabledAsync();
        await Page.GetByLabel("Element Task_Talk abbilden auf").SelectOptionAsync("Task_Conversation");
        await dryRun.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "wird migriert", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Task_Talk → Task_Conversation" })).ToBeVisibleAsync();
        Assert.Equal(1, (await InstanceAsync(ifk, instanceId))["definitionVersion"]!.GetValue<int>());
        await AssertNoAccessibilityViolationsAsync("the migration offer");
        await ScreenshotAsync("designer-migration");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Migrieren" }).ClickAsync();
        await Page.GetByText("1 von 1 Abläufen auf Version 2 migriert.").WaitForAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "migriert", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(2, (await InstanceAsync(ifk, instanceId))["definitionVersion"]!.GetValue<int>());
        Assert.Equal("Task_Conversation", (await TaskOfInstanceAsync(ifk, caseId, instanceId))["elementId"]!.GetValue<string>());
    }
}
