import { apiPage } from '../shared/api';
import { formatDate, h } from '../shared/dom';
import { customerLabel } from '../shared/customerLabel';
import { t } from '../shared/i18n';
import { session } from '../shared/session';
import { caseHref } from './routes';

/** All texts of "Meine Fälle" (German; the later language switch lifts them out). */
const text = {
  heading: 'Meine Fälle',
  filterLegend: 'Fälle filtern',
  scope: 'Fälle',
  kind: 'Fallart',
  state: 'Zustand',
  allKinds: 'alle Fallarten',
  allStates: 'alle Zustände',
  apply: 'Anzeigen',
  none: 'Keine Fälle gefunden.',
  columns: ['Kundennummer', 'Fallart', 'Zustand', 'Nächste Fälligkeit', 'Was ist fällig'],
  openCase: (number: string) => `Fall von Kundennummer ${number} öffnen`,
  caption: (scope: string, total: number, more: boolean) =>
    `${scope}: ${more ? 'mehr als ' : ''}${total.toLocaleString('de-DE')} ${total === 1 ? 'Fall' : 'Fälle'}, nächste Fälligkeit zuerst`,
  nothingDue: 'nichts fällig',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageOf: (page: number, pages: number) => `Fallliste – ${page}. von ${pages} Seiten`,
  pagesLabel: 'Seiten der Fallliste',
  scopes: {
    mine: 'Meine Fälle',
    deputy: 'Fälle in Vertretung',
    team: 'Fälle meines Teams',
  } as Record<string, string>,
  kinds: {
    bfm: 'Beschäftigungsorientiertes Fallmanagement',
    outreach: 'Aufsuchende Beratung U25',
    referral: 'Übergabe an einen Träger',
  } as Record<string, string>,
  states: {
    Referred: 'Vorgemerkt (wartet auf Fallzugang)',
    Assessment: 'Standortbestimmung',
    Planning: 'Integrationsplanung',
    Steering: 'Fallsteuerung',
    Queued: 'Übergeben an VM-U25-aB',
    Activation: 'Aktivierungsphase',
    AwaitingProvider: 'Übergeben an den Träger',
    Active: 'Im Fallmanagement / beim Träger',
  } as Record<string, string>,
};

const PageSize = 10;

/** One row of GET /api/cases. */
interface CaseRow {
  id: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateLabel: string;
  customerNumber: string;
  customerGivenName: string;
  customerFamilyName: string;
  nextDueOn: string | null;
  nextDueLabel: string | null;
}

/** Whether the signed-in person works cases (caseworkers, FMs, supervisors, aB-pAp). */
export const showsMyCases = (): boolean => ['IFK', 'FM', 'FMSupervisor', 'ABPAP'].some(session.hasRole);

/**
 * "Meine Fälle" beside the inbox: scope, kind and state (query keys cscope, ckind, cstate, cpage of the start page's
 * hash route), the cases next due first as the API orders them, paging. `go` changes those keys and keeps the others.
 */
export async function renderMyCases(query: URLSearchParams, go: (changes: Record<string, string>) => void): Promise<HTMLElement> {
  const scope = text.scopes[query.get('cscope') ?? ''] ? query.get('cscope')! : 'mine';
  const kind = text.kinds[query.get('ckind') ?? ''] ? query.get('ckind')! : '';
  const state = text.states[query.get('cstate') ?? ''] ? query.get('cstate')! : '';
  const page = Math.max(1, Number(query.get('cpage')) || 1);
  const params = new URLSearchParams({ scope, page: String(page), pageSize: String(PageSize) });
  if (kind) {
    params.set('kind', kind);
  }
  if (state) {
    params.set('state', state);
  }
  const { items, total, limited } = await casesPage(`/api/cases?${params}`);
  const pages = Math.max(1, Math.ceil(total / PageSize));

  const select = (id: string, label: string, options: [string, string][], value: string): [HTMLElement, HTMLSelectElement] => {
    const control = h('select', { id, name: id }, ...options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)));
    return [h('div', { class: 'field' }, h('label', { for: id }, label), control), control];
  };
  const [scopeField, scopeSelect] = select('cases-scope', text.scope, Object.entries(text.scopes), scope);
  const [kindField, kindSelect] = select('cases-kind', text.kind, [['', text.allKinds], ...Object.entries(text.kinds)], kind);
  const [stateField, stateSelect] = select('cases-state', text.state, [['', text.allStates], ...Object.entries(text.states)], state);
  const filters = h('form', { class: 'filters', 'aria-label': text.filterLegend },
    h('div', { class: 'row' }, scopeField, kindField, stateField, h('button', { type: 'submit' }, text.apply)));
  filters.addEventListener('submit', event => {
    event.preventDefault();
    go({ cscope: scopeSelect.value, ckind: kindSelect.value, cstate: stateSelect.value, cpage: '1' });
  });

  const table = h('table', { class: 'my-cases' },
    h('caption', {}, text.caption(text.scopes[scope], total, limited)),
    h('thead', {}, h('tr', {}, ...[text.columns[0], t('cases.customerColumn'), ...text.columns.slice(1)].map(column => h('th', { scope: 'col' }, column)))),
    h('tbody', {}, ...items.map(row => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: caseHref(row.id), 'aria-label': text.openCase(row.customerNumber) }, row.customerNumber)),
      h('td', {}, customerLabel(row)),
      h('td', {}, row.kindLabel),
      h('td', {}, row.stateLabel),
      h('td', {}, row.nextDueOn ? formatDate(row.nextDueOn) : text.nothingDue),
      h('td', {}, row.nextDueLabel ?? '–')))));

  const paging = h('nav', { class: 'paging row', 'aria-label': text.pagesLabel },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go({ cpage: String(page - 1) }) }, text.previous),
    h('span', { 'aria-live': 'polite' }, text.pageOf(page, pages)),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go({ cpage: String(page + 1) }) }, text.next));

  return h('section', { class: 'my-cases-panel', 'aria-labelledby': 'my-cases-heading' },
    h('h2', { id: 'my-cases-heading' }, text.heading),
    filters,
    items.length > 0 ? table : h('p', {}, text.none),
    paging);
}

async function casesPage(path: string): Promise<{ items: CaseRow[]; total: number; limited: boolean }> {
  const { items, total, headers } = await apiPage<CaseRow>(path);
  return { items, total, limited: headers?.get('X-Total-Count-Limited') === 'true' };
}
