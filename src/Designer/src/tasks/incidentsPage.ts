import { apiPage } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { formatNumber, t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { labelOf, vocabulary } from '../shared/vocabulary';
import { caseHref, incidentsHref } from './routes';
import { IncidentItem } from './types';

const PageSize = 20;

/** The open incidents the signed-in user may see (process owners all, caseworkers those of their cases), paged. */
export async function renderIncidents(shell: Shell, query: URLSearchParams, rerender: () => void): Promise<void> {
  const page = Math.max(1, Number(query.get('page')) || 1);
  const heading = shell.heading(t('incidents.heading'));
  const { items, total } = await apiPage<IncidentItem>(`/api/incidents?page=${page}&pageSize=${PageSize}`);
  const pages = Math.max(1, Math.ceil(total / PageSize));
  const go = (next: number): void => {
    const href = incidentsHref(next > 1 ? new URLSearchParams({ page: String(next) }) : undefined);
    if (location.hash === href) {
      rerender();
    } else {
      location.hash = href;
    }
  };

  const kinds = (await vocabulary()).caseKinds;
  const table = h('table', { class: 'incidents' },
    h('caption', {}, t('incidents.caption', { count: total })),
    h('thead', {}, h('tr', {},
      ...(['element', 'message', 'since', 'attempts', 'workflow', 'case', 'customerNumber'] as const)
        .map(column => h('th', { scope: 'col' }, t(`incidents.column.${column}`))))),
    h('tbody', {}, ...items.map(incident => h('tr', {},
      h('th', { scope: 'row' }, incident.elementName),
      h('td', { class: 'incident-message' }, incident.message),
      h('td', {}, formatDate(incident.since, true)),
      h('td', {}, formatNumber(incident.attempts)),
      h('td', {}, t('incidents.workflowVersion', { key: incident.workflowKey, version: incident.workflowVersion })),
      h('td', {}, incident.caseId
        ? h('span', {}, h('a', { href: caseHref(incident.caseId), class: 'nowrap' }, t('incidents.case', { id: incident.caseId.slice(0, 8) })),
            incident.caseKind ? ` (${labelOf(kinds, incident.caseKind)})` : '')
        : '–'),
      h('td', {}, incident.customerNumber ?? '–')))));

  const paging = h('nav', { class: 'paging row', 'aria-label': t('shell.pages') },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go(page - 1) }, t('shell.previousPage')),
    h('span', { 'aria-live': 'polite' }, t('shell.pageOf', { page, pages })),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go(page + 1) }, t('shell.nextPage')));

  replace(shell.main, heading,
    h('p', {}, t('incidents.intro')),
    items.length > 0 ? table : h('p', {}, t('incidents.none')),
    paging);
  heading.focus();
}
