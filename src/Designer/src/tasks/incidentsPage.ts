import { apiPage } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { labelOf, vocabulary } from '../shared/vocabulary';
import { caseHref, incidentsHref } from './routes';
import { IncidentItem } from './types';

const PageSize = 20;

/** The open incidents the signed-in user may see (process owners all, caseworkers those of their cases), paged. */
export async function renderIncidents(shell: Shell, query: URLSearchParams, rerender: () => void): Promise<void> {
  const page = Math.max(1, Number(query.get('page')) || 1);
  const heading = shell.heading('Störungen (incidents)');
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
    h('caption', {}, `Offene Störungen (open incidents): ${total}`),
    h('thead', {}, h('tr', {},
      ...['Schritt (element)', 'Meldung (message)', 'Seit (since)', 'Versuche (attempts)', 'Ablauf (workflow)', 'Fall (case)', 'Kundennummer (customer number)']
        .map(text => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, ...items.map(incident => h('tr', {},
      h('th', { scope: 'row' }, incident.elementName),
      h('td', { class: 'incident-message' }, incident.message),
      h('td', {}, formatDate(incident.since, true)),
      h('td', {}, incident.attempts),
      h('td', {}, `${incident.workflowKey} v${incident.workflowVersion}`),
      h('td', {}, incident.caseId
        ? h('span', {}, h('a', { href: caseHref(incident.caseId), class: 'nowrap' }, `Fall ${incident.caseId.slice(0, 8)}`),
            incident.caseKind ? ` (${labelOf(kinds, incident.caseKind)})` : '')
        : '–'),
      h('td', {}, incident.customerNumber ?? '–')))));

  const paging = h('nav', { class: 'paging row', 'aria-label': 'Seiten (pages)' },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go(page - 1) }, 'Vorherige Seite (previous)'),
    h('span', { 'aria-live': 'polite' }, `Seite ${page} von ${pages}`),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go(page + 1) }, 'Nächste Seite (next)'));

  replace(shell.main, heading,
    h('p', {}, 'Fehlgeschlagene Schritte laufender Abläufe. Erneut versuchen oder abbrechen auf der Seite des Falls (retry or cancel on the case page).'),
    items.length > 0 ? table : h('p', {}, 'Keine offenen Störungen (no open incidents).'),
    paging);
  heading.focus();
}
