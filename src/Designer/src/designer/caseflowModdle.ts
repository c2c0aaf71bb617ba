// The moddle extension for CaseFlow's cf: attributes (namespace urn:caseflow:bpmn:1), as docs/bpmn.md lists them.
const attr = (name: string) => ({ name, isAttr: true, type: 'String' });

export const caseflowModdle = {
  name: 'CaseFlow',
  uri: 'urn:caseflow:bpmn:1',
  prefix: 'cf',
  xml: { tagAlias: 'lowerCase' },
  types: [
    { name: 'ProcessProperties', extends: ['bpmn:Process'], properties: [attr('caseKind')] },
    { name: 'LaneProperties', extends: ['bpmn:Lane'], properties: [attr('role')] },
    { name: 'TaskAssignment', extends: ['bpmn:UserTask', 'bpmn:ServiceTask'], properties: [attr('assignee'), attr('dueIn')] },
    { name: 'UserTaskProperties', extends: ['bpmn:UserTask'], properties: [attr('candidateRole'), attr('formKey'), attr('caseAction')] },
    {
      name: 'ServiceTaskProperties',
      extends: ['bpmn:ServiceTask'],
      properties: [attr('action'), attr('trigger'), attr('reason'), attr('text'), attr('message')],
    },
    { name: 'MessageProperties', extends: ['bpmn:Message'], properties: [attr('correlationKey')] },
    { name: 'TimerProperties', extends: ['bpmn:TimerEventDefinition'], properties: [attr('dueDate')] },
  ],
  enumerations: [],
  associations: [],
};
