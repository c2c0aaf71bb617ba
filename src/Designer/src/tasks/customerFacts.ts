import { formatDate, h } from '../shared/dom';
import { t } from '../shared/i18n';
import { labelOf, Vocabulary } from '../shared/vocabulary';
import { Customer } from './types';

/** The customer's full name when the API sends it, else null. */
export function customerName(customer: Customer): string | null {
  const name = [customer.givenName, customer.familyName].filter(Boolean).join(' ');
  return name.length > 0 ? name : null;
}

/** "34 Jahre" (or "1 Jahr") in the chosen language. */
export function years(count: number): string {
  return t(count === 1 ? 'customers.yearsOne' : 'customers.yearsMany', { count });
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
    ...(name ? [h('dt', {}, t('customers.name')), h('dd', {}, name)] : []),
    h('dt', {}, t('customers.customerNumber')), h('dd', {}, customer.customerNumber),
    h('dt', {}, t('customers.birthDate')), h('dd', {}, formatDate(customer.birthDate)),
    h('dt', {}, t('customers.age')), h('dd', { class: 'customer-age' }, years(ageOf(customer.birthDate))),
    h('dt', {}, t('customers.profile')), h('dd', {}, customer.profile ? labelOf(vocabulary.profileCodes, customer.profile) : t('customers.noProfile')),
    h('dt', {}, t('customers.responsible')), h('dd', {}, customer.responsibleCaseworker));
}
