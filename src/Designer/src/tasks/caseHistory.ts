import { formatDate, h } from '../shared/dom';
import { t } from '../shared/i18n';
import { HistoryEntry } from './types';

const columns = ['at', 'actor', 'action', 'state', 'details', 'note'] as const;

/** The case's history: each action with its label in the chosen language, the state change, its data in words and the note. */
export function caseHistory(history: HistoryEntry[]): HTMLElement {
  if (history.length === 0) {
    return h('p', {}, t('cases.history.none'));
  }
  return h('table', { class: 'case-history' },
    h('caption', {}, t('cases.page.history')),
    h('thead', {}, h('tr', {}, ...columns.map(column => h('th', { scope: 'col' }, t(`cases.history.${column}`))))),
    h('tbody', {}, ...history.map(e => h('tr', {},
      h('td', {}, formatDate(e.at, true)),
      h('td', {}, e.actor),
      h('th', { scope: 'row' }, e.actionLabel),
      h('td', {}, stateChange(e)),
      h('td', {}, e.details.length > 0
        ? h('dl', { class: 'details compact' }, ...e.details.flatMap(d => [h('dt', {}, d.label), h('dd', {}, d.value)]))
        : (e.reason ?? '–')),
      h('td', {}, e.note ?? '–')))));
}

function stateChange(entry: HistoryEntry): string {
  if (!entry.toLabel) {
    return '–';
  }
  return entry.fromLabel && entry.fromLabel !== entry.toLabel ? `${entry.fromLabel} → ${entry.toLabel}` : entry.toLabel;
}
