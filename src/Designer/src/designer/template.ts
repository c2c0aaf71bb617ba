// The BPMN file a new workflow starts from: one pool with the standard lanes (IFK, FM, aB-pAp, Provider, each with
// cf:role), a start event, a first user task for the IFK and an end event: valid for the server as it is. The names are
// written in the chosen language (lanes by the roles' names from the server's vocabulary); the file then stays as authored.
import { t } from '../shared/i18n';
import { roleLabel } from '../shared/vocabulary';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const laneRoles = [
  { id: 'Lane_IFK', role: 'IFK' },
  { id: 'Lane_FM', role: 'FM' },
  { id: 'Lane_ABPAP', role: 'ABPAP' },
  { id: 'Lane_Provider', role: 'Provider' },
];

export function workflowTemplate(key: string, name: string, caseKind: string): string {
  const laneHeight = 150;
  const lanes = laneRoles.map(l => ({ ...l, name: roleLabel(l.role) ?? l.role }));
  const refs = (laneId: string): string =>
    laneId === 'Lane_IFK'
      ? ['Start', 'Task_First', 'End'].map(id => `        <bpmn:flowNodeRef>${id}</bpmn:flowNodeRef>`).join('\n')
      : '';
  const laneXml = lanes
    .map(l => `      <bpmn:lane id="${l.id}" name="${escapeXml(l.name)}" cf:role="${l.role}">\n${refs(l.id)}\n      </bpmn:lane>`)
    .join('\n');
  const laneShapes = lanes
    .map((l, i) => `      <bpmndi:BPMNShape id="${l.id}_di" bpmnElement="${l.id}" isHorizontal="true">
        <dc:Bounds x="190" y="${80 + i * laneHeight}" width="870" height="${laneHeight}" />
      </bpmndi:BPMNShape>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:cf="urn:caseflow:bpmn:1" id="Definitions_${key}" targetNamespace="urn:caseflow:workflows">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_1" name="${escapeXml(name)}" processRef="${key}" />
  </bpmn:collaboration>
  <bpmn:process id="${key}" name="${escapeXml(name)}" isExecutable="true" cf:caseKind="${caseKind}">
    <bpmn:laneSet id="LaneSet_1">
${laneXml}
    </bpmn:laneSet>
    <bpmn:startEvent id="Start" name="${escapeXml(t('designer.template.start'))}">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_First" name="${escapeXml(t('designer.template.firstTask'))}" cf:dueIn="P5D">
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="End" name="${escapeXml(t('designer.template.end'))}">
      <bpmn:incoming>Flow_2</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_First" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_First" targetRef="End" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true">
        <dc:Bounds x="160" y="80" width="900" height="${lanes.length * laneHeight}" />
      </bpmndi:BPMNShape>
${laneShapes}
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start">
        <dc:Bounds x="242" y="137" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_First_di" bpmnElement="Task_First">
        <dc:Bounds x="340" y="115" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End">
        <dc:Bounds x="512" y="137" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="278" y="155" />
        <di:waypoint x="340" y="155" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2">
        <di:waypoint x="440" y="155" />
        <di:waypoint x="512" y="155" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
