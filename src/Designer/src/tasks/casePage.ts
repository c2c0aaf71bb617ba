import { api } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { labelOf, lifecycle as lifecycleOf, vocabulary } from '../shared/vocabulary';
import { caseActions } from './caseActionForms';
import { caseHistory } from './caseHistory';
import { customerFacts, customerName } from './customerFacts';
import { incidentActions } from './incidentActions';
import { renderInstance } from './instanceDiagram';
import { caseHref, customerHref, inboxHref, incidentsHref } from './routes';
import { CaseItem, Customer, CustomerCase, HistoryEntry, InstanceSummary } from './types';

const text = {
  heading: (kind: string, who: string) => `${kind}: ${who}`,
  back: 'Zurück zu den Aufgaben',
  tasks: 'Aufgaben dieses Falls',
  incidents: 'Störungen',
  customer: 'Kundin/Kunde',
  customerPage: 'Alle Fälle der Kundin/des Kunden',
  caseHeading: 'Fall',
  state: 'Zustand',
  main: 'Zuständig',
  referring: 'Zuweisend',
  secondary: 'Zweite Ansprechperson',
  opened: 'Eröffnet am',
  file: 'Akte',
  noFile: 'Noch keine Angaben in der Akte.',
  history: 'Verlauf',
  running: 'Laufende Abläufe',
  noRunning: 'Keine laufenden Abläufe.',
  referrals: 'Übergaben an Träger dieser Kundin/dieses Kunden',
  provider: 'Träger',
  nextReport: 'Nächster Bericht fällig',
  thisCase: 'dieser Fall',
  notChosen: 'noch nicht gewählt',
  overdue: (days: number) => ` – ${days} Tage überfällig`,
};

/** The case page: the customer, the case and its kind's file, the actions as generated forms, the history, running workflows. */
export async function renderCasePage(shell: Shell, id: string, rerender: () => void): Promise<void> {
  const kase = await api<CaseItem>(`/api/cases/${id}`);
  const [history, instances, customer, customerCases, lifecycle, terms] = await Promise.all([
    api<HistoryEntry[]>(`/api/cases/${id}/history`),
    api<InstanceSummary[]>(`/api/cases/${id}/instances`),
    api<Customer>(`/api/customers/${kase.customerId}`).catch(() => null),
    api<CustomerCase[]>(`/api/customers/${kase.customerId}/cases`).catch(() => [] as CustomerCase[]),
    lifecycleOf(kase.kind),
    vocabulary(),
  ]);
  const who = customer ? customerName(customer) ?? customer.customerNumber : kase.customerId.slice(0, 8);
  const heading = shell.heading(text.heading(kase.kindLabel, who));

  const summary = h('dl', { class: 'details' },
    h('dt', {}, text.state), h('dd', { class: 'case-state' }, kase.stateLabel),
    h('dt', {}, text.main), h('dd', {}, kase.mainCaseworker),
    h('dt', {}, text.referring), h('dd', {}, kase.referringCaseworker),
    ...(kase.secondaryCaseworker ? [h('dt', {}, text.secondary), h('dd', {}, kase.secondaryCaseworker)] : []),
    h('dt', {}, text.opened), h('dd', {}, formatDate(kase.createdAt)));
  const file = kase.file.length > 0
    ? h('dl', { class: 'details case-file' }, ...kase.file.flatMap(f => [h('dt', {}, f.label), h('dd', {}, f.value)]))
    : h('p', {}, text.noFile);

  const actions = await caseActions(shell, kase, lifecycle, rerender);
  const running = instances.filter(i => i.status !== 'Completed' && i.status !== 'Cancelled');
  const instanceSections = await Promise.all(running.map(i => renderInstance(i.id, 'h3', instance => incidentActions(shell, instance, rerender))));
  const referrals = customerCases.filter(c => c.referral && c.id !== kase.id);
  const referralStates = terms.caseKinds.find(k => k.value === 'referral')?.states ?? [];

  replace(shell.main, heading,
    h('p', {}, h('a', { href: inboxHref() }, text.back), ' · ',
      h('a', { href: inboxHref(new URLSearchParams({ caseId: kase.id })) }, text.tasks), ' · ',
      h('a', { href: incidentsHref() }, text.incidents)),
    h('h2', {}, text.customer),
    customer ? customerFacts(customer, terms) : null,
    h('p', {}, h('a', { href: customerHref(kase.customerId) }, text.customerPage)),
    h('h2', {}, text.caseHeading), summary,
    h('h2', {}, text.file), file,
    ...actions,
    h('h2', {}, text.history), caseHistory(history),
    h('h2', {}, text.running),
    ...(instanceSections.length > 0 ? instanceSections : [h('p', {}, text.noRunning)]),
    ...(referrals.length > 0
      ? [h('h2', {}, text.referrals), h('ul', {}, ...referrals.map(c => h('li', {},
          h('a', { href: caseHref(c.id) }, c.referral!.providerName ?? c.referral!.providerKey ?? text.notChosen),
          `: ${labelOf(referralStates, c.referral!.state)}`,
          c.referral!.nextReportDue ? `, ${text.nextReport} ${formatDate(c.referral!.nextReportDue)}` : '',
          c.referral!.reportOverdueDays > 0 ? h('span', { class: 'overdue' }, text.overdue(c.referral!.reportOverdueDays)) : '')))]
      : []));
  heading.focus();
}
