import { api, json } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { labelOf, vocabulary } from '../shared/vocabulary';
import { ageOf, years } from './customerFacts';
import { goalCycleSection } from './goalCycle';
import { profileForm } from './customerProfileForm';
import { CustomerDetails, ProfileCatalogue, customerLabel } from './customerTypes';
import { contactsSection } from './contactsSection';
import { openCaseForm } from './openCaseForm';
import { caseHref, customersHref } from './routes';
import { whoReadSection } from './whoReadSection';
import { CustomerCase } from './types';

const sgb9 = ['severelyDisabled', 'equalStatus', 'rehabilitant'] as const;

/**
 * One customer (#/customer/<id>): details, the profile form with the seed 001 catalogue, the customer's cases the
 * caller may read, the contacts (Kontakte) with their forms, and the form that opens a case of a kind (its default workflow starts with it).
 */
export async function renderCustomerPage(
  shell: Shell, id: string, rerender: () => void, opened: (message: string, caseId: string) => void): Promise<void> {
  if (session.hasRole('DataProtection')) {
    // The data protection officer reads no customer data by role, only who read it (the read audit).
    const heading = shell.heading(t('whoRead.pageHeading', { id: id.slice(0, 8) }));
    replace(shell.main, heading, h('p', {}, h('a', { href: customersHref() }, t('customers.back'))), await whoReadSection(id));
    heading.focus();
    return;
  }
  const [customer, catalogue, cases, terms] = await Promise.all([
    api<CustomerDetails>(`/api/customers/${id}`),
    api<ProfileCatalogue>('/api/customers/profile-catalogue'),
    api<CustomerCase[]>(`/api/customers/${id}/cases`).catch(() => [] as CustomerCase[]),
    vocabulary(),
  ]);
  const kindOf = (kind: string) => terms.caseKinds.find(k => k.value === kind);
  const heading = shell.heading(customerLabel(customer));
  const status = sgb9.filter(key => customer[key]).map(key => t(`customers.sgb9.${key}`));

  const details = h('dl', { class: 'details' },
    h('dt', {}, t('customers.customerNumber')), h('dd', {}, customer.customerNumber),
    h('dt', {}, t('customers.birthDate')), h('dd', {}, formatDate(customer.birthDate)),
    h('dt', {}, t('customers.age')), h('dd', { class: 'customer-age' }, years(ageOf(customer.birthDate))),
    h('dt', {}, t('customers.responsible')), h('dd', {}, customer.responsibleCaseworker),
    h('dt', {}, t('customers.sgb9')), h('dd', {}, status.length > 0 ? status.join(', ') : t('customers.sgb9.none')),
    h('dt', {}, t('customers.page.nextContactDue')), h('dd', { class: 'customer-contact-due' }, customer.nextContactDue ? formatDate(customer.nextContactDue) : t('customers.page.noContactDue')),
    ...(customer.contactRuleCellText ? [h('dt', {}, t('customers.page.contactRule')), h('dd', { class: 'customer-contact-rule' }, customer.contactRuleCellText)] : []),
    h('dt', {}, t('customers.page.profiled')), h('dd', {}, customer.profiledAt ? t('customers.page.profiledBy', { at: formatDate(customer.profiledAt, true), user: customer.profiledBy ?? '–' }) : t('customers.page.notProfiled')));

  const goals = await goalCycleSection(shell, id, cases, rerender);
  const form = profileForm(customer, catalogue, terms, async body => {
    await api(`/api/customers/${id}/profile`, json('PUT', body));
    shell.status(t('customers.page.saved'));
    rerender();
  }, shell.error);

  const caseTable = cases.length > 0
    ? h('table', {},
        h('caption', {}, t('customers.page.cases')),
        h('thead', {}, h('tr', {}, ...(['case', 'state', 'responsible'] as const).map(column => h('th', { scope: 'col' }, t(`customers.page.column.${column}`))))),
        h('tbody', {}, ...cases.map(c => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: caseHref(c.id) }, kindOf(c.kind)?.label ?? c.kind)),
          h('td', {}, labelOf(kindOf(c.kind)?.states ?? [], c.state)),
          h('td', {}, c.mainCaseworker)))))
    : h('p', {}, t('customers.page.noCases'));

  const contacts = await contactsSection(shell, customer, terms, rerender);

  replace(shell.main, heading,
    h('p', {}, h('a', { href: customersHref() }, t('customers.back'))),
    h('h2', {}, t('customers.page.details')), details,
    h('h2', { id: 'profile-heading' }, t('customers.page.profileHeading')), form,
    contacts,
    h('h2', {}, t('customers.page.cases')), caseTable,
    goals,
    openCaseForm(shell, id, terms, opened));
  heading.focus();
}
