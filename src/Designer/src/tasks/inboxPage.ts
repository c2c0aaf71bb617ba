import { api, apiPage } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { followUpSection } from './followUpList';
import { session } from '../shared/session';
import { roleOrQueue, scopeNames, statusNames } from './labels';
import { customerLabel } from './customerTypes';
import { renderMyCases, showsMyCases } from './myCasesPanel';
import { caseHref, inboxHref, taskHref } from './routes';
import { TaskItem } from './types';

const PageSize = 20;

/** The inbox: filters (scope, status, case), the tasks as a table (overdue first, as the API orders them), paging. */
export async function renderInbox(shell: Shell, query: URLSearchParams, rerender: () => void): Promise<void> {
  const scope = scopeNames[query.get('scope') ?? ''] ? query.get('scope')! : 'all';
  const status = query.get('status') === 'completed' ? 'completed' : 'open';
  const caseId = /^[0-9a-f-]{36}$/i.test(query.get('caseId') ?? '') ? query.get('caseId')! : '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const heading = shell.heading(t('tasks.inbox.heading'));

  const params = new URLSearchParams({ scope, status, page: String(page), pageSize: String(PageSize) });
  if (caseId) {
    params.set('caseId', caseId);
  }
  const { items, total, headers } = await apiPage<TaskItem>(`/api/tasks?${params}`);
  const limited = headers?.get('X-Total-Count-Limited') === 'true';
  const pages = Math.max(1, Math.ceil(total / PageSize));

  const go = (changes: Record<string, string>): void => {
    const next = new URLSearchParams({ ...Object.fromEntries(query), scope, status, caseId, page: String(page), ...changes });
    for (const [key, value] of [...next]) {
      if (!value || ((key === 'page' || key === 'cpage') && value === '1')) {
        next.delete(key);
      }
    }
    const href = inboxHref(next);
    if (location.hash === href) {
      rerender();
    } else {
      location.hash = href;
    }
  };

  const scopeSelect = h('select', { id: 'filter-scope', name: 'scope' },
    ...Object.entries(scopeNames).map(([value, label]) => h('option', { value, selected: value === scope }, label)));
  const statusSelect = h('select', { id: 'filter-status', name: 'status' },
    ...['open', 'completed'].map(value => h('option', { value, selected: value === status }, statusNames[value])));
  const caseInput = h('input', { id: 'filter-case', name: 'caseId', type: 'text', value: caseId, size: 38, autocomplete: 'off', 'aria-describedby': 'filter-case-hint' });
  const filters = h('form', { class: 'filters', 'aria-labelledby': 'filter-heading' },
    h('h2', { id: 'filter-heading' }, t('tasks.inbox.filter')),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'filter-scope' }, t('tasks.inbox.scope')), scopeSelect),
      h('div', { class: 'field' }, h('label', { for: 'filter-status' }, t('tasks.inbox.status')), statusSelect),
      h('div', { class: 'field' }, h('label', { for: 'filter-case' }, t('tasks.inbox.caseId')), caseInput,
        h('span', { class: 'hint', id: 'filter-case-hint' }, t('tasks.inbox.caseIdHint'))),
      h('button', { type: 'submit' }, t('tasks.inbox.apply'))));
  filters.addEventListener('submit', event => {
    event.preventDefault();
    go({ scope: scopeSelect.value, status: statusSelect.value, caseId: caseInput.value.trim(), page: '1' });
  });

  const me = session.user()?.userName;
  const holderButton = (task: TaskItem): HTMLElement | string => {
    if (task.status !== 'Open') {
      return '';
    }
    const action = task.assignee === null ? 'claim' : task.assignee === me ? 'unclaim' : null;
    if (!action) {
      return '';
    }
    return h('button', {
      type: 'button', class: 'secondary small',
      onclick: async () => {
        try {
          await api(`/api/tasks/${task.id}/${action}`, { method: 'POST' });
          shell.status(t(action === 'claim' ? 'tasks.inbox.claimed' : 'tasks.inbox.unclaimed', { task: task.name }));
          rerender();
        } catch (error) {
          shell.error(error);
        }
      },
    }, t(action === 'claim' ? 'tasks.inbox.claim' : 'tasks.inbox.unclaim'), h('span', { class: 'visually-hidden' }, `: ${task.name}`));
  };

  const table = h('table', { class: 'tasks' },
    h('caption', {}, t(limited ? 'tasks.inbox.captionMore' : total === 1 ? 'tasks.inbox.captionOne' : 'tasks.inbox.captionMany', { scope: scopeNames[scope], status: statusNames[status], count: total })),
    h('thead', {}, h('tr', {},
      ...(['task', 'case', 'due', 'role', 'assignee', 'action'] as const)
        .map(column => h('th', { scope: 'col' }, t(`tasks.inbox.column.${column}`))))),
    h('tbody', {}, ...items.map(task => h('tr', { class: task.overdue ? 'is-overdue' : null },
      h('th', { scope: 'row' }, h('a', { href: taskHref(task.id) }, task.name)),
      h('td', {}, task.caseId ? h('a', { href: caseHref(task.caseId) }, h('span', { class: 'visually-hidden' }, t('tasks.inbox.caseOf')), task.customer ? customerLabel(task.customer) : task.caseId.slice(0, 8)) : '–'),
      h('td', {}, formatDate(task.dueAt, true), task.overdue ? h('span', { class: 'overdue' }, h('br'), t('tasks.inbox.overdue')) : ''),
      h('td', {}, roleOrQueue(task.candidateRole)),
      h('td', {}, task.assignee ?? (task.status === 'Open' ? t('tasks.inbox.unassigned') : '–'), task.completedBy ? t('tasks.inbox.completedBy', { user: task.completedBy }) : ''),
      h('td', {}, holderButton(task))))));

  const paging = h('nav', { class: 'paging row', 'aria-label': t('shell.pages') },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go({ page: String(page - 1) }) }, t('shell.previousPage')),
    h('span', { 'aria-live': 'polite' }, t('shell.pageOf', { page, pages })),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go({ page: String(page + 1) }) }, t('shell.nextPage')));

  // "Meine Fälle" stands beside the inbox for those who work cases (side by side on wide screens); the follow-ups
  // (Wiedervorlagen) are their own list below the tasks.
  const followUps = await followUpSection(shell);
  const inbox = h('section', { class: 'inbox-panel', 'aria-label': t('tasks.inbox.heading') }, filters,
    h('h2', {}, t('tasks.inbox.list')),
    items.length > 0 ? table : h('p', {}, t('tasks.inbox.none')),
    paging,
    followUps);
  replace(shell.main, heading, showsMyCases() ? h('div', { class: 'start-page' }, inbox, await renderMyCases(query, go)) : inbox);
  heading.focus();
}
