using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// A genuine fault for the incident tests: after the IFK's check, the notice's recipient is the variable <c>notifyTo</c>,
/// which the check's form does not set, so the step fails and becomes an incident; a retry with <see cref="Fix"/> resolves it.
/// (A refused case action never becomes an incident: the completion answers 409.)
/// </summary>
public static class FaultWorkflow
{
    public const string Key = "fault-check";

    public const string FailingElement = "Service_Notify";

    public const string FailingElementName = "Hinweis an die zuständige Person (notify)";

    /// <summary>The variables a retry needs.</summary>
    public static readonly object Fix = new { notifyTo = "ifk.meyer" };

    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs_Fault" targetNamespace="urn:test">
          <bpmn:process id="fault-check" name="Störungsprobe (fault check)" isExecutable="true" cf:caseKind="bfm">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_Check" name="Angaben prüfen" cf:candidateRole="IFK" cf:assignee="case.referringCaseworker" />
            <bpmn:serviceTask id="Service_Notify" name="Hinweis an die zuständige Person (notify)" cf:action="notify" cf:assignee="vars.notifyTo" cf:text="Angaben geprüft" />
            <bpmn:exclusiveGateway id="Gateway_Next" default="Flow_4" />
            <bpmn:userTask id="Task_After" name="Weiter bearbeiten" cf:candidateRole="IFK" cf:assignee="case.referringCaseworker" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Check" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="Service_Notify" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Service_Notify" targetRef="Gateway_Next" />
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Gateway_Next" targetRef="Task_After" />
            <bpmn:sequenceFlow id="Flow_5" sourceRef="Task_After" targetRef="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_Fault">
            <bpmndi:BPMNPlane id="Plane_Fault" bpmnElement="fault-check">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_Check_di" bpmnElement="Task_Check"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Service_Notify_di" bpmnElement="Service_Notify"><dc:Bounds x="390" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Gateway_Next_di" bpmnElement="Gateway_Next" isMarkerVisible="true"><dc:Bounds x="545" y="95" width="50" height="50" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_After_di" bpmnElement="Task_After"><dc:Bounds x="650" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="802" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120" /><di:waypoint x="390" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="490" y="120" /><di:waypoint x="545" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_4_di" bpmnElement="Flow_4"><di:waypoint x="595" y="120" /><di:waypoint x="650" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_5_di" bpmnElement="Flow_5"><di:waypoint x="750" y="120" /><di:waypoint x="802" y="120" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CaseFlowApp, object> Published = [];

    /// <summary>Uploads and publishes the workflow as the process owner (once per app).</summary>
    public static async Task PublishAsync(CaseFlowApp app)
    {
        if (Published.TryGetValue(app, out _))
        {
            return;
        }

        var owner = await app.SignInAsync("owner.process");
        var upload = await owner.PostAsync("/api/workflows", new StringContent(Xml, Encoding.UTF8, new MediaTypeHeaderValue("application/xml")));
        Assert.True(upload.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"upload: {(int)upload.StatusCode} {await upload.Content.ReadAsStringAsync()}");
        var publish = await owner.PostAsync($"/api/workflows/{Key}/publish", null);
        Assert.True(publish.StatusCode == HttpStatusCode.OK, $"publish: {(int)publish.StatusCode} {await publish.Content.ReadAsStringAsync()}");
        Published.AddOrUpdate(app, new object());
    }

    /// <summary>Starts the workflow for the case and completes the check: the instance is in incident at <see cref="FailingElement"/>.</summary>
    public static async Task<Guid> InIncidentAsync(CaseFlowApp app, HttpClient ifk, Guid caseId)
    {
        await PublishAsync(app);
        var instanceId = await StartAsync(ifk, Key, caseId);
        await CompleteAtAsync(ifk, caseId, "Task_Check");
        return instanceId;
    }

    /// <summary>
    /// Makes the workflow the default of bFM cases (as the process owner), so a bFM case opened afterwards runs it
    /// alone: pages that show a case's instances show only this one.
    /// </summary>
    public static async Task MakeDefaultAsync(CaseFlowApp app)
    {
        await PublishAsync(app);
        var owner = await app.SignInAsync("owner.process");
        var response = await owner.PutAsJsonAsync("/api/case-kinds/bfm/default-workflow", new { key = Key });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"default: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The instance that started with the case (see <see cref="MakeDefaultAsync"/>), after the check: in incident.</summary>
    public static async Task<Guid> StartedInIncidentAsync(HttpClient ifk, Guid caseId)
    {
        var instanceId = await InstanceOfAsync(ifk, caseId, Key);
        await CompleteAtAsync(ifk, caseId, "Task_Check");
        return instanceId;
    }
}
