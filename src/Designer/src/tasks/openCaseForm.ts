import { api, ApiError, json } from '../shared/api';
import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { labelOf, Vocabulary } from '../shared/vocabulary';

/** "Fall eröffnen" for a customer: the kinds the caller's roles open first; a refusal stays by the form (role=alert). */
export function openCaseForm(
  shell: Shell, customerId: string, terms: Vocabulary, opened: (message: string, caseId: string) => void): HTMLFormElement {
  const kindOf = (kind: string) => terms.caseKinds.find(k => k.value === kind);
  const mayOpen = terms.caseKinds.filter(k => session.hasRole(k.creatorRole));
  const roleLabel = (role: string) => labelOf(terms.roles, role);
  const kind = h('select', { id: 'open-kind', name: 'kind', required: true, 'aria-describedby': 'open-kind-hint' },
    h('option', { value: '' }, t('customers.openCase.choose')),
    ...(mayOpen.length > 0 ? mayOpen : terms.caseKinds).map(k => h('option', { value: k.value }, t('customers.openCase.kindOption', { kind: k.label, role: roleLabel(k.creatorRole) }))));
  const refusal = h('div', { class: 'form-refusal message message-error', role: 'alert', id: 'open-refusal', hidden: true });
  const form = h('form', { class: 'stack open-case', 'aria-labelledby': 'open-heading' },
    h('h2', { id: 'open-heading' }, t('customers.openCase.heading')),
    h('div', { class: 'field' }, h('label', { for: 'open-kind' }, t('customers.openCase.kind')), kind,
      h('span', { class: 'hint', id: 'open-kind-hint' }, t('customers.openCase.hint'))),
    refusal,
    h('button', { type: 'submit' }, t('customers.openCase.open')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    refusal.hidden = true;
    replace(refusal);
    try {
      const created = await api<{ id: string; kind: string }>('/api/cases', json('POST', { customerId, kind: kind.value }));
      opened(t('customers.openCase.opened', { kind: kindOf(created.kind)?.label ?? created.kind }), created.id);
    } catch (error) {
      if (!(error instanceof ApiError) || error.problem.status >= 500) {
        shell.error(error);
        return;
      }
      refusal.hidden = false;
      replace(refusal, h('strong', {}, t('customers.openCase.refused', { title: error.problem.title })), h('p', {}, error.problem.detail ?? ''));
    }
  });
  return form as HTMLFormElement;
}
