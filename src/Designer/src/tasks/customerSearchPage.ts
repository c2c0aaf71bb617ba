import { apiPage } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { CustomerHit } from './customerTypes';
import { customerHref, customersHref, newCustomerHref } from './routes';

const PageSize = 20;

const text = {
  heading: 'Kundinnen und Kunden',
  searchHeading: 'Suchen',
  query: 'Name oder Kundennummer',
  queryHint: 'Anfang des Familien- oder Vornamens (z. B. „Müller“ oder „Anna M“) oder der Kundennummer (z. B. 123D); Groß-/Kleinschreibung und ä/ae, ß/ss egal.',
  search: 'Suchen',
  register: 'Kundin/Kunden anlegen',
  columns: ['Name', 'Kundennummer', 'Geburtsdatum', 'Profillage', 'Zuständig'],
  caption: (total: number, q: string) => `${total} ${total === 1 ? 'Treffer' : 'Treffer'}${q ? ` für „${q}“` : ''}`,
  none: 'Keine Kundinnen oder Kunden gefunden, die Sie sehen dürfen.',
  prompt: 'Geben Sie den Anfang eines Namens oder einer Kundennummer ein.',
  pages: 'Seiten',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  noProfile: 'noch keine',
};

/** Find customers by name or Kundennummer (the API pages and filters), and the way to register one (IFK). */
export async function renderCustomerSearch(shell: Shell, query: URLSearchParams, rerender: () => void): Promise<void> {
  const q = (query.get('q') ?? '').trim();
  const page = Math.max(1, Number(query.get('page')) || 1);
  const heading = shell.heading(text.heading);
  const params = new URLSearchParams({ page: String(page), pageSize: String(PageSize) });
  if (q) {
    params.set('q', q);
  }
  const { items, total } = q ? await apiPage<CustomerHit>(`/api/customers?${params}`) : { items: [] as CustomerHit[], total: 0 };
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
    h('h2', { id: 'customer-search-heading' }, text.searchHeading),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'customer-q' }, text.query), input,
        h('span', { class: 'hint', id: 'customer-q-hint' }, text.queryHint)),
      h('button', { type: 'submit' }, text.search)));
  form.addEventListener('submit', event => {
    event.preventDefault();
    go(input.value.trim(), 1);
  });

  const table = h('table', {},
    h('caption', {}, text.caption(total, q)),
    h('thead', {}, h('tr', {}, ...text.columns.map(column => h('th', { scope: 'col' }, column)))),
    h('tbody', {}, ...items.map(c => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: customerHref(c.id) }, `${c.familyName}, ${c.givenName}`)),
      h('td', {}, c.customerNumber),
      h('td', {}, formatDate(c.birthDate)),
      h('td', {}, c.profile ?? text.noProfile),
      h('td', {}, c.responsibleCaseworker)))));

  const paging = h('nav', { class: 'paging row', 'aria-label': text.pages },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go(q, page - 1) }, text.previous),
    h('span', { 'aria-live': 'polite' }, text.page(page, pages)),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go(q, page + 1) }, text.next));

  replace(shell.main, heading,
    session.hasRole('IFK') ? h('p', {}, h('a', { class: 'button', href: newCustomerHref() }, text.register)) : null,
    form,
    items.length > 0 ? table : h('p', {}, q ? text.none : text.prompt),
    q ? paging : null);
  heading.focus();
}
