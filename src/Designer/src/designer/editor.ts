import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import Modeler from 'bpmn-js/lib/Modeler';
import { ApiError } from '../shared/api';
import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { CaseFlowPropertiesModule } from './caseflowProperties';
import { caseflowModdle } from './caseflowModdle';
import { compareDefinitions, renderComparison } from './compare';
import { lint, LintProblem } from './lint';
import { renderMigrationOffer } from './migration';
import { ProblemList } from './problems';
import { loadCaseKinds } from './vocabulary';
import { download, openXml, workflows } from './workflowApi';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The editor (#/edit/<key>): bpmn-js with the properties panel, live validation, save, publish, compare, download. */
export async function renderEditor(shell: Shell, key: string): Promise<() => void> {
  const [summaries, lifecycles] = await Promise.all([workflows.list(), workflows.lifecycles(), loadCaseKinds()]);
  const summary = summaries.find(s => s.key === key);
  if (!summary) {
    const heading = shell.heading(t('designer.editor.notFound'));
    replace(shell.main, heading, h('p', {}, t('designer.editor.notFoundDetail', { key })), h('a', { href: '#/' }, t('designer.editor.toList')));
    heading.focus();
    return () => undefined;
  }
  const xml = await openXml(summary);

  const heading = shell.heading(t('designer.editor.heading', { name: summary.name }));
  const canvasElement = h('div', { class: 'canvas', role: 'region', 'aria-label': t('designer.editor.canvas') });
  const panelElement = h('div', { class: 'properties' });
  const elementSelect = h('select', { id: 'element-select' });
  const compareSection = h('section', { class: 'compare', 'aria-labelledby': 'compare-heading', hidden: true });
  const migrationSection = h('section', { class: 'migration', 'aria-labelledby': 'migration-heading', hidden: true });
  const source = h('p', { class: 'hint' }, summary.draft
    ? t('designer.editor.openedDraft', { user: summary.draft.createdBy })
    : t('designer.editor.openedVersion', { version: summary.latestVersion ?? '–' }));

  const modeler: any = new (Modeler as any)({
    container: canvasElement,
    propertiesPanel: { parent: panelElement, layout: { groups: { general: { open: true }, caseflow: { open: true } } } },
    additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CaseFlowPropertiesModule],
    moddleExtensions: { cf: caseflowModdle },
    caseflow: { lifecycles },
  });

  const show = (id: string) => {
    const element = modeler.get('elementRegistry').get(id);
    if (!element) return;
    modeler.get('selection').select(element);
    modeler.get('canvas').scrollToElement(element);
  };
  const problems = new ProblemList(modeler, show);
  let closeComparison: (() => void) | null = null;
  let dirty = false;
  const currentKey = (): string => processId() ?? key;
  const processId = (): string | undefined => {
    const root = modeler.getDefinitions()?.rootElements?.find((r: any) => r.$type === 'bpmn:Process');
    return root?.id;
  };

  const save = async (): Promise<boolean> => {
    const { xml: current } = await modeler.saveXML({ format: true });
    try {
      const draft = await workflows.saveDraft(current);
      dirty = false;
      source.textContent = t('designer.editor.savedNow');
      shell.status(t('designer.editor.saved', { key: draft.key }));
      if (draft.key !== key) location.hash = `#/edit/${encodeURIComponent(draft.key)}`;
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.problem.problems) {
        problems.render(error.problem.problems.map(p => ({ ...p, source: 'CaseFlow', severity: 'error' })));
      }
      shell.error(error);
      return false;
    }
  };
  const publish = async () => {
    if (!(await save())) return;
    try {
      const published = await workflows.publish(currentKey());
      shell.status(t('designer.editor.published', { version: published.version, key: published.key }));
      await renderMigrationOffer(shell, migrationSection, published.key, published.version, flowNodes());
    } catch (error) {
      shell.error(error);
    }
  };
  const compare = async () => {
    closeComparison?.();
    const latest = (await workflows.list()).find(s => s.key === currentKey())?.latestVersion;
    if (!latest) {
      shell.status(t('designer.editor.nothingPublished'));
      return;
    }
    const { rootElement } = await modeler.get('moddle').fromXML(await workflows.version(currentKey(), latest), 'bpmn:Definitions');
    const differences = compareDefinitions(rootElement, modeler.getDefinitions());
    closeComparison = renderComparison(compareSection, modeler, latest, differences, show, () => {
      closeComparison?.();
      closeComparison = null;
      compareButton.focus();
    });
  };
  const compareButton = h('button', { type: 'button', class: 'secondary', onclick: () => void compare().catch(e => shell.error(e)) },
    t('designer.editor.compare'));

  const toolbar = h('div', { class: 'row toolbar', role: 'group', 'aria-label': t('designer.editor.toolbar') },
    h('button', { type: 'button', onclick: () => void save() }, t('designer.editor.save')),
    h('button', { type: 'button', onclick: () => void publish() }, t('designer.editor.publish')),
    compareButton,
    h('button', {
      type: 'button', class: 'secondary',
      onclick: async () => download(`${currentKey()}.bpmn`, (await modeler.saveXML({ format: true })).xml),
    }, t('designer.editor.download')),
    h('a', { href: '#/' }, t('designer.editor.back')));

  const chooser = h('div', { class: 'field element-chooser' },
    h('label', { for: 'element-select' }, t('designer.editor.selectElement')),
    elementSelect,
    h('span', { class: 'hint', id: 'element-select-hint' }, t('designer.editor.selectElementHint')));
  elementSelect.setAttribute('aria-describedby', 'element-select-hint');
  elementSelect.addEventListener('change', () => show(elementSelect.value));

  replace(shell.main, heading, source, toolbar, chooser,
    h('div', { class: 'editor' }, canvasElement,
      h('aside', { class: 'properties-aside', 'aria-label': t('designer.editor.properties') }, panelElement)),
    problems.section, compareSection, migrationSection);

  await modeler.importXML(xml);
  modeler.get('canvas').zoom('fit-viewport');
  fixAccessibility(canvasElement);

  const flowNodes = () => modeler.get('elementRegistry')
    .filter((e: any) => e.type !== 'label' && e.businessObject?.$instanceOf?.('bpmn:FlowNode'))
    .map((e: any) => ({ id: e.id, label: `${String(e.type).replace('bpmn:', '')}: ${e.businessObject.name ? `${e.businessObject.name} (${e.id})` : e.id}` }));
  const fillElementSelect = () => {
    const selected = modeler.get('selection').get()[0]?.id ?? '';
    const elements = modeler.get('elementRegistry').filter((e: any) => e.type !== 'label' && e.businessObject?.id && e !== modeler.get('canvas').getRootElement());
    replace(elementSelect, h('option', { value: '' }, t('designer.editor.chooseElement')),
      ...elements.map((e: any) => h('option', { value: e.id, selected: e.id === selected },
        `${String(e.type).replace('bpmn:', '')}: ${e.businessObject.name ? `${e.businessObject.name} (${e.id})` : e.id}`)));
  };
  fillElementSelect();
  modeler.on('selection.changed', (event: any) => {
    elementSelect.value = event.newSelection[0]?.id ?? '';
  });

  let timer = 0;
  let run = 0;
  const validate = async () => {
    const number = ++run;
    const { xml: current } = await modeler.saveXML();
    const [local, server] = await Promise.all([
      lint(modeler.getDefinitions()).catch(error => [{ elementId: null, message: String(error), source: 'bpmnlint', severity: 'warn' } as LintProblem]),
      workflows.validate(current)
        .then(answer => answer.problems.map(p => ({ ...p, source: 'CaseFlow', severity: 'error' }) as LintProblem))
        .catch(error => [{ elementId: null, message: error instanceof Error ? error.message : String(error), source: 'CaseFlow', severity: 'error' } as LintProblem]),
    ]);
    if (number === run) problems.render([...server, ...local]);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void validate(), 500);
  };
  modeler.on('commandStack.changed', () => {
    dirty = true;
    schedule();
    fillElementSelect();
  });
  await validate();
  heading.focus();

  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (dirty) event.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);
  return () => {
    clearTimeout(timer);
    window.removeEventListener('beforeunload', beforeUnload);
    modeler.destroy();
  };
}

/** bpmn-js's own markup: give the palette and context pad entries names and roles where axe asks for them. */
function fixAccessibility(container: HTMLElement): void {
  const svg = container.querySelector('svg');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', t('designer.editor.diagram'));
}
