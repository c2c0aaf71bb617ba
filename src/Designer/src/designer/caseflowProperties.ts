// The "CaseFlow" group of the properties panel: the cf: attributes as fields with choices (docs/bpmn.md).
import {
  CheckboxEntry, isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited, SelectEntry, TextFieldEntry,
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import { t } from '../shared/i18n';
import type { Lifecycle } from './workflowApi';
import {
  actionAttributes, assignees, candidateRoles, caseKinds, Choice, laneRoles, serviceActions, serviceAttributes,
} from './vocabulary';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Element = any;

/** Where a field's attribute lives: on the element itself, its process, the message it refers to, or its timer. */
type Target = 'self' | 'process' | 'message' | 'timer';

interface FieldProps {
  element: Element;
  id: string;
  label: string;
  description?: string;
  target: Target;
  property: string;
  choices?: (element: Element, config: CaseFlowConfig) => Choice[];
}

export interface CaseFlowConfig {
  lifecycles: Lifecycle[];
}

function processOf(element: Element, canvas: any): any {
  const bo = getBusinessObject(element);
  if (is(bo, 'bpmn:Process')) return bo;
  if (is(bo, 'bpmn:Participant')) return bo.processRef;
  const root = canvas.getRootElement().businessObject;
  return is(root, 'bpmn:Collaboration') ? root.participants?.[0]?.processRef : root;
}

function messageOf(element: Element): any {
  const bo = getBusinessObject(element);
  return bo.messageRef ?? bo.eventDefinitions?.find((d: any) => is(d, 'bpmn:MessageEventDefinition'))?.messageRef;
}

function timerOf(element: Element): any {
  return getBusinessObject(element).eventDefinitions?.find((d: any) => is(d, 'bpmn:TimerEventDefinition'));
}

function targetOf(target: Target, element: Element, canvas: any): any {
  if (target === 'timer') return timerOf(element);
  return target === 'process' ? processOf(element, canvas) : target === 'message' ? messageOf(element) : getBusinessObject(element);
}

function useTarget(props: FieldProps) {
  const modeling = useService('modeling');
  const canvas = useService('canvas');
  const moddleElement = targetOf(props.target, props.element, canvas);
  const attribute = `cf:${props.property}`;
  const getValue = () => moddleElement?.get(attribute) ?? '';
  const setValue = (value: string) => {
    const properties: Record<string, unknown> = { [attribute]: value?.trim() ? value.trim() : undefined };
    if (props.property === 'action') {
      // Each action takes exactly its attributes: drop the others.
      for (const name of serviceAttributes) {
        if (!(actionAttributes[value] ?? []).includes(name)) properties[`cf:${name}`] = undefined;
      }
    }
    modeling.updateModdleProperties(props.element, moddleElement, properties);
  };
  return { getValue, setValue };
}

function CaseFlowTextField(props: FieldProps) {
  const debounce = useService('debounceInput');
  const { getValue, setValue } = useTarget(props);
  return TextFieldEntry({ element: props.element, id: props.id, label: props.label, description: props.description, getValue, setValue, debounce });
}

function CaseFlowSelect(props: FieldProps) {
  const config = useService('config.caseflow') as CaseFlowConfig;
  const { getValue, setValue } = useTarget(props);
  const getOptions = () => {
    const choices = props.choices?.(props.element, config) ?? [];
    const current = getValue();
    const options = [{ value: '', label: t('designer.props.none') }, ...choices];
    if (current && !choices.some(c => c.value === current)) options.push({ value: current, label: t('designer.props.ownValue', { value: current }) });
    return options;
  };
  return SelectEntry({ element: props.element, id: props.id, label: props.label, description: props.description, getValue, setValue, getOptions });
}

/** The condition expression of a sequence flow (bpmn:conditionExpression, a formal expression). */
function ConditionField(props: { element: Element; id: string }) {
  const debounce = useService('debounceInput');
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const bo = getBusinessObject(props.element);
  return TextFieldEntry({
    element: props.element,
    id: props.id,
    label: t('designer.props.condition'),
    description: t('designer.props.conditionHint'),
    debounce,
    getValue: () => bo.conditionExpression?.body ?? '',
    setValue: (value: string) => {
      const conditionExpression = value?.trim()
        ? bpmnFactory.create('bpmn:FormalExpression', { body: value.trim() })
        : undefined;
      modeling.updateProperties(props.element, { conditionExpression });
    },
  });
}

/** The actions a user task is bound to (cf:caseAction, space-separated): completing it performs the chosen one. */
function boundActions(element: Element): string[] {
  return String(getBusinessObject(element).get('cf:caseAction') ?? '').split(/\s+/).filter(Boolean);
}

/** One action of the process's case kind as a checkbox ("Fallaktion"), written as cf:caseAction. */
function CaseActionCheckbox(props: { element: Element; id: string; action: string; label: string }) {
  const modeling = useService('modeling');
  return CheckboxEntry({
    element: props.element,
    id: props.id,
    label: props.label,
    getValue: () => boundActions(props.element).includes(props.action),
    setValue: (on: boolean) => {
      const others = boundActions(props.element).filter(a => a !== props.action);
      const next = on ? [...others, props.action] : others;
      modeling.updateProperties(props.element, { 'cf:caseAction': next.length > 0 ? next.join(' ') : undefined });
    },
  });
}

/** A checkbox per action of the process's case kind (GET /api/lifecycles); several: the user chooses with the variable caseAction. */
function caseActionEntries(element: Element, config: CaseFlowConfig, canvas: any): Record<string, unknown>[] {
  const kind = processOf(element, canvas)?.get('cf:caseKind');
  const lifecycle = config.lifecycles.find(l => l.kind === kind);
  return (lifecycle?.actions ?? []).map(a => ({
    id: `cf-caseAction-${a.action}`,
    action: a.action,
    label: t('designer.props.caseAction', { action: a.action }),
    component: CaseActionCheckbox,
    isEdited: isCheckboxEntryEdited,
  }));
}

const textField = (id: string, label: string, target: Target, property: string, description?: string) =>
  ({ id, label, target, property, description, component: CaseFlowTextField, isEdited: isTextFieldEntryEdited });

const select = (id: string, label: string, target: Target, property: string, choices: FieldProps['choices'], description?: string) =>
  ({ id, label, target, property, choices, description, component: CaseFlowSelect, isEdited: isSelectEntryEdited });

function triggerChoices(element: Element, config: CaseFlowConfig, canvas: any): Choice[] {
  const kind = processOf(element, canvas)?.get('cf:caseKind');
  const lifecycles = config.lifecycles.filter(l => !kind || l.kind === kind);
  const actions = new Map<string, string>();
  for (const lifecycle of lifecycles) {
    for (const a of lifecycle.actions) actions.set(a.action, kind ? a.action : `${a.action} (${lifecycle.kind})`);
  }
  return [...actions].map(([value, label]) => ({ value, label }));
}

function entriesFor(element: Element, canvas: any, config: CaseFlowConfig): Record<string, unknown>[] {
  const bo = getBusinessObject(element);
  const entries: Record<string, unknown>[] = [];
  if (is(bo, 'bpmn:Process') || is(bo, 'bpmn:Participant')) {
    entries.push(select('cf-caseKind', t('designer.props.caseKind'), 'process', 'caseKind', () => caseKinds));
  }
  if (is(bo, 'bpmn:Lane')) {
    entries.push(select('cf-role', t('designer.props.laneRole'), 'self', 'role', () => laneRoles));
  }
  if (is(bo, 'bpmn:UserTask')) {
    entries.push(
      select('cf-candidateRole', t('designer.props.candidateRole'), 'self', 'candidateRole', () => candidateRoles,
        t('designer.props.candidateRoleHint')),
      select('cf-assignee', t('designer.props.assignee'), 'self', 'assignee', () => assignees),
      textField('cf-assigneeExpression', t('designer.props.assigneeExpression'), 'self', 'assignee', t('designer.props.assigneeExpressionHint')),
      textField('cf-dueIn', t('designer.props.dueIn'), 'self', 'dueIn', t('designer.props.dueInHint')),
      textField('cf-formKey', t('designer.props.formKey'), 'self', 'formKey', t('designer.props.formKeyHint')),
      ...caseActionEntries(element, config, canvas));
  }
  if (is(bo, 'bpmn:ServiceTask')) {
    const action = bo.get('cf:action');
    entries.push(select('cf-action', t('designer.props.action'), 'self', 'action', () => serviceActions));
    const uses = actionAttributes[action] ?? [];
    if (uses.includes('trigger')) {
      entries.push(select('cf-trigger', t('designer.props.trigger'), 'self', 'trigger', (e, config) => triggerChoices(e, config, canvas),
        t('designer.props.triggerHint')));
    }
    if (uses.includes('reason')) entries.push(textField('cf-reason', t('designer.props.reason'), 'self', 'reason', t('designer.props.reasonHint')));
    if (uses.includes('assignee')) entries.push(select('cf-assignee', t('designer.props.recipient'), 'self', 'assignee', () => assignees));
    if (uses.includes('text')) entries.push(textField('cf-text', t('designer.props.text'), 'self', 'text'));
    if (uses.includes('dueIn')) entries.push(textField('cf-dueIn', t('designer.props.dueIn'), 'self', 'dueIn', t('designer.props.dueInDefault')));
    if (uses.includes('message')) entries.push(textField('cf-message', t('designer.props.message'), 'self', 'message', t('designer.props.messageHint')));
  }
  const message = messageOf(element);
  if (message) {
    entries.push(textField('cf-correlationKey', t('designer.props.correlationKey', { message: message.name ?? message.id }), 'message',
      'correlationKey', t('designer.props.correlationKeyHint')));
  }
  if (timerOf(element)) {
    entries.push(textField('cf-dueDate', t('designer.props.dueDate'), 'timer', 'dueDate', t('designer.props.dueDateHint')));
  }
  if (is(bo, 'bpmn:SequenceFlow') && is(bo.sourceRef, 'bpmn:ExclusiveGateway')) {
    entries.push({ id: 'cf-condition', component: ConditionField, isEdited: isTextFieldEntryEdited });
  }
  return entries;
}

/** Registered with the properties panel: adds the CaseFlow group right after "General". */
export default class CaseFlowPropertiesProvider {
  static $inject = ['propertiesPanel', 'canvas', 'config.caseflow'];

  constructor(propertiesPanel: any, private readonly canvas: any, private readonly config: CaseFlowConfig) {
    propertiesPanel.registerProvider(500, this);
  }

  getGroups(element: Element) {
    return (groups: any[]) => {
      const entries = entriesFor(element, this.canvas, this.config ?? { lifecycles: [] });
      if (entries.length > 0) {
        const at = groups.findIndex(g => g.id === 'general');
        groups.splice(at + 1, 0, { id: 'caseflow', label: 'CaseFlow', entries, shouldOpen: true });
      }
      return groups;
    };
  }
}

export const CaseFlowPropertiesModule = {
  __init__: ['caseFlowPropertiesProvider'],
  caseFlowPropertiesProvider: ['type', CaseFlowPropertiesProvider],
};
