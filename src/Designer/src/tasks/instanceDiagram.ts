import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { api } from '../shared/api';
import { h } from '../shared/dom';
import { MessageKey, t } from '../shared/i18n';
import { InstanceItem } from './types';

/**
 * One running instance: the workflow version's diagram (bpmn-js NavigatedViewer, bpmn.io watermark kept) with the
 * elements it waits at marked, and the same as a text list (the accessible alternative); `controls` adds what may
 * be done about it (the case page: the incidents with retry and cancel).
 */
export async function renderInstance(
  instanceId: string,
  headingLevel: 'h3',
  controls: (instance: InstanceItem) => HTMLElement | null = () => null,
): Promise<HTMLElement> {
  const instance = await api<InstanceItem>(`/api/instances/${instanceId}`);
  const canvas = h('div', { class: 'instance-canvas' });
  const section = h('section', { class: 'instance', 'aria-labelledby': `instance-${instance.id}` },
    h(headingLevel, { id: `instance-${instance.id}` }, t('cases.instance.heading', { key: instance.definitionKey, version: instance.definitionVersion, status: word('status', instance.status) })),
    h('p', {}, t('cases.instance.waitingAt')),
    instance.waitingAt.length > 0
      ? h('ul', { class: 'waiting-list' }, ...instance.waitingAt.map(w => h('li', {}, h('strong', {}, w.name), ` (${w.elementId}, ${word('wait', w.for)})`)))
      : h('p', {}, t('cases.instance.nothing')),
    controls(instance),
    canvas);
  const xml = await api<string>(`/api/workflows/${encodeURIComponent(instance.definitionKey)}/versions/${instance.definitionVersion}`, { headers: { accept: 'application/xml' } });
  // The viewer measures its container: draw after the section is in the document.
  requestAnimationFrame(() => void draw(canvas, xml, instance));
  return section;
}

async function draw(container: HTMLElement, xml: string, instance: InstanceItem): Promise<void> {
  const viewer = new NavigatedViewer({ container });
  try {
    await viewer.importXML(xml);
    const canvas = viewer.get<{ zoom(level: string): void; addMarker(id: string, marker: string): void }>('canvas');
    canvas.zoom('fit-viewport');
    const registry = viewer.get<{ get(id: string): unknown }>('elementRegistry');
    for (const wait of instance.waitingAt) {
      if (registry.get(wait.elementId)) {
        canvas.addMarker(wait.elementId, 'cf-waiting');
      }
    }
    // The drawing (focusable for keyboard panning) is named; the text list above says in words where it waits.
    const svg = container.querySelector('.djs-container > svg');
    svg?.setAttribute('role', 'img');
    svg?.setAttribute('aria-label', t('cases.instance.diagram', { key: instance.definitionKey, marked: instance.waitingAt.map(w => w.name).join(', ') || t('cases.instance.nothing') }));
    container.dataset.rendered = 'true';
  } catch (error) {
    container.append(h('p', {}, t('cases.instance.diagramFailed', { error: error instanceof Error ? error.message : String(error) })));
  }
}

const words = new Set(['status.Running', 'status.Completed', 'status.Cancelled', 'wait.UserTask', 'wait.Message', 'wait.Timer',
  'wait.EventGateway', 'wait.Join', 'wait.Incident']);

/** An instance status or wait kind of the API (an English enum name) in words, or the name itself when unknown. */
function word(group: 'status' | 'wait', value: string): string {
  return words.has(`${group}.${value}`) ? t(`cases.instance.${group}.${value}` as MessageKey) : value;
}
