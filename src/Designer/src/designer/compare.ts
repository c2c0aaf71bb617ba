import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface Difference {
  id: string;
  kind: 'added' | 'removed' | 'changed';
  name: string;
  type: string;
}

/** What the compare looks at per element: type, name, cf: attributes, flow ends, condition, event definitions. */
function signature(bo: any): string {
  const cf = Object.entries(bo.$attrs ?? {}).filter(([k]) => k.startsWith('cf:'));
  for (const key of Object.keys(bo.$descriptor?.propertiesByName ?? {})) {
    if (key.startsWith('cf:') && bo.get(key) !== undefined) cf.push([key, bo.get(key)]);
  }
  return JSON.stringify({
    type: bo.$type,
    name: bo.name ?? null,
    cf: cf.sort(),
    source: bo.sourceRef?.id ?? null,
    target: bo.targetRef?.id ?? null,
    condition: bo.conditionExpression?.body ?? null,
    default: bo.default?.id ?? null,
    attachedTo: bo.attachedToRef?.id ?? null,
    cancelActivity: bo.cancelActivity ?? null,
    message: bo.messageRef?.id ?? null,
    events: (bo.eventDefinitions ?? []).map((d: any) => [d.$type, d.messageRef?.id, d.timeDuration?.body, d.timeCycle?.body]),
    nodes: (bo.flowNodeRef ?? []).map((n: any) => n.id),
  });
}

function elementsOf(definitions: any): Map<string, any> {
  const found = new Map<string, any>();
  const visitLanes = (laneSet: any) => {
    for (const lane of laneSet?.lanes ?? []) {
      found.set(lane.id, lane);
      visitLanes(lane.childLaneSet);
    }
  };
  for (const root of definitions.rootElements ?? []) {
    if (root.$type === 'bpmn:Process') {
      found.set(root.id, root);
      for (const element of root.flowElements ?? []) found.set(element.id, element);
      for (const laneSet of root.laneSets ?? []) visitLanes(laneSet);
    } else if (root.$type === 'bpmn:Message') {
      found.set(root.id, root);
    }
  }
  return found;
}

export function compareDefinitions(published: any, current: any): Difference[] {
  const before = elementsOf(published);
  const after = elementsOf(current);
  const describe = (bo: any, kind: Difference['kind']): Difference =>
    ({ id: bo.id, kind, name: bo.name ?? '', type: String(bo.$type).replace('bpmn:', '') });
  const differences: Difference[] = [];
  for (const [id, bo] of after) {
    const old = before.get(id);
    if (!old) differences.push(describe(bo, 'added'));
    else if (signature(old) !== signature(bo)) differences.push(describe(bo, 'changed'));
  }
  for (const [id, bo] of before) {
    if (!after.has(id)) differences.push(describe(bo, 'removed'));
  }
  return differences;
}


/** The compare result: a summary and one entry per difference (a button for elements on the canvas), canvas markers. */
export function renderComparison(
  target: HTMLElement, modeler: any, version: number, differences: Difference[], show: (id: string) => void, close: () => void,
): () => void {
  const canvas = modeler.get('canvas');
  const registry = modeler.get('elementRegistry');
  const marked = differences.filter(d => d.kind !== 'removed' && registry.get(d.id));
  for (const d of marked) canvas.addMarker(d.id, `cf-${d.kind}`);
  const count = (kind: Difference['kind']) => differences.filter(d => d.kind === kind).length;
  const heading = h('h2', { id: 'compare-heading', tabindex: '-1' }, t('designer.compare.heading', { version }));
  replace(target,
    heading,
    h('p', {}, differences.length === 0
      ? t('designer.compare.none')
      : t('designer.compare.summary', { changed: count('changed'), added: count('added'), removed: count('removed') })),
    h('ul', { class: 'compare-list' }, ...differences.map(d => {
      const text = `${t(`designer.compare.${d.kind}`)}: ${d.type} ${d.name ? `„${d.name}“ ` : ''}(${d.id})`;
      return h('li', { class: `compare-${d.kind}` }, d.kind !== 'removed' && registry.get(d.id)
        ? h('button', { type: 'button', class: 'link-button', onclick: () => show(d.id) }, text)
        : text);
    })),
    h('button', { type: 'button', class: 'secondary', onclick: close }, t('designer.compare.close')));
  target.hidden = false;
  heading.focus();
  return () => {
    for (const d of marked) if (registry.get(d.id)) canvas.removeMarker(d.id, `cf-${d.kind}`);
    replace(target);
    target.hidden = true;
  };
}
