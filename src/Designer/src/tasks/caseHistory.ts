import { formatDate, h } from '../shared/dom';
import { HistoryEntry } from './types';

const text = {
  caption: 'Verlauf',
  none: 'Noch kein Verlauf.',
  at: 'Zeitpunkt',
  actor: 'Wer',
  action: 'Aktion',
  state: 'Zustand',
  details: 'Angaben',
  note: 'Notiz',
};

/** The case's history: each action with its German label, the state change, its data in words and the note. */
export function caseHistory(history: HistoryEntry[]): HTMLElement {
  if (history.length === 0) {
    return h('p', {}, text.none);
  }
  return h('table', { class: 'case-history' },
    h('caption', {}, text.caption),
    h('thead', {}, h('tr', {}, ...[text.at, text.actor, text.action, text.state, text.details, text.note].map(t => h('th', { scope: 'col' }, t)))),
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
