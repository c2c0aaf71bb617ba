import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { MigrationAnswer, workflows } from './workflowApi';

/** An element of the newly published version, as the mapping selects offer it. */
export interface TargetElement {
  id: string;
  label: string;
}

const outcomes = ['migrate', 'migrated', 'refused'];
const columns = ['instance', 'case', 'outcome', 'moves', 'reasons'] as const;

/**
 * After publishing version toVersion: offers "Laufende Abläufe migrieren" when older versions still have running
 * instances. A dry run shows per instance what happens; old elements that need a mapping get a labelled select each;
 * "Migrieren" then moves the instances (each committed on its own by the server).
 */
export async function renderMigrationOffer(
  shell: Shell, section: HTMLElement, key: string, toVersion: number, targets: TargetElement[]): Promise<void> {
  const summary = (await workflows.list()).find(s => s.key === key);
  const older = (summary?.versions ?? []).filter(v => v.version < toVersion && v.runningInstances > 0);
  if (older.length === 0) {
    section.hidden = true;
    return;
  }
  const fromSelect = h('select', { id: 'migration-from' },
    ...older.map(v => h('option', { value: v.version }, t('designer.migration.fromOption', { version: v.version, count: v.runningInstances }))));
  const mappingBox = h('div', { class: 'stack' });
  const result = h('div', { 'aria-live': 'polite' });
  const migrateButton = h('button', { type: 'button', disabled: true }, t('designer.migration.migrate'));
  const selects = new Map<string, HTMLSelectElement>();

  const mapping = (): Record<string, string> => Object.fromEntries(
    [...selects].filter(([, select]) => select.value !== '').map(([from, select]) => [from, select.value]));
  const run = async (dryRun: boolean) => {
    try {
      const answer = await workflows.migrate(key, { fromVersion: Number(fromSelect.value), toVersion, mapping: mapping(), dryRun });
      replace(result, resultTable(answer));
      if (dryRun) {
        renderMappingSelects(answer);
        migrateButton.disabled = !answer.instances.some(i => i.outcome === 'migrate');
      } else {
        const moved = answer.instances.filter(i => i.outcome === 'migrated').length;
        shell.status(t('designer.migration.migrated', { moved, total: answer.instances.length, version: toVersion }));
        migrateButton.disabled = true;
      }
    } catch (error) {
      shell.error(error);
    }
  };
  const renderMappingSelects = (answer: MigrationAnswer) => {
    const unmapped = [...new Set(answer.instances.flatMap(i => i.unmapped))];
    for (const from of unmapped.filter(id => !selects.has(id))) {
      selects.set(from, h('select', { id: `migration-map-${from}` },
        h('option', { value: '' }, t('designer.migration.noMapping')),
        ...targets.map(target => h('option', { value: target.id }, target.label))));
    }
    replace(mappingBox, ...[...selects].map(([from, select]) => h('div', { class: 'field' },
      h('label', { for: select.id }, t('designer.migration.mapTo', { element: from })), select)));
    if (unmapped.length > 0) {
      mappingBox.prepend(h('p', { class: 'hint' }, t('designer.migration.mappingHint')));
    }
  };
  fromSelect.addEventListener('change', () => {
    selects.clear();
    replace(mappingBox);
    replace(result);
    migrateButton.disabled = true;
  });
  migrateButton.addEventListener('click', () => void run(false));

  replace(section,
    h('h2', { id: 'migration-heading' }, t('designer.migration.heading')),
    h('p', { class: 'hint' }, t('designer.migration.hint', { version: toVersion })),
    h('div', { class: 'field' }, h('label', { for: 'migration-from' }, t('designer.migration.from')), fromSelect),
    mappingBox,
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'secondary', onclick: () => void run(true) }, t('designer.migration.dryRun')), migrateButton),
    result);
  section.hidden = false;
}

function resultTable(answer: MigrationAnswer): HTMLElement {
  if (answer.instances.length === 0) return h('p', {}, t('designer.migration.noInstances'));
  return h('table', { class: 'migration-table' },
    h('caption', {}, t(answer.dryRun ? 'designer.migration.dryRunCaption' : 'designer.migration.resultCaption')),
    h('thead', {}, h('tr', {}, ...columns.map(column => h('th', { scope: 'col' }, t(`designer.migration.column.${column}`))))),
    h('tbody', {}, ...answer.instances.map(i => h('tr', {},
      h('th', { scope: 'row' }, h('code', {}, i.instanceId)),
      h('td', {}, i.caseId ?? '–'),
      h('td', {}, outcomes.includes(i.outcome) ? t(`designer.migration.outcome.${i.outcome}`) : i.outcome),
      h('td', {}, i.moves.length === 0 ? '–' : i.moves.map(m => `${m.from} → ${m.to}`).join(', ')),
      h('td', {}, i.reasons.length === 0 ? '–' : h('ul', {}, ...i.reasons.map(r => h('li', {}, r))))))));
}
