import { h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { workflowTemplate } from './template';
import { caseKinds, keyPattern, loadCaseKinds } from './vocabulary';
import { download, openXml, WorkflowSummary, workflows } from './workflowApi';

/** The workflow list (#/): a table of every key with versions and draft, open/download, and "new workflow". */
export async function renderWorkflowList(shell: Shell): Promise<void> {
  const heading = shell.heading('Workflows');
  const summaries = await workflows.list();
  const table = h('table', { class: 'workflow-table' },
    h('caption', {}, 'Workflows (BPMN) mit veröffentlichten Versionen und Entwurf'),
    h('thead', {}, h('tr', {},
      ...['Schlüssel (key)', 'Name', 'Fallart (case kind)', 'Versionen (published, laufende Abläufe)', 'Entwurf (draft)', 'Aktionen']
        .map(text => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, ...summaries.map(s => row(shell, s))));
  await loadCaseKinds();
  const form = newWorkflowForm(shell, summaries);
  const toggle = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'new-workflow' }, 'Neuer Workflow (new workflow)');
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
  const versions = s.versions.length === 0 ? 'keine' : s.versions.map(v => `${v.version} (${v.runningInstances} laufend)`).join(', ');
  const draft = s.draft ? `ja, von ${s.draft.createdBy}` : 'nein';
  return h('tr', {},
    h('th', { scope: 'row' }, h('code', {}, s.key)),
    h('td', {}, s.name),
    h('td', {}, s.caseKind ?? '–', s.defaultFor ? ' ' : '', s.defaultFor ? h('span', { class: 'badge' }, 'Standard (default)') : ''),
    h('td', {}, versions),
    h('td', {}, draft),
    h('td', {}, h('div', { class: 'row' },
      h('a', { href: `#/edit/${encodeURIComponent(s.key)}`, 'aria-label': `Öffnen (open): ${s.key}` }, 'Öffnen (open)'),
      h('button', {
        type: 'button', class: 'secondary', 'aria-label': `Herunterladen (.bpmn): ${s.key}`,
        onclick: async () => {
          try {
            download(`${s.key}.bpmn`, await openXml(s));
          } catch (error) {
            shell.error(error);
          }
        },
      }, 'Herunterladen (.bpmn)'),
      defaultButton(shell, s))));
}

/** "Als Standard festlegen": new cases of the workflow's kind start it (published workflows of a kind that are not its default yet). */
function defaultButton(shell: Shell, s: WorkflowSummary): HTMLButtonElement | '' {
  const kind = s.caseKind;
  if (!kind || s.latestVersion === null || s.defaultFor === kind) return '';
  return h('button', {
    type: 'button', class: 'secondary', 'aria-label': `Als Standard festlegen (make default): ${s.key} für Fallart ${kind}`,
    onclick: async () => {
      try {
        await workflows.makeDefault(kind, s.key);
        await renderWorkflowList(shell);
        shell.status(`${s.key} ist jetzt der Standard-Workflow für neue Fälle der Art ${kind} (default).`);
      } catch (error) {
        shell.error(error);
      }
    },
  }, 'Als Standard festlegen (make default)');
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
    h('h2', { id: 'new-workflow-heading' }, 'Neuer Workflow aus der Vorlage (template)'),
    h('p', { class: 'hint' }, 'Die Vorlage hat die Bahnen (lanes) IFK, FM, aB-pAp und Träger (provider) mit ihren Rollen.'),
    h('div', { class: 'field' },
      h('label', { for: 'new-key' }, 'Schlüssel (key)'),
      keyInput,
      h('span', { id: 'new-key-hint', class: 'hint' }, 'Kleinbuchstaben, Ziffern und Bindestriche, beginnt mit einem Buchstaben, 2–63 Zeichen (z. B. bfm-intake).'),
      keyError),
    h('div', { class: 'field' }, h('label', { for: 'new-name' }, 'Name'), nameInput),
    h('div', { class: 'field' }, h('label', { for: 'new-kind' }, 'Fallart (case kind)'), kindSelect),
    h('button', { type: 'submit' }, 'Anlegen (create)'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const key = keyInput.value.trim();
    const name = nameInput.value.trim();
    const problem = !keyPattern.test(key)
      ? 'Ungültiger Schlüssel (invalid key): nur a–z, 0–9 und „-“, Beginn mit einem Buchstaben, 2–63 Zeichen.'
      : summaries.some(s => s.key === key) ? `Den Schlüssel „${key}“ gibt es schon (key exists).` : '';
    keyError.textContent = problem;
    keyInput.setAttribute('aria-invalid', String(problem !== ''));
    nameInput.setAttribute('aria-invalid', String(name === ''));
    if (problem) {
      keyInput.focus();
      return;
    }
    if (!name) {
      shell.error(new Error('Bitte einen Namen angeben (name required).'));
      nameInput.focus();
      return;
    }
    try {
      await workflows.saveDraft(workflowTemplate(key, name, kindSelect.value));
      shell.status(`Workflow ${key} als Entwurf (draft) angelegt.`);
      location.hash = `#/edit/${encodeURIComponent(key)}`;
    } catch (error) {
      shell.error(error);
    }
  });
  return form;
}
