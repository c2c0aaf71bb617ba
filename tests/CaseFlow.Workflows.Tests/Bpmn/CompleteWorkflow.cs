namespace CaseFlow.Workflows.Tests.Bpmn;

/// <summary>A valid file with every supported element kind, as bpmn-js would save it (collaboration, lanes, diagram).</summary>
internal static class CompleteWorkflow
{
    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                          xmlns:cf="urn:caseflow:bpmn:1"
                          id="Definitions_1" targetNamespace="urn:caseflow:test">
          <bpmn:collaboration id="Collaboration_1">
            <bpmn:participant id="Participant_1" name="Jobcenter" processRef="complete-flow" />
          </bpmn:collaboration>
          <bpmn:message id="Msg_Handover" name="HandoverRequested" />
          <bpmn:message id="Msg_Confirmed" name="HandoverConfirmed" cf:correlationKey="vars.handoverId" />
          <bpmn:message id="Msg_Report" name="ProviderReportReceived" />
          <bpmn:message id="Msg_Recheck" name="RecheckRequested" />
          <bpmn:process id="complete-flow" name="Alles drin" isExecutable="true" cf:caseKind="bfm">
            <bpmn:documentation>Jede Elementart einmal.</bpmn:documentation>
            <bpmn:laneSet id="LaneSet_1">
              <bpmn:lane id="Lane_Ifk" name="IFK" cf:role="IFK">
                <bpmn:flowNodeRef>Start</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>Start_Recheck</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>Task_Check</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>Gw_Decide</bpmn:flowNodeRef>
              </bpmn:lane>
              <bpmn:lane id="Lane_Fm" name="Fallmanagement" cf:role="FM">
                <bpmn:flowNodeRef>Task_Intake</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>Boundary_Remind</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>Boundary_Escalate</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>Task_Escalate</bpmn:flowNodeRef>
              </bpmn:lane>
              <bpmn:lane id="Lane_Queue" name="VM U25" cf:role="queue:VM-U25-aB">
                <bpmn:flowNodeRef>Task_Queue</bpmn:flowNodeRef>
              </bpmn:lane>
            </bpmn:laneSet>
            <bpmn:startEvent id="Start" name="Fall geprüft" />
            <bpmn:startEvent id="Start_Recheck">
              <bpmn:messageEventDefinition messageRef="Msg_Recheck" />
            </bpmn:startEvent>
            <bpmn:userTask id="Task_Check" name="Zugang prüfen" cf:assignee="case.referringCaseworker" cf:dueIn="P5D" cf:formKey="bfm-check" />
            <bpmn:exclusiveGateway id="Gw_Decide" name="Zugang?" default="Flow_No" />
            <bpmn:serviceTask id="Fire_Reject" cf:action="case.fire" cf:trigger="reject" cf:reason="'Zugang nicht gegeben'" />
            <bpmn:endEvent id="End_Rejected"><bpmn:terminateEventDefinition /></bpmn:endEvent>
            <bpmn:parallelGateway id="Fork" />
            <bpmn:userTask id="Task_Intake" name="Erstgespräch" />
            <bpmn:boundaryEvent id="Boundary_Remind" attachedToRef="Task_Intake" cancelActivity="false">
              <bpmn:timerEventDefinition><bpmn:timeCycle>R/P1M</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="Boundary_Escalate" attachedToRef="Task_Intake">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P2Y</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:serviceTask id="Notify_Remind" cf:action="notify" cf:assignee="case.mainCaseworker" cf:text="Erstgespräch steht aus" />
            <bpmn:endEvent id="End_Reminded" />
            <bpmn:userTask id="Task_Escalate" cf:candidateRole="FMSupervisor" />
            <bpmn:endEvent id="End_Escalated" />
            <bpmn:sendTask id="Send_Handover" messageRef="Msg_Handover" />
            <bpmn:eventBasedGateway id="Gw_Wait" />
            <bpmn:intermediateCatchEvent id="Catch_Confirmed">
              <bpmn:messageEventDefinition messageRef="Msg_Confirmed" />
            </bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="Catch_Timeout">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P14D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:receiveTask id="Receive_Report" messageRef="Msg_Report" />
            <bpmn:boundaryEvent id="Boundary_Weekly" attachedToRef="Receive_Report" cancelActivity="false">
              <bpmn:timerEventDefinition><bpmn:timeCycle>R3/P1W</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:endEvent id="End_Weekly" />
            <bpmn:exclusiveGateway id="Gw_Merge" />
            <bpmn:parallelGateway id="Join" />
            <bpmn:userTask id="Task_Queue" name="Übernehmen" />
            <bpmn:serviceTask id="Publish_Report" cf:action="publish" cf:message="Msg_Report" />
            <bpmn:serviceTask id="FollowUp_Ifk" cf:action="followUp" cf:assignee="case.referringCaseworker" cf:text="Nachfassen" />
            <bpmn:intermediateCatchEvent id="Wait_6M">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P6M</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="End_Done" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Check" />
            <bpmn:sequenceFlow id="Flow_Recheck" sourceRef="Start_Recheck" targetRef="Task_Check" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="Gw_Decide" />
            <bpmn:sequenceFlow id="Flow_Yes" name="ja" sourceRef="Gw_Decide" targetRef="Fork">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">vars.accepted = true</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_No" name="nein" sourceRef="Gw_Decide" targetRef="Fire_Reject" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Fire_Reject" targetRef="End_Rejected" />
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Fork" targetRef="Task_Intake" />
            <bpmn:sequenceFlow id="Flow_5" sourceRef="Fork" targetRef="Send_Handover" />
            <bpmn:sequenceFlow id="Flow_6" sourceRef="Boundary_Remind" targetRef="Notify_Remind" />
            <bpmn:sequenceFlow id="Flow_7" sourceRef="Notify_Remind" targetRef="End_Reminded" />
            <bpmn:sequenceFlow id="Flow_8" sourceRef="Boundary_Escalate" targetRef="Task_Escalate" />
            <bpmn:sequenceFlow id="Flow_9" sourceRef="Task_Escalate" targetRef="End_Escalated" />
            <bpmn:sequenceFlow id="Flow_10" sourceRef="Send_Handover" targetRef="Gw_Wait" />
            <bpmn:sequenceFlow id="Flow_11" sourceRef="Gw_Wait" targetRef="Catch_Confirmed" />
            <bpmn:sequenceFlow id="Flow_12" sourceRef="Gw_Wait" targetRef="Catch_Timeout" />
            <bpmn:sequenceFlow id="Flow_13" sourceRef="Gw_Wait" targetRef="Receive_Report" />
            <bpmn:sequenceFlow id="Flow_14" sourceRef="Catch_Confirmed" targetRef="Gw_Merge" />
            <bpmn:sequenceFlow id="Flow_15" sourceRef="Catch_Timeout" targetRef="Gw_Merge" />
            <bpmn:sequenceFlow id="Flow_16" sourceRef="Receive_Report" targetRef="Gw_Merge" />
            <bpmn:sequenceFlow id="Flow_17" sourceRef="Boundary_Weekly" targetRef="End_Weekly" />
            <bpmn:sequenceFlow id="Flow_18" sourceRef="Gw_Merge" targetRef="Join" />
            <bpmn:sequenceFlow id="Flow_19" sourceRef="Task_Intake" targetRef="Join" />
            <bpmn:sequenceFlow id="Flow_20" sourceRef="Join" targetRef="Task_Queue" />
            <bpmn:sequenceFlow id="Flow_21" sourceRef="Task_Queue" targetRef="Publish_Report" />
            <bpmn:sequenceFlow id="Flow_22" sourceRef="Publish_Report" targetRef="FollowUp_Ifk" />
            <bpmn:sequenceFlow id="Flow_23" sourceRef="FollowUp_Ifk" targetRef="Wait_6M" />
            <bpmn:sequenceFlow id="Flow_24" sourceRef="Wait_6M" targetRef="End_Done" />
            <bpmn:textAnnotation id="Note_1"><bpmn:text>Ablauf für Tests</bpmn:text></bpmn:textAnnotation>
            <bpmn:association id="Association_1" sourceRef="Task_Check" targetRef="Note_1" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_1">
            <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
