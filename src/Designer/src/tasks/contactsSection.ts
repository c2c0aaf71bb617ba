import { apiPage, Page } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { Vocabulary } from '../shared/vocabulary';
import { contactForms } from './contactForms';
import { ContactCustomer, ContactItem } from './contactTypes';

const PageSize = 10;

const columns = ['date', 'type', 'channel', 'counts', 'note', 'by'] as const;

/**
 * The customer's contacts on the customer and the case page: the not-reachable mark, the contacts newest first (ten a page)
 * and the forms "Kontakt erfassen" and "Termin versäumt". Null when the caller may not read them (403).
 * FM supervisors only read: they get no forms. After saving, `rerender` draws the page again (mark and list).
 */
export async function contactsSection(
  shell: Shell, customer: ContactCustomer, terms: Vocabulary, rerender: () => void): Promise<HTMLElement | null> {
  let page = 1;
  const load = () => apiPage<ContactItem>(`/api/customers/${customer.id}/contacts?page=${page}&pageSize=${PageSize}`);
  let first: Page<ContactItem>;
  try {
    first = await load();
  } catch {
    return null;
  }

  const heading = h('h2', { id: 'contacts-heading', tabindex: '-1' }, t('contacts.heading'));
  const body = h('div', {});
  const draw = ({ items, total }: Page<ContactItem>): void => {
    const pages = Math.max(1, Math.ceil(total / PageSize));
    const table = items.length === 0 ? h('p', {}, t('contacts.none')) : h('table', { class: 'contacts' },
      h('caption', {}, t(total === 1 ? 'contacts.captionOne' : 'contacts.captionMany', { count: total })),
      h('thead', {}, h('tr', {}, ...columns.map(column => h('th', { scope: 'col' }, t(`contacts.column.${column}`))))),
      h('tbody', {}, ...items.map(item => h('tr', { class: item.outcome === 'missed' ? 'is-missed' : null },
        h('th', { scope: 'row' }, formatDate(item.occurredAt, true)),
        h('td', {}, item.outcome === 'missed' ? h('strong', {}, item.outcomeLabel) : item.noteTypeLabel ?? '–'),
        h('td', {}, item.channelLabel ?? '–'),
        h('td', {}, t(item.counts ? 'contacts.counts.yes' : 'contacts.counts.no')),
        h('td', { class: 'contact-note' }, item.note ?? ''),
        h('td', {}, item.recordedBy)))));
    const turn = async (to: number) => {
      page = to;
      try {
        draw(await load());
        heading.focus();
      } catch (error) {
        shell.error(error);
      }
    };
    const paging = pages > 1
      ? h('nav', { class: 'paging row', 'aria-label': t('contacts.pages') },
          h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => turn(page - 1) }, t('contacts.previous')),
          h('span', {}, t('shell.pageOf', { page, pages })),
          h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => turn(page + 1) }, t('contacts.next')))
      : null;
    replace(body, table, paging);
  };
  draw(first);

  const mark = customer.notReachable
    ? h('p', { class: 'message message-error not-reachable' }, h('strong', {}, t('contacts.notReachable')), ' ',
        t('contacts.notReachableSince', { date: formatDate(customer.notReachableSince), count: customer.missedInARow ?? 0 }))
    : null;
  const readOnly = session.hasRole('FMSupervisor') && !['IFK', 'FM', 'ABPAP'].some(role => session.hasRole(role));
  const forms = readOnly ? [] : contactForms(shell, customer.id, terms, message => {
    shell.status(message);
    rerender();
  });
  return h('section', { class: 'contacts', 'aria-labelledby': 'contacts-heading' }, heading, mark, body, ...forms);
}
