import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { workflowTemplate } from './template';
import { caseKinds, keyPattern, loadCaseKinds } from './vocabulary';
import { download, openXml, WorkflowSummary, workflows } from './workflowApi';

/** The workflow list (#/): a table of every key with versions and draft, open/download, and "new workflow". */
export async function renderWorkflowList(shell: Shell): Promise<void> {
  const heading = shell.heading(t('designer.list.heading'));
  const summaries = await workflows.list();
  const table = h('table', { class: 'workflow-table' },
    h('caption', {}, t('designer.list.caption')),
    h('thead', {}, h('tr', {},
      ...(['key', 'name', 'caseKind', 'versions', 'draft', 'actions'] as const)
        .map(column => h('th', { scope: 'col' }, t(`designer.list.column.${column}`))))),
    h('tbody', {}, ...summaries.map(s => row(shell, s))));
  await loadCaseKinds();
  const form = newWorkflowForm(shell, summaries);
  const toggle = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'new-workflow' }, t('designer.list.new'));
  toggle.addEventListener('click', () => {
    const open = form.hidden;
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) form.querySelector('input')?.focus();
  });
  replace(shell.main, heading, toggle, form, table);
  heading.focus();
}

function row(shell: Shell, s: WorkflowSummary): HTMLTableRowElement {
  const versions = s.versions.length === 0 ? t('designer.list.noVersions') : s.versions.map(v => t('designer.list.version', { version: v.version, count: v.runningInstances })).join(', ');
  const draft = s.draft ? t('designer.list.draftBy', { user: s.draft.createdBy }) : t('designer.list.noDraft');
  return h('tr', {},
    h('th', { scope: 'row' }, h('code', {}, s.key)),
    h('td', {}, s.name),
    h('td', {}, s.caseKind ?? '–', s.defaultFor ? ' ' : '', s.defaultFor ? h('span', { class: 'badge' }, t('designer.list.default')) : ''),
    h('td', {}, versions),
    h('td', {}, draft),
    h('td', {}, h('div', { class: 'row' },
      h('a', { href: `#/edit/${encodeURIComponent(s.key)}`, 'aria-label': t('designer.list.openKey', { key: s.key }) }, t('designer.list.open')),
      h('button', {
        type: 'button', class: 'secondary', 'aria-label': t('designer.list.downloadKey', { key: s.key }),
        onclick: async () => {
          try {
            download(`${s.key}.bpmn`, await openXml(s));
          } catch (error) {
            shell.error(error);
          }
        },
      }, t('designer.list.download')),
      defaultButton(shell, s))));
}

/** "Als Standard festlegen": new cases of the workflow's kind start it (published workflows of a kind that are not its default yet). */
function defaultButton(shell: Shell, s: WorkflowSummary): HTMLButtonElement | '' {
  const kind = s.caseKind;
  if (!kind || s.latestVersion === null || s.defaultFor === kind) return '';
  return h('button', {
    type: 'button', class: 'secondary', 'aria-label': t('designer.list.makeDefaultKey', { key: s.key, kind }),
    onclick: async () => {
      try {
        await workflows.makeDefault(kind, s.key);
        await renderWorkflowList(shell);
        shell.status(t('designer.list.madeDefault', { key: s.key, kind }));
      } catch (error) {
        shell.error(error);
      }
    },
  }, t('designer.list.makeDefault'));
}

function newWorkflowForm(shell: Shell, summaries: WorkflowSummary[]): HTMLFormElement {
  const keyError = h('p', { id: 'new-key-error', class: 'field-error' });
  const keyInput = h('input', {
    id: 'new-key', name: 'key', required: true, autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'new-key-hint new-key-error',
  });
  const nameInput = h('input', { id: 'new-name', name: 'name', required: true, autocomplete: 'off' });
  const kindSelect = h('select', { id: 'new-kind', name: 'caseKind' }, ...caseKinds.map(k => h('option', { value: k.value }, k.label)));
  const form = h('form', { id: 'new-workflow', class: 'stack new-workflow', hidden: true, 'aria-labelledby': 'new-workflow-heading', novalidate: true },
    h('h2', { id: 'new-workflow-heading' }, t('designer.new.heading')),
    h('p', { class: 'hint' }, t('designer.new.hint')),
    h('div', { class: 'field' },
      h('label', { for: 'new-key' }, t('designer.new.key')),
      keyInput,
      h('span', { id: 'new-key-hint', class: 'hint' }, t('designer.new.keyHint')),
      keyError),
    h('div', { class: 'field' }, h('label', { for: 'new-name' }, t('designer.new.name')), nameInput),
    h('div', { class: 'field' }, h('label', { for: 'new-kind' }, t('designer.new.caseKind')), kindSelect),
    h('button', { type: 'submit' }, t('designer.new.create')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const key = keyInput.value.trim();
    const name = nameInput.value.trim();
    const problem = !keyPattern.test(key)
      ? t('designer.new.invalidKey')
      : summaries.some(s => s.key === key) ? t('designer.new.keyExists', { key }) : '';
    keyError.textContent = problem;
    keyInput.setAttribute('aria-invalid', String(problem !== ''));
    nameInput.setAttribute('aria-invalid', String(name === ''));
    if (problem) {
      keyInput.focus();
      return;
    }
    if (!name) {
      shell.error(new Error(t('designer.new.nameRequired')));
      nameInput.focus();
      return;
    }
    try {
      await workflows.saveDraft(workflowTemplate(key, name, kindSelect.value));
      shell.status(t('designer.new.created', { key }));
      location.hash = `#/edit/${encodeURIComponent(key)}`;
    } catch (error) {
      shell.error(error);
    }
  });
  return form;
}
