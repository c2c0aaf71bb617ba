import { api, ApiError, json } from '../shared/api';
import { h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { labelOf, vocabulary } from '../shared/vocabulary';
import { customerFacts, customerName } from './customerFacts';
import { caseHref, inboxHref } from './routes';
import { Customer, CustomerCase } from './types';

const text = {
  heading: (who: string) => `Kundin/Kunde ${who}`,
  back: 'Zurück zu den Aufgaben',
  cases: 'Fälle',
  casesCaption: 'Fälle der Kundin/des Kunden',
  kind: 'Fallart',
  state: 'Zustand',
  main: 'Zuständig',
  noCases: 'Noch keine Fälle.',
  openHeading: 'Fall eröffnen',
  openKind: 'Fallart',
  choose: 'Bitte wählen',
  opensBy: (role: string) => `eröffnet: ${role}`,
  openHint: 'Mit dem Fall startet der Standardablauf seiner Fallart.',
  open: 'Fall eröffnen',
  opened: (kind: string) => `Fall „${kind}“ eröffnet.`,
  refused: (title: string) => `Nicht eröffnet: ${title}`,
};

/** A customer (#/customer/<id>): the customer's facts, cases, and the form that opens a case of a kind. */
export async function renderCustomerPage(shell: Shell, id: string, opened: (message: string, caseId: string) => void): Promise<void> {
  const [customer, cases, terms] = await Promise.all([
    api<Customer>(`/api/customers/${id}`),
    api<CustomerCase[]>(`/api/customers/${id}/cases`),
    vocabulary(),
  ]);
  const heading = shell.heading(text.heading(customerName(customer) ?? customer.customerNumber));
  const kindOf = (kind: string) => terms.caseKinds.find(k => k.value === kind);
  const caseTable = cases.length > 0
    ? h('table', {},
        h('caption', {}, text.casesCaption),
        h('thead', {}, h('tr', {}, ...[text.kind, text.state, text.main].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...cases.map(c => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: caseHref(c.id) }, kindOf(c.kind)?.label ?? c.kind)),
          h('td', {}, labelOf(kindOf(c.kind)?.states ?? [], c.state)),
          h('td', {}, c.mainCaseworker)))))
    : h('p', {}, text.noCases);

  const mayOpen = terms.caseKinds.filter(k => session.hasRole(k.creatorRole));
  const roleLabel = (role: string) => labelOf(terms.roles, role);
  const kind = h('select', { id: 'open-kind', name: 'kind', required: true, 'aria-describedby': 'open-kind-hint' },
    h('option', { value: '' }, text.choose),
    ...(mayOpen.length > 0 ? mayOpen : terms.caseKinds).map(k => h('option', { value: k.value }, `${k.label} (${text.opensBy(roleLabel(k.creatorRole))})`)));
  const refusal = h('div', { class: 'form-refusal message message-error', role: 'alert', id: 'open-refusal', hidden: true });
  const form = h('form', { class: 'stack open-case', 'aria-labelledby': 'open-heading' },
    h('h2', { id: 'open-heading' }, text.openHeading),
    h('div', { class: 'field' }, h('label', { for: 'open-kind' }, text.openKind), kind,
      h('span', { class: 'hint', id: 'open-kind-hint' }, text.openHint)),
    refusal,
    h('button', { type: 'submit' }, text.open));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    refusal.hidden = true;
    replace(refusal);
    try {
      const created = await api<{ id: string; kind: string }>('/api/cases', json('POST', { customerId: id, kind: kind.value }));
      opened(text.opened(kindOf(created.kind)?.label ?? created.kind), created.id);
    } catch (error) {
      if (!(error instanceof ApiError) || error.problem.status >= 500) {
        shell.error(error);
        return;
      }
      refusal.hidden = false;
      replace(refusal, h('strong', {}, text.refused(error.problem.title)), h('p', {}, error.problem.detail ?? ''));
    }
  });

  replace(shell.main, heading,
    h('p', {}, h('a', { href: inboxHref() }, text.back)),
    customerFacts(customer, terms),
    h('h2', {}, text.cases), caseTable,
    form);
  heading.focus();
}
