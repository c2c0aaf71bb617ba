import { apiPage } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { formatNumber, t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { customerHref, dueContactsHref } from './routes';

const PageSize = 50;

/** One row of GET /api/contacts/due. */
interface DueContact {
  customerId: string;
  name: string;
  customerNumber: string;
  nextContactDue: string;
  overdueDays: number;
  ruleCellText: string | null;
}

const scopes = ['mine', 'team'] as const;

/** Fällige Kontakte: the caseworker's customers by contact due date, most overdue first (the API sorts and pages). */
export async function renderDueContacts(shell: Shell, query: URLSearchParams, rerender: () => void): Promise<void> {
  const scope = query.get('scope') === 'team' ? 'team' : 'mine';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const heading = shell.heading(t('dueContacts.heading'));
  const params = new URLSearchParams({ scope, page: String(page), pageSize: String(PageSize) });
  const { items, total, headers } = await apiPage<DueContact>(`/api/contacts/due?${params}`);
  const limited = headers?.get('X-Total-Count-Limited') === 'true';
  const pages = Math.max(1, Math.ceil(total / PageSize));

  const go = (nextScope: string, nextPage: number): void => {
    const next = new URLSearchParams();
    if (nextScope !== 'mine') {
      next.set('scope', nextScope);
    }
    if (nextPage > 1) {
      next.set('page', String(nextPage));
    }
    const href = dueContactsHref(next);
    if (location.hash === href) {
      rerender();
    } else {
      location.hash = href;
    }
  };

  const scopeChoice = h('fieldset', { class: 'row' },
    h('legend', {}, t('dueContacts.scope')),
    ...scopes.map(value => h('label', {},
      h('input', { type: 'radio', name: 'due-scope', value, checked: value === scope, onchange: () => go(value, 1) }),
      ` ${t(`dueContacts.scope.${value}`)}`)));

  const captionKey = limited ? 'dueContacts.captionMore' : total === 1 ? 'dueContacts.captionOne' : 'dueContacts.captionMany';
  const table = h('table', {},
    h('caption', {}, t(captionKey, { count: formatNumber(total) })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('dueContacts.column.name')),
      h('th', { scope: 'col' }, t('dueContacts.column.customerNumber')),
      h('th', { scope: 'col' }, t('dueContacts.column.due')),
      h('th', { scope: 'col' }, t('dueContacts.column.overdue')),
      h('th', { scope: 'col' }, t('dueContacts.column.rule')))),
    h('tbody', {}, ...items.map(item => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: customerHref(item.customerId) }, item.name)),
      h('td', {}, item.customerNumber),
      h('td', {}, formatDate(item.nextContactDue)),
      h('td', {}, item.overdueDays > 0 ? t('dueContacts.overdueDays', { days: formatNumber(item.overdueDays) }) : t('dueContacts.notOverdue')),
      h('td', {}, item.ruleCellText ?? '')))));

  const paging = h('nav', { class: 'paging row', 'aria-label': t('shell.pages') },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go(scope, page - 1) }, t('shell.previousPage')),
    h('span', { 'aria-live': 'polite' }, t('shell.pageOf', { page, pages })),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go(scope, page + 1) }, t('shell.nextPage')));

  replace(shell.main, heading, scopeChoice, items.length > 0 ? table : h('p', {}, t('dueContacts.none')), paging);
  heading.focus();
}
