import { api, json } from '../shared/api';
import { h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { CustomerDetails, customerLabel } from './customerTypes';
import { showFieldError } from './fieldErrors';
import { customersHref } from './routes';

const text = {
  heading: 'Kundin/Kunden anlegen',
  back: 'Zurück zur Suche',
  givenName: 'Vorname',
  familyName: 'Familienname',
  birthDate: 'Geburtsdatum',
  birthDateHint: 'nicht in der Zukunft, nicht vor 1900',
  customerNumber: 'Kundennummer',
  customerNumberHint: 'drei Ziffern, ein Buchstabe, sechs Ziffern, z. B. 123D456789 (Leerzeichen oder Bindestriche zwischen den Teilen sind erlaubt)',
  status: 'Status nach SGB IX',
  severelyDisabled: 'schwerbehindert',
  equalStatus: 'gleichgestellt',
  rehabilitant: 'Rehabilitandin/Rehabilitand',
  save: 'Anlegen',
  saved: (label: string) => `${label} angelegt. Sie sind zuständige Integrationsfachkraft.`,
};

/** The register form (IFK): name, birth date, Kundennummer, SGB IX status; errors next to the field they concern. */
export function renderCustomerRegister(shell: Shell, onSaved: (message: string, id: string) => void): void {
  const heading = shell.heading(text.heading);
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
  const [severelyDisabled, severelyDisabledRow] = checkbox('customer-severely-disabled', text.severelyDisabled);
  const [equalStatus, equalStatusRow] = checkbox('customer-equal-status', text.equalStatus);
  const [rehabilitant, rehabilitantRow] = checkbox('customer-rehabilitant', text.rehabilitant);
  const field = (control: HTMLElement, label: string, hint?: string): HTMLElement =>
    h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ? h('span', { class: 'hint', id: `${control.id}-hint` }, hint) : null);

  const form = h('form', { class: 'stack customer-form', 'aria-labelledby': 'customer-form-heading', novalidate: true },
    h('h2', { id: 'customer-form-heading', class: 'visually-hidden' }, text.heading),
    field(givenName, text.givenName),
    field(familyName, text.familyName),
    field(birthDate, text.birthDate, text.birthDateHint),
    field(customerNumber, text.customerNumber, text.customerNumberHint),
    h('fieldset', {}, h('legend', {}, text.status), severelyDisabledRow, equalStatusRow, rehabilitantRow),
    h('button', { type: 'submit' }, text.save));
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
      }));
      onSaved(text.saved(customerLabel(customer)), customer.id);
    } catch (error) {
      showFieldError(form, fields, error, shell.error);
    }
  });

  replace(shell.main, heading, h('p', {}, h('a', { href: customersHref() }, text.back)), form);
  heading.focus();
}

