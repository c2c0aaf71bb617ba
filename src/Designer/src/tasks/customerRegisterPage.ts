import { api, json } from '../shared/api';
import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { CustomerDetails, customerLabel } from './customerTypes';
import { showFieldError } from './fieldErrors';
import { customersHref } from './routes';

/** The register form (IFK): name, birth date, Kundennummer, SGB IX status; errors next to the field they concern. */
export function renderCustomerRegister(shell: Shell, onSaved: (message: string, id: string) => void): void {
  const heading = shell.heading(t('customers.register.heading'));
  const input = (id: string, type: string, extra: Record<string, string | boolean> = {}): HTMLInputElement =>
    h('input', { id, name: id, type, required: true, ...extra });
  const givenName = input('customer-given-name', 'text', { autocomplete: 'off', maxlength: '100' });
  const familyName = input('customer-family-name', 'text', { autocomplete: 'off', maxlength: '100' });
  const birthDate = input('customer-birth-date', 'date', { min: '1900-01-01', 'aria-describedby': 'customer-birth-date-hint' });
  const customerNumber = input('customer-number', 'text', { autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'customer-number-hint' });
  const checkbox = (id: string, label: string): [HTMLInputElement, HTMLElement] => {
    const box = h('input', { id, name: id, type: 'checkbox' });
    return [box, h('div', { class: 'choice' }, box, h('label', { for: id }, label))];
  };
  const [severelyDisabled, severelyDisabledRow] = checkbox('customer-severely-disabled', t('customers.sgb9.severelyDisabled'));
  const [equalStatus, equalStatusRow] = checkbox('customer-equal-status', t('customers.sgb9.equalStatus'));
  const [rehabilitant, rehabilitantRow] = checkbox('customer-rehabilitant', t('customers.sgb9.rehabilitant'));
  const [unemployed, unemployedRow] = checkbox('customer-unemployed', t('customers.unemployed'));
  unemployed.checked = true;
  const field = (control: HTMLElement, label: string, hint?: string): HTMLElement =>
    h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ? h('span', { class: 'hint', id: `${control.id}-hint` }, hint) : null);

  const form = h('form', { class: 'stack customer-form', 'aria-labelledby': 'customer-form-heading', novalidate: true },
    h('h2', { id: 'customer-form-heading', class: 'visually-hidden' }, t('customers.register.heading')),
    field(givenName, t('customers.givenName')),
    field(familyName, t('customers.familyName')),
    field(birthDate, t('customers.birthDate'), t('customers.register.birthDateHint')),
    field(customerNumber, t('customers.customerNumber'), t('customers.register.customerNumberHint')),
    h('fieldset', {}, h('legend', {}, t('customers.sgb9')), severelyDisabledRow, equalStatusRow, rehabilitantRow),
    unemployedRow,
    h('button', { type: 'submit' }, t('customers.register.save')));
  const fields: Record<string, HTMLElement> = { givenName, familyName, birthDate, customerNumber, body: givenName };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const customer = await api<CustomerDetails>('/api/customers', json('POST', {
        givenName: givenName.value,
        familyName: familyName.value,
        birthDate: birthDate.value || null,
        customerNumber: customerNumber.value,
        severelyDisabled: severelyDisabled.checked,
        equalStatus: equalStatus.checked,
        rehabilitant: rehabilitant.checked,
        unemployed: unemployed.checked,
      }));
      onSaved(t('customers.register.saved', { customer: customerLabel(customer) }), customer.id);
    } catch (error) {
      showFieldError(form, fields, error, shell.error);
    }
  });

  replace(shell.main, heading, h('p', {}, h('a', { href: customersHref() }, t('customers.back'))), form);
  heading.focus();
}

