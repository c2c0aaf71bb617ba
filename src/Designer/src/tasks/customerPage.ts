import { api, json } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { labelOf, vocabulary } from '../shared/vocabulary';
import { profileForm } from './customerProfileForm';
import { CustomerDetails, ProfileCatalogue, customerLabel } from './customerTypes';
import { openCaseForm } from './openCaseForm';
import { caseHref, customersHref } from './routes';
import { CustomerCase } from './types';

const text = {
  back: 'Zurück zur Suche',
  details: 'Angaben',
  customerNumber: 'Kundennummer',
  birthDate: 'Geburtsdatum',
  age: 'Alter',
  years: (n: number) => `${n} Jahre`,
  responsible: 'Zuständige Integrationsfachkraft',
  sgb9: 'Status nach SGB IX',
  sgb9Values: { severelyDisabled: 'schwerbehindert', equalStatus: 'gleichgestellt', rehabilitant: 'Rehabilitandin/Rehabilitand' },
  none: 'keiner',
  profiled: 'Profil erfasst',
  profiledBy: (at: string, by: string) => `${at} von ${by}`,
  notProfiled: 'noch nicht',
  profileHeading: 'Profil (4-Phasen-Modell)',
  casesHeading: 'Fälle',
  casesColumns: ['Fall', 'Zustand', 'Zuständig'],
  noCases: 'Noch keine Fälle.',
  saved: 'Profil gespeichert.',
};

/**
 * One customer (#/customer/<id>): details, the profile form with the seed 001 catalogue, the customer's cases the
 * caller may read, and the form that opens a case of a kind (its default workflow starts with it).
 */
export async function renderCustomerPage(
  shell: Shell, id: string, rerender: () => void, opened: (message: string, caseId: string) => void): Promise<void> {
  const [customer, catalogue, cases, terms] = await Promise.all([
    api<CustomerDetails>(`/api/customers/${id}`),
    api<ProfileCatalogue>('/api/customers/profile-catalogue'),
    api<CustomerCase[]>(`/api/customers/${id}/cases`).catch(() => [] as CustomerCase[]),
    vocabulary(),
  ]);
  const kindOf = (kind: string) => terms.caseKinds.find(k => k.value === kind);
  const heading = shell.heading(customerLabel(customer));
  const status = Object.entries(text.sgb9Values).filter(([key]) => customer[key as keyof typeof text.sgb9Values]).map(([, label]) => label);

  const details = h('dl', { class: 'details' },
    h('dt', {}, text.customerNumber), h('dd', {}, customer.customerNumber),
    h('dt', {}, text.birthDate), h('dd', {}, formatDate(customer.birthDate)),
    h('dt', {}, text.age), h('dd', { class: 'customer-age' }, text.years(ageOf(customer.birthDate))),
    h('dt', {}, text.responsible), h('dd', {}, customer.responsibleCaseworker),
    h('dt', {}, text.sgb9), h('dd', {}, status.length > 0 ? status.join(', ') : text.none),
    h('dt', {}, text.profiled), h('dd', {}, customer.profiledAt ? text.profiledBy(formatDate(customer.profiledAt, true), customer.profiledBy ?? '–') : text.notProfiled));

  const form = profileForm(customer, catalogue, async body => {
    await api(`/api/customers/${id}/profile`, json('PUT', body));
    shell.status(text.saved);
    rerender();
  }, shell.error);

  const caseTable = cases.length > 0
    ? h('table', {},
        h('caption', {}, text.casesHeading),
        h('thead', {}, h('tr', {}, ...text.casesColumns.map(column => h('th', { scope: 'col' }, column)))),
        h('tbody', {}, ...cases.map(c => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: caseHref(c.id) }, kindOf(c.kind)?.label ?? c.kind)),
          h('td', {}, labelOf(kindOf(c.kind)?.states ?? [], c.state)),
          h('td', {}, c.mainCaseworker)))))
    : h('p', {}, text.noCases);

  replace(shell.main, heading,
    h('p', {}, h('a', { href: customersHref() }, text.back)),
    h('h2', {}, text.details), details,
    h('h2', { id: 'profile-heading' }, text.profileHeading), form,
    h('h2', {}, text.casesHeading), caseTable,
    openCaseForm(shell, id, terms, opened));
  heading.focus();
}

function ageOf(birthDate: string): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  const today = new Date();
  const before = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  return today.getFullYear() - year - (before ? 1 : 0);
}
