import { api, json } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { lifecycle } from '../shared/vocabulary';
import { boundTaskForm } from './boundTaskForm';
import { customerLabel } from './customerTypes';
import { FormPart, genericForm, knownForm } from './formFields';
import { refusalRegion } from './formRefusal';
import { forms } from './formRegistry';
import { roleOrQueue, statusNames } from './labels';
import { caseHref, inboxHref } from './routes';
import { TaskItem } from './types';

/**
 * One task: its details, claim/unclaim, and the completion form: generated from the schemas of the case actions the task
 * is bound to (plus a registered form's extras), else the registered form of its formKey, else the generic editor.
 */
export async function renderTaskPage(shell: Shell, id: string, done: (message: string) => void): Promise<void> {
  const task = await api<TaskItem>(`/api/tasks/${id}`);
  const heading = shell.heading(t('tasks.task.heading', { name: task.name }));
  const me = session.user()?.userName;
  const open = task.status === 'Open';
  const actions = task.caseActions ?? [];
  const bound = actions.length > 0 && !!task.caseKind;

  const details = h('dl', { class: 'details' },
    h('dt', {}, t('tasks.task.case')), h('dd', {}, task.caseId
      ? h('a', { href: caseHref(task.caseId) }, t('tasks.task.openCase', { who: task.customer ? customerLabel(task.customer) : task.caseId.slice(0, 8) }))
      : t('shell.none')),
    h('dt', {}, t('tasks.task.due')), h('dd', {}, formatDate(task.dueAt, true), task.overdue ? h('span', { class: 'overdue' }, ` – ${t('tasks.task.overdue')}`) : ''),
    h('dt', {}, t('tasks.task.role')), h('dd', {}, roleOrQueue(task.candidateRole)),
    h('dt', {}, t('tasks.task.assignee')), h('dd', {}, task.assignee ?? t('tasks.task.unclaimed')),
    h('dt', {}, t('tasks.task.status')), h('dd', {}, statusNames[task.status] ?? task.status),
    h('dt', {}, t('tasks.task.form')), h('dd', {}, await formName(task, bound)));

  const holderAction = async (action: 'claim' | 'unclaim'): Promise<void> => {
    try {
      await api(`/api/tasks/${id}/${action}`, { method: 'POST' });
      shell.status(t(action === 'claim' ? 'tasks.task.claimed' : 'tasks.task.unclaimedNow', { name: task.name }));
      await renderTaskPage(shell, id, done);
    } catch (error) {
      shell.error(error);
    }
  };
  const holder = open
    ? h('div', { class: 'row' },
        task.assignee === null ? h('button', { type: 'button', class: 'secondary', onclick: () => void holderAction('claim') }, t('tasks.task.claim')) : null,
        task.assignee === me ? h('button', { type: 'button', class: 'secondary', onclick: () => void holderAction('unclaim') }, t('tasks.task.unclaim')) : null)
    : null;

  let completion: HTMLElement | null = null;
  if (open) {
    const part = await completionForm(task, bound);
    const refusal = refusalRegion();
    const form = h('form', { class: 'stack task-form', 'aria-labelledby': 'complete-heading' },
      h('h2', { id: 'complete-heading' }, t('tasks.task.complete')),
      part.element,
      refusal.element,
      h('button', { type: 'submit' }, t('tasks.task.completeButton')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      refusal.clear();
      try {
        await api(`/api/tasks/${id}/complete`, json('POST', { variables: part.read() }));
        done(t('tasks.task.completedNow', { name: task.name }));
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
    h('p', {}, h('a', { href: inboxHref() }, t('tasks.task.back'))),
    details,
    holder,
    completion ?? h('p', {}, task.completedBy && task.completedAt
      ? t('tasks.task.completedBy', { who: task.completedBy, at: formatDate(task.completedAt, true) })
      : t('tasks.task.completed')));
  heading.focus();
}

/** The bound actions' form with the registered extras of its formKey, the registered form, or the generic editor. */
async function completionForm(task: TaskItem, bound: boolean): Promise<FormPart> {
  const registered = task.formKey ? forms[task.formKey] : undefined;
  if (!bound) {
    return registered ? knownForm(registered) : genericForm();
  }
  const generated = await boundTaskForm(task.caseKind!, task.caseActions!, task.customer?.id);
  if (!registered) {
    return generated;
  }
  const extras = knownForm(registered);
  return {
    element: h('div', { class: 'stack' }, generated.element, extras.element),
    read: () => ({ ...extras.read(), ...generated.read() }),
  };
}

/** What the form is made of: the bound actions by their labels, the registered form, or none. */
async function formName(task: TaskItem, bound: boolean): Promise<string> {
  if (bound) {
    const schemas = (await lifecycle(task.caseKind!)).actions;
    const labels = task.caseActions!.map(action => schemas.find(s => s.action === action)?.label ?? action);
    return t('tasks.task.formOfActions', { actions: labels.join(' / ') });
  }
  const registered = task.formKey ? forms[task.formKey] : undefined;
  return registered ? t(registered.title) : t('tasks.task.genericForm');
}
