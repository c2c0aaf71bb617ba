import { api } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { labelOf, lifecycle as lifecycleOf, vocabulary } from '../shared/vocabulary';
import { caseActions } from './caseActionForms';
import { caseHistory } from './caseHistory';
import { caseSummarySection, outreachSummarySection, readsFile, readsSummary } from './caseNeedToKnow';
import { contactsSection } from './contactsSection';
import { customerFacts, customerName } from './customerFacts';
import { goalCycleSection } from './goalCycle';
import { incidentActions } from './incidentActions';
import { renderInstance } from './instanceDiagram';
import { caseHref, customerHref, inboxHref, incidentsHref } from './routes';
import { CaseItem, Customer, CustomerCase, HistoryEntry, InstanceSummary } from './types';

/** The case page: the customer, the case and its kind's file, the actions as generated forms, the customer's contacts, the history, running workflows. */
export async function renderCasePage(shell: Shell, id: string, rerender: () => void): Promise<void> {
  const kase = await api<CaseItem>(`/api/cases/${id}`);
  const file = readsFile(kase);
  const [history, instances, customer, customerCases, lifecycle, terms] = await Promise.all([
    readsSummary(kase) ? api<HistoryEntry[]>(`/api/cases/${id}/history`) : Promise.resolve([] as HistoryEntry[]),
    file ? api<InstanceSummary[]>(`/api/cases/${id}/instances`) : Promise.resolve([] as InstanceSummary[]),
    api<Customer>(`/api/customers/${kase.customerId}`).catch(() => null),
    api<CustomerCase[]>(`/api/customers/${kase.customerId}/cases`).catch(() => [] as CustomerCase[]),
    lifecycleOf(kase.kind),
    vocabulary(),
  ]);
  const who = customer ? customerName(customer) ?? customer.customerNumber : kase.customerId.slice(0, 8);
  const heading = shell.heading(t('cases.page.heading', { kind: kase.kindLabel, who }));

  const summary = h('dl', { class: 'details' },
    h('dt', {}, t('cases.page.state')), h('dd', { class: 'case-state' }, kase.stateLabel),
    ...(readsSummary(kase) ? [
      h('dt', {}, t('cases.page.main')), h('dd', {}, kase.mainCaseworker),
      h('dt', {}, t('cases.page.referring')), h('dd', {}, kase.referringCaseworker),
      ...(kase.secondaryCaseworker ? [h('dt', {}, t('cases.page.secondary')), h('dd', {}, kase.secondaryCaseworker)] : []),
      h('dt', {}, t('cases.page.opened')), h('dd', {}, formatDate(kase.createdAt))] : []));
  // Need to know: the file (FM or outreach) only for who reads it; a summary reader sees the key dates instead.
  const fileSection = !file
    ? caseSummarySection(kase)
    : [h('h2', {}, t('cases.page.file')), kase.file.length > 0
        ? h('dl', { class: 'details case-file' }, ...kase.file.flatMap(f => [h('dt', {}, f.label), h('dd', {}, f.value)]))
        : h('p', {}, t('cases.page.noFile'))];

  const actions = await caseActions(shell, kase, lifecycle, rerender);
  // Before the instances: their diagrams draw on the next frame, so nothing may be awaited between them and the page.
  const goals = kase.kind === 'bfm' && file ? await goalCycleSection(shell, kase.customerId, customerCases, rerender) : null;
  const contacts = customer ? await contactsSection(shell, customer, terms, rerender) : null;
  const running = instances.filter(i => i.status !== 'Completed' && i.status !== 'Cancelled');
  const instanceSections = await Promise.all(running.map(i => renderInstance(i.id, 'h3', instance => incidentActions(shell, instance, rerender))));
  const referrals = file ? customerCases.filter(c => c.referral && c.id !== kase.id) : [];
  const referralStates = terms.caseKinds.find(k => k.value === 'referral')?.states ?? [];

  replace(shell.main, heading,
    h('p', {}, h('a', { href: inboxHref() }, t('cases.page.back')), ' · ',
      h('a', { href: inboxHref(new URLSearchParams({ caseId: kase.id })) }, t('cases.page.tasks')), ' · ',
      h('a', { href: incidentsHref() }, t('cases.page.incidents'))),
    h('h2', {}, t('cases.page.customer')),
    customer ? customerFacts(customer, terms) : null,
    h('p', {}, h('a', { href: customerHref(kase.customerId) }, t('cases.page.customerPage'))),
    h('h2', {}, t('cases.page.case')), summary,
    ...fileSection,
    ...outreachSummarySection(shell, kase, rerender),
    ...actions,
    goals,
    contacts,
    ...(readsSummary(kase) ? [h('h2', {}, t('cases.page.history')), caseHistory(history)] : []),
    ...(file ? [h('h2', {}, t('cases.page.running')), ...(instanceSections.length > 0 ? instanceSections : [h('p', {}, t('cases.page.noRunning'))])] : []),
    ...(referrals.length > 0
      ? [h('h2', {}, t('cases.page.referrals')), h('ul', {}, ...referrals.map(c => h('li', {},
          h('a', { href: caseHref(c.id) }, c.referral!.providerName ?? c.referral!.providerKey ?? t('cases.page.notChosen')),
          `: ${labelOf(referralStates, c.referral!.state)}`,
          c.referral!.nextReportDue ? t('cases.page.nextReport', { date: formatDate(c.referral!.nextReportDue) }) : '',
          c.referral!.reportOverdueDays > 0 ? h('span', { class: 'overdue' }, t(c.referral!.reportOverdueDays === 1 ? 'cases.page.overdueOne' : 'cases.page.overdueMany', { days: c.referral!.reportOverdueDays })) : '')))]
      : []));
  heading.focus();
}
