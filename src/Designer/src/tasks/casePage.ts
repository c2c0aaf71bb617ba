import { api, json } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { incidentActions } from './incidentActions';
import { renderInstance } from './instanceDiagram';
import { kindNames } from './labels';
import { customerLabel } from './customerTypes';
import { caseHref, customerHref, inboxHref, incidentsHref } from './routes';
import { CaseItem, CustomerCase, HistoryEntry, InstanceSummary } from './types';

/** The case page: state, allowed actions (with why not), the action form, history, running instances, provider referrals. */
export async function renderCasePage(shell: Shell, id: string, rerender: () => void): Promise<void> {
  const kase = await api<CaseItem>(`/api/cases/${id}`);
  const [history, instances, customerCases] = await Promise.all([
    api<HistoryEntry[]>(`/api/cases/${id}/history`),
    api<InstanceSummary[]>(`/api/cases/${id}/instances`),
    api<CustomerCase[]>(`/api/customers/${kase.customerId}/cases`).catch(() => [] as CustomerCase[]),
  ]);
  const heading = shell.heading(`${kindNames[kase.kind] ?? kase.kind}: ${kase.customer ? customerLabel(kase.customer) : kase.id.slice(0, 8)}`);

  const summary = h('dl', { class: 'details' },
    kase.customer ? h('dt', {}, 'Kundin/Kunde') : null, kase.customer ? h('dd', {}, h('a', { href: customerHref(kase.customer.id) }, customerLabel(kase.customer))) : null,
    h('dt', {}, 'Zustand (state)'), h('dd', { class: 'case-state' }, kase.state),
    h('dt', {}, 'Fallart (kind)'), h('dd', {}, kindNames[kase.kind] ?? kase.kind),
    h('dt', {}, 'Zuständig (main caseworker)'), h('dd', {}, kase.mainCaseworker),
    h('dt', {}, 'Zuweisend (referring caseworker)'), h('dd', {}, kase.referringCaseworker),
    h('dt', {}, 'Fall-ID (case id)'), h('dd', {}, kase.id));

  const actionsTable = h('table', {},
    h('caption', {}, 'Aktionen im Zustand ', kase.state, ' (allowed actions)'),
    h('thead', {}, h('tr', {}, ...['Aktion (action)', 'Erlaubt (allowed)', 'Gründe, warum nicht (reasons)'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...kase.allowedActions.map(a => h('tr', {},
      h('th', { scope: 'row' }, a.action),
      h('td', {}, a.allowed ? 'ja (allowed)' : 'nein (not allowed)'),
      h('td', {}, a.reasons.length > 0 ? h('ul', {}, ...a.reasons.map(r => h('li', {}, r))) : '–')))));

  const allowed = kase.allowedActions.filter(a => a.allowed);
  const actionForm = allowed.length > 0 ? actionFormOf(shell, kase, allowed.map(a => a.action), rerender) : h('p', {}, 'Keine Aktion ist jetzt erlaubt (no action allowed now).');

  const historyTable = history.length > 0
    ? h('table', {},
        h('caption', {}, 'Verlauf (history)'),
        h('thead', {}, h('tr', {}, ...['Zeitpunkt (at)', 'Wer (actor)', 'Aktion (action)', 'Von (from)', 'Nach (to)', 'Grund (reason)'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...history.map(e => h('tr', {},
          h('td', {}, formatDate(e.at, true)), h('td', {}, e.actor), h('th', { scope: 'row' }, e.action),
          h('td', {}, e.from ?? '–'), h('td', {}, e.to ?? '–'), h('td', {}, e.reason ?? '–')))))
    : h('p', {}, 'Noch kein Verlauf (no history yet).');

  const running = instances.filter(i => i.status !== 'Completed' && i.status !== 'Cancelled');
  const instanceSections = await Promise.all(running.map(i => renderInstance(i.id, 'h3', instance => incidentActions(shell, instance, rerender))));

  const referrals = customerCases.filter(c => c.referral);
  const referralPart = referrals.length > 0
    ? h('table', {},
        h('caption', {}, 'Übergaben an Träger dieser Kundin/dieses Kunden (provider referrals)'),
        h('thead', {}, h('tr', {}, ...['Fall (case)', 'Träger (provider)', 'Zustand (state)', 'Nächster Bericht fällig (next report due)'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...referrals.map(c => h('tr', {},
          h('th', { scope: 'row' }, c.id === kase.id ? `${c.id.slice(0, 8)} (dieser Fall)` : h('a', { href: caseHref(c.id) }, h('span', { class: 'visually-hidden' }, 'Fall '), c.id.slice(0, 8))),
          h('td', {}, c.referral!.providerName ?? c.referral!.providerKey ?? 'noch nicht gewählt (not chosen yet)'),
          h('td', {}, c.referral!.state),
          h('td', {}, formatDate(c.referral!.nextReportDue), c.referral!.reportOverdueDays > 0 ? h('span', { class: 'overdue' }, ` – ${c.referral!.reportOverdueDays} Tage überfällig (overdue)`) : '')))))
    : h('p', {}, 'Keine Übergaben an Träger (no provider referrals).');

  replace(shell.main, heading,
    h('p', {}, h('a', { href: inboxHref() }, 'Zurück zu den Aufgaben (back to inbox)'), ' · ',
      h('a', { href: inboxHref(new URLSearchParams({ caseId: kase.id })) }, 'Aufgaben dieses Falls (tasks of this case)'), ' · ',
      h('a', { href: incidentsHref() }, 'Störungen (incidents)')),
    summary,
    h('h2', {}, 'Aktionen (actions)'), actionsTable, actionForm,
    h('h2', {}, 'Verlauf (history)'), historyTable,
    h('h2', {}, 'Laufende Abläufe (running instances)'),
    ...(instanceSections.length > 0 ? instanceSections : [h('p', {}, 'Keine laufenden Abläufe (no running instances).')]),
    h('h2', {}, 'Übergaben an Träger (provider referrals)'), referralPart);
  heading.focus();
}

function actionFormOf(shell: Shell, kase: CaseItem, actions: string[], rerender: () => void): HTMLFormElement {
  const action = h('select', { id: 'act-action', name: 'action', required: true }, ...actions.map(a => h('option', { value: a }, a)));
  const reason = h('input', { id: 'act-reason', name: 'reason', type: 'text' });
  const note = h('textarea', { id: 'act-note', name: 'note', rows: 2 });
  const data = h('textarea', { id: 'act-data', name: 'data', rows: 3, 'aria-describedby': 'act-data-hint' });
  const form = h('form', { class: 'stack action-form', 'aria-labelledby': 'act-heading' },
    h('h3', { id: 'act-heading' }, 'Aktion ausführen (take action)'),
    h('div', { class: 'field' }, h('label', { for: 'act-action' }, 'Aktion (action)'), action),
    h('div', { class: 'field' }, h('label', { for: 'act-reason' }, 'Grund (reason)'), reason),
    h('div', { class: 'field' }, h('label', { for: 'act-note' }, 'Notiz (note)'), note),
    h('div', { class: 'field' }, h('label', { for: 'act-data' }, 'Daten als JSON (data)'), data,
      h('span', { class: 'hint', id: 'act-data-hint' }, 'z. B. {"consent": true}; leer lassen, wenn die Aktion keine Daten braucht.')),
    h('button', { type: 'submit' }, 'Aktion ausführen (take action)'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    let parsed: unknown = {};
    try {
      parsed = data.value.trim() ? JSON.parse(data.value) : {};
    } catch {
      shell.error(new Error('Die Daten sind kein gültiges JSON (data is not valid JSON).'));
      data.focus();
      return;
    }
    try {
      await api(`/api/cases/${kase.id}/actions/${encodeURIComponent(action.value)}`,
        json('POST', { reason: reason.value.trim() || undefined, note: note.value.trim() || undefined, data: parsed }));
      shell.status(`Aktion ${action.value} ausgeführt (done).`);
      rerender();
    } catch (error) {
      shell.error(error);
    }
  });
  return form;
}
