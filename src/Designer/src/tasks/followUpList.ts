import { api, apiPage } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { customerLabel } from '../shared/customerLabel';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { caseHref } from './routes';

/** A follow-up (Wiedervorlage) as GET /api/follow-ups lists it. */
export interface FollowUpItem {
  id: string;
  caseId: string;
  caseKind: string;
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

/** Every text of the follow-up list, together for the later language switch. */
const text = {
  heading: 'Wiedervorlagen',
  caption: (total: number) => (total === 1 ? '1 offene Wiedervorlage, die früheste zuerst' : `${total} offene Wiedervorlagen, die früheste zuerst`),
  columns: ['Anlass', 'Kundennummer', 'Fall', 'Fällig am', 'Aktion'],
  overdue: 'überfällig',
  done: 'Erledigt',
  doneStatus: (customerNumber: string) => `Wiedervorlage zu Kundennummer ${customerNumber} erledigt.`,
  none: 'Keine offenen Wiedervorlagen.',
  kinds: { bfm: 'bFM-Fall', outreach: 'Aufsuchende Beratung', referral: 'Überleitung an Träger' } as Record<string, string>,
  pages: 'Seiten der Wiedervorlagen',
  previous: 'Vorherige Wiedervorlagen',
  next: 'Weitere Wiedervorlagen',
  page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
};

/**
 * The signed-in caseworker's open follow-ups as their own list in the inbox: customer by Kundennummer, the case, the due
 * date (overdue marked), an "Erledigt" button per row. Paging and marking done redraw only this section and keep the focus in it.
 */
export async function followUpSection(shell: Shell): Promise<HTMLElement> {
  const heading = h('h2', { id: 'follow-ups-heading', tabindex: '-1' }, text.heading);
  const body = h('div', {});
  const section = h('section', { class: 'follow-ups', 'aria-labelledby': 'follow-ups-heading' }, heading, body);
  let page = 1;

  const draw = async (): Promise<void> => {
    const query = new URLSearchParams({ scope: 'mine', status: 'open', page: String(page), pageSize: String(PageSize) });
    const { items, total } = await apiPage<FollowUpItem>(`/api/follow-ups?${query}`);
    const pages = Math.max(1, Math.ceil(total / PageSize));
    if (page > pages) {
      page = pages;
      return draw();
    }
    if (items.length === 0) {
      replace(body, h('p', {}, text.none));
      return;
    }
    const table = h('table', { class: 'follow-ups' },
      h('caption', {}, text.caption(total)),
      h('thead', {}, h('tr', {}, ...[...text.columns.slice(0, 2), t('cases.customerColumn'), ...text.columns.slice(2)].map(column => h('th', { scope: 'col' }, column)))),
      h('tbody', {}, ...items.map(item => h('tr', { class: item.overdue ? 'is-overdue' : null },
        h('th', { scope: 'row' }, item.reason),
        h('td', {}, item.customerNumber),
        h('td', {}, customerLabel(item)),
        h('td', {}, h('a', { href: caseHref(item.caseId) }, text.kinds[item.caseKind] ?? item.caseKind,
          h('span', { class: 'visually-hidden' }, ` zu Kundennummer ${item.customerNumber}`))),
        h('td', {}, formatDate(item.dueAt), item.overdue ? h('span', { class: 'overdue' }, h('br'), text.overdue) : ''),
        h('td', {}, doneButton(item))))));
    const paging = pages > 1
      ? h('nav', { class: 'paging row', 'aria-label': text.pages },
          h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => turn(page - 1) }, text.previous),
          h('span', {}, text.page(page, pages)),
          h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => turn(page + 1) }, text.next))
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
        shell.status(text.doneStatus(item.customerNumber));
        await redraw();
      } catch (error) {
        shell.error(error);
      }
    },
  }, text.done, h('span', { class: 'visually-hidden' }, `: ${item.reason} (Kundennummer ${item.customerNumber})`));

  await draw();
  return section;
}
