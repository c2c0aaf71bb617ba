import { apiPage } from '../shared/api';
import { formatDate, h } from '../shared/dom';
import { customerLabel } from '../shared/customerLabel';
import { MessageKey, t } from '../shared/i18n';
import { session } from '../shared/session';
import { Option, vocabulary } from '../shared/vocabulary';
import { caseHref } from './routes';

const scopes = ['mine', 'deputy', 'team'] as const;
const columns = ['customerNumber', 'customer', 'kind', 'state', 'nextDue', 'whatIsDue'] as const;

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
 * "Meine Fälle" beside the inbox: scope, kind and state (kinds and states as the server's vocabulary names them) (query keys cscope, ckind, cstate, cpage of the start page's
 * hash route), the cases next due first as the API orders them, paging. `go` changes those keys and keeps the others.
 */
export async function renderMyCases(query: URLSearchParams, go: (changes: Record<string, string>) => void): Promise<HTMLElement> {
  const terms = await vocabulary();
  const scope = scopes.find(s => s === query.get('cscope')) ?? 'mine';
  const kind = terms.caseKinds.find(k => k.value === query.get('ckind'))?.value ?? '';
  const states = statesOf(terms.caseKinds.filter(k => !kind || k.value === kind));
  const state = states.find(s => s.value === query.get('cstate'))?.value ?? '';
  const scopeName = (value: string): string => t(`cases.mine.scope.${value}` as MessageKey);
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
  const [scopeField, scopeSelect] = select('cases-scope', t('cases.mine.scope'), scopes.map(s => [s, scopeName(s)]), scope);
  const [kindField, kindSelect] = select('cases-kind', t('cases.mine.kind'), [['', t('cases.mine.allKinds')], ...terms.caseKinds.map(k => [k.value, k.label] as [string, string])], kind);
  const [stateField, stateSelect] = select('cases-state', t('cases.mine.state'), [['', t('cases.mine.allStates')], ...states.map(s => [s.value, s.label] as [string, string])], state);
  const filters = h('form', { class: 'filters', 'aria-label': t('cases.mine.filter') },
    h('div', { class: 'row' }, scopeField, kindField, stateField, h('button', { type: 'submit' }, t('cases.mine.apply'))));
  filters.addEventListener('submit', event => {
    event.preventDefault();
    go({ cscope: scopeSelect.value, ckind: kindSelect.value, cstate: stateSelect.value, cpage: '1' });
  });

  const table = h('table', { class: 'my-cases' },
    h('caption', {}, t(limited ? 'cases.mine.captionMore' : total === 1 ? 'cases.mine.captionOne' : 'cases.mine.captionMany', { scope: scopeName(scope), count: total })),
    h('thead', {}, h('tr', {}, ...columns.map(column => h('th', { scope: 'col' }, t(`cases.mine.column.${column}`))))),
    h('tbody', {}, ...items.map(row => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: caseHref(row.id), 'aria-label': t('cases.mine.openCase', { customerNumber: row.customerNumber }) }, row.customerNumber)),
      h('td', {}, customerLabel(row)),
      h('td', {}, row.kindLabel),
      h('td', {}, row.stateLabel),
      h('td', {}, row.nextDueOn ? formatDate(row.nextDueOn) : t('cases.mine.nothingDue')),
      h('td', {}, row.nextDueLabel ?? '–')))));

  const paging = h('nav', { class: 'paging row', 'aria-label': t('cases.mine.pages') },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go({ cpage: String(page - 1) }) }, t('shell.previousPage')),
    h('span', { 'aria-live': 'polite' }, t('cases.mine.pageOf', { page, pages })),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go({ cpage: String(page + 1) }) }, t('shell.nextPage')));

  return h('section', { class: 'my-cases-panel', 'aria-labelledby': 'my-cases-heading' },
    h('h2', { id: 'my-cases-heading' }, t('cases.mine.heading')),
    filters,
    items.length > 0 ? table : h('p', {}, t('cases.mine.none')),
    paging);
}

async function casesPage(path: string): Promise<{ items: CaseRow[]; total: number; limited: boolean }> {
  const { items, total, headers } = await apiPage<CaseRow>(path);
  return { items, total, limited: headers?.get('X-Total-Count-Limited') === 'true' };
}

/** The states of the given kinds, each value once (the first kind's label wins). */
function statesOf(kinds: { states: Option[] }[]): Option[] {
  const seen = new Map<string, Option>();
  for (const state of kinds.flatMap(k => k.states)) {
    if (!seen.has(state.value)) {
      seen.set(state.value, state);
    }
  }
  return [...seen.values()];
}
