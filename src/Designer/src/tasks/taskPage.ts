import { api, json } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { customerLabel } from './customerTypes';
import { FormPart, genericForm, knownForm } from './formFields';
import { refusalRegion } from './formRefusal';
import { forms } from './formRegistry';
import { roleOrQueue, statusNames } from './labels';
import { caseHref, inboxHref } from './routes';
import { TaskItem } from './types';

/** One task: its details, claim/unclaim, and the completion form (known form by formKey, else the generic editor). */
export async function renderTaskPage(shell: Shell, id: string, done: (message: string) => void): Promise<void> {
  const task = await api<TaskItem>(`/api/tasks/${id}`);
  const heading = shell.heading(`Aufgabe: ${task.name}`);
  const me = session.user()?.userName;
  const open = task.status === 'Open';

  const details = h('dl', { class: 'details' },
    h('dt', {}, 'Fall (case)'), h('dd', {}, task.caseId ? h('a', { href: caseHref(task.caseId) }, `Fall ${task.customer ? customerLabel(task.customer) : task.caseId.slice(0, 8)} öffnen`) : '–'),
    h('dt', {}, 'Fällig am (due)'), h('dd', {}, formatDate(task.dueAt, true), task.overdue ? h('span', { class: 'overdue' }, ' – überfällig (overdue)') : ''),
    h('dt', {}, 'Rolle/Warteschlange (role/queue)'), h('dd', {}, roleOrQueue(task.candidateRole)),
    h('dt', {}, 'Bearbeitet von (assignee)'), h('dd', {}, task.assignee ?? 'noch niemand (unclaimed)'),
    h('dt', {}, 'Status'), h('dd', {}, statusNames[task.status] ?? task.status),
    h('dt', {}, 'Formular (form)'), h('dd', {}, task.formKey ?? 'kein eigenes Formular (generic)'));

  const holderAction = async (action: 'claim' | 'unclaim'): Promise<void> => {
    try {
      await api(`/api/tasks/${id}/${action}`, { method: 'POST' });
      shell.status(action === 'claim' ? `Aufgabe „${task.name}“ übernommen (claimed).` : `Aufgabe „${task.name}“ zurückgegeben (unclaimed).`);
      await renderTaskPage(shell, id, done);
    } catch (error) {
      shell.error(error);
    }
  };
  const holder = open
    ? h('div', { class: 'row' },
        task.assignee === null ? h('button', { type: 'button', class: 'secondary', onclick: () => void holderAction('claim') }, 'Übernehmen (claim)') : null,
        task.assignee === me ? h('button', { type: 'button', class: 'secondary', onclick: () => void holderAction('unclaim') }, 'Zurückgeben (unclaim)') : null)
    : null;

  let completion: HTMLElement | null = null;
  if (open) {
    const definition = task.formKey ? forms[task.formKey] : undefined;
    const part: FormPart = definition ? await knownForm(definition) : genericForm();
    const refusal = refusalRegion();
    const form = h('form', { class: 'stack task-form', 'aria-labelledby': 'complete-heading', novalidate: false },
      h('h2', { id: 'complete-heading' }, 'Erledigen (complete)'),
      part.element,
      refusal.element,
      h('button', { type: 'submit' }, 'Aufgabe erledigen (complete task)'));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      refusal.clear();
      try {
        await api(`/api/tasks/${id}/complete`, json('POST', { variables: part.read() }));
        done(`Aufgabe „${task.name}“ erledigt (completed).`);
      } catch (error) {
        // A refused case action (409 with its reasons, 400 naming a field) is shown in the form; the values stay.
        if (!refusal.show(error)) {
          shell.error(error);
        }
      }
    });
    completion = form;
  }

  replace(shell.main, heading,
    h('p', {}, h('a', { href: inboxHref() }, 'Zurück zu den Aufgaben (back to inbox)')),
    details,
    holder,
    completion ?? h('p', {}, 'Diese Aufgabe ist erledigt (completed)', task.completedBy ? ` von ${task.completedBy}` : '', task.completedAt ? ` am ${formatDate(task.completedAt, true)}` : '', '.'));
  heading.focus();
}
