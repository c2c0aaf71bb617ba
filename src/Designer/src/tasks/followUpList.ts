import { api, apiPage } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { customerLabel } from '../shared/customerLabel';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { labelOf, vocabulary } from '../shared/vocabulary';
import { caseHref, customerHref } from './routes';

/** A follow-up (Wiedervorlage) as GET /api/follow-ups lists it. */
export interface FollowUpItem {
  id: string;
  /** Null for a follow-up about the customer alone (e.g. "Übergabe an die aufsuchende Beratung prüfen"). */
  caseId: string | null;
  caseKind: string | null;
  customerId: string;
  customerNumber: string;
  customerGivenName: string;
  customerFamilyName: string;
  assignee: string;
  reason: string;
  dueAt: string;
  overdue: boolean;
  createdAt: string;
  createdBy: string;
  doneAt: string | null;
  doneBy: string | null;
}

const PageSize = 10;

const columns = ['reason', 'customerNumber', 'customer', 'case', 'due', 'action'] as const;

/**
 * The signed-in caseworker's open follow-ups as their own list in the inbox: customer by Kundennummer, the case, the due
 * date (overdue marked), an "Erledigt" button per row. Paging and marking done redraw only this section and keep the focus in it.
 */
export async function followUpSection(shell: Shell): Promise<HTMLElement> {
  const heading = h('h2', { id: 'follow-ups-heading', tabindex: '-1' }, t('followUps.heading'));
  const body = h('div', {});
  const section = h('section', { class: 'follow-ups', 'aria-labelledby': 'follow-ups-heading' }, heading, body);
  let page = 1;

  const draw = async (): Promise<void> => {
    const query = new URLSearchParams({ scope: 'mine', status: 'open', page: String(page), pageSize: String(PageSize) });
    const [{ items, total }, terms] = await Promise.all([apiPage<FollowUpItem>(`/api/follow-ups?${query}`), vocabulary()]);
    const pages = Math.max(1, Math.ceil(total / PageSize));
    if (page > pages) {
      page = pages;
      return draw();
    }
    if (items.length === 0) {
      replace(body, h('p', {}, t('followUps.none')));
      return;
    }
    const table = h('table', { class: 'follow-ups' },
      h('caption', {}, t(total === 1 ? 'followUps.captionOne' : 'followUps.captionMany', { count: total })),
      h('thead', {}, h('tr', {}, ...columns.map(column => h('th', { scope: 'col' }, t(`followUps.column.${column}`))))),
      h('tbody', {}, ...items.map(item => h('tr', { class: item.overdue ? 'is-overdue' : null },
        h('th', { scope: 'row' }, item.reason),
        h('td', {}, item.customerNumber),
        h('td', {}, customerLabel(item)),
        h('td', {}, item.caseId
          ? h('a', { href: caseHref(item.caseId) }, labelOf(terms.caseKinds, item.caseKind),
              h('span', { class: 'visually-hidden' }, t('followUps.caseOf', { customerNumber: item.customerNumber })))
          : h('a', { href: customerHref(item.customerId) }, t('contacts.followUp.customerPage'),
              h('span', { class: 'visually-hidden' }, t('contacts.followUp.customerOf', { customerNumber: item.customerNumber })))),
        h('td', {}, formatDate(item.dueAt), item.overdue ? h('span', { class: 'overdue' }, h('br'), t('followUps.overdue')) : ''),
        h('td', {}, doneButton(item))))));
    const paging = pages > 1
      ? h('nav', { class: 'paging row', 'aria-label': t('followUps.pages') },
          h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => turn(page - 1) }, t('followUps.previous')),
          h('span', {}, t('shell.pageOf', { page, pages })),
          h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => turn(page + 1) }, t('followUps.next')))
      : null;
    replace(body, table, paging);
  };

  const turn = async (to: number): Promise<void> => {
    page = to;
    await redraw();
  };

  const redraw = async (): Promise<void> => {
    try {
      await draw();
      heading.focus();
    } catch (error) {
      shell.error(error);
    }
  };

  const doneButton = (item: FollowUpItem): HTMLButtonElement => h('button', {
    type: 'button', class: 'secondary small',
    onclick: async () => {
      try {
        await api(`/api/follow-ups/${item.id}/done`, { method: 'POST' });
        shell.status(t('followUps.doneStatus', { customerNumber: item.customerNumber }));
        await redraw();
      } catch (error) {
        shell.error(error);
      }
    },
  }, t('followUps.done'), h('span', { class: 'visually-hidden' }, t('followUps.doneFor', { reason: item.reason, customerNumber: item.customerNumber })));

  await draw();
  return section;
}
