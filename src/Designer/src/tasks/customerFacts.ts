import { formatDate, h } from '../shared/dom';
import { labelOf, Vocabulary } from '../shared/vocabulary';
import { Customer } from './types';

const text = {
  name: 'Name',
  number: 'Kundennummer',
  birthDate: 'Geburtsdatum',
  age: 'Alter',
  years: (n: number) => `${n} Jahre`,
  profile: 'Profillage',
  caseworker: 'Zuständige Integrationsfachkraft',
  noProfile: 'noch nicht profiliert',
};

/** The customer's full name when the API sends it, else null. */
export function customerName(customer: Customer): string | null {
  const name = [customer.givenName, customer.familyName].filter(Boolean).join(' ');
  return name.length > 0 ? name : null;
}

/** Age in whole years today. */
export function ageOf(birthDate: string, today = new Date()): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  const hadBirthday = today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day);
  return today.getFullYear() - year - (hadBirthday ? 0 : 1);
}

/** The customer as a description list: name (when known), number, birth date, age, profile. */
export function customerFacts(customer: Customer, vocabulary: Vocabulary): HTMLElement {
  const name = customerName(customer);
  return h('dl', { class: 'details customer-facts' },
    ...(name ? [h('dt', {}, text.name), h('dd', {}, name)] : []),
    h('dt', {}, text.number), h('dd', {}, customer.customerNumber),
    h('dt', {}, text.birthDate), h('dd', {}, formatDate(customer.birthDate)),
    h('dt', {}, text.age), h('dd', { class: 'customer-age' }, text.years(ageOf(customer.birthDate))),
    h('dt', {}, text.profile), h('dd', {}, customer.profile ? labelOf(vocabulary.profileCodes, customer.profile) : text.noProfile),
    h('dt', {}, text.caseworker), h('dd', {}, customer.responsibleCaseworker));
}
