import { apiPage } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { CustomerHit } from './customerTypes';
import { customerHref, customersHref, newCustomerHref } from './routes';

const PageSize = 20;

const columns = ['name', 'customerNumber', 'birthDate', 'profile', 'responsible'] as const;

/** Find customers by name or Kundennummer (the API pages and filters), and the way to register one (IFK). */
export async function renderCustomerSearch(shell: Shell, query: URLSearchParams, rerender: () => void): Promise<void> {
  const q = (query.get('q') ?? '').trim();
  const page = Math.max(1, Number(query.get('page')) || 1);
  const heading = shell.heading(t('customers.search.heading'));
  const params = new URLSearchParams({ page: String(page), pageSize: String(PageSize) });
  if (q) {
    params.set('q', q);
  }
  const { items, total, headers } = q ? await apiPage<CustomerHit>(`/api/customers?${params}`) : { items: [] as CustomerHit[], total: 0, headers: undefined };
  // A broad prefix is counted only up to 200 past the page: then the caption says "mehr als".
  const limited = headers?.get('X-Total-Count-Limited') === 'true';
  const pages = Math.max(1, Math.ceil(total / PageSize));

  const go = (nextQ: string, nextPage: number): void => {
    const next = new URLSearchParams();
    if (nextQ) {
      next.set('q', nextQ);
    }
    if (nextPage > 1) {
      next.set('page', String(nextPage));
    }
    const href = customersHref(next);
    if (location.hash === href) {
      rerender();
    } else {
      location.hash = href;
    }
  };

  const input = h('input', { id: 'customer-q', name: 'q', type: 'search', value: q, autocomplete: 'off', 'aria-describedby': 'customer-q-hint', size: 40 });
  const form = h('form', { class: 'filters', role: 'search', 'aria-labelledby': 'customer-search-heading' },
    h('h2', { id: 'customer-search-heading' }, t('customers.search.searchHeading')),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'customer-q' }, t('customers.search.query')), input,
        h('span', { class: 'hint', id: 'customer-q-hint' }, t('customers.search.queryHint'))),
      h('button', { type: 'submit' }, t('customers.search.search'))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    go(input.value.trim(), 1);
  });

  const table = h('table', {},
    h('caption', {}, caption(total, q, limited)),
    h('thead', {}, h('tr', {}, ...columns.map(column => h('th', { scope: 'col' }, t(`customers.search.column.${column}`))))),
    h('tbody', {}, ...items.map(c => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: customerHref(c.id) }, `${c.familyName}, ${c.givenName}`)),
      h('td', {}, c.customerNumber),
      h('td', {}, formatDate(c.birthDate)),
      h('td', {}, c.profile ?? t('customers.search.noProfile')),
      h('td', {}, c.responsibleCaseworker)))));

  const paging = h('nav', { class: 'paging row', 'aria-label': t('shell.pages') },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go(q, page - 1) }, t('shell.previousPage')),
    h('span', { 'aria-live': 'polite' }, t('shell.pageOf', { page, pages })),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go(q, page + 1) }, t('shell.nextPage')));

  replace(shell.main, heading,
    session.hasRole('IFK') ? h('p', {}, h('a', { class: 'button', href: newCustomerHref() }, t('customers.search.register'))) : null,
    form,
    items.length > 0 ? table : h('p', {}, q ? t('customers.search.none') : t('customers.search.prompt')),
    q ? paging : null);
  heading.focus();
}

function caption(total: number, query: string, limited: boolean): string {
  if (limited) {
    return t('customers.search.captionMoreFor', { count: total, query });
  }
  if (query) {
    return t(total === 1 ? 'customers.search.captionOneFor' : 'customers.search.captionManyFor', { count: total, query });
  }
  return t(total === 1 ? 'customers.search.captionOne' : 'customers.search.captionMany', { count: total });
}
