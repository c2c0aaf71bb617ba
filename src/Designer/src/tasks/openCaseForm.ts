import { api, ApiError, json } from '../shared/api';
import { h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { labelOf, Vocabulary } from '../shared/vocabulary';

const text = {
  heading: 'Fall eröffnen',
  kind: 'Fallart',
  choose: 'Bitte wählen',
  opensBy: (role: string) => `eröffnet: ${role}`,
  hint: 'Mit dem Fall startet der Standardablauf seiner Fallart.',
  open: 'Fall eröffnen',
  opened: (kind: string) => `Fall „${kind}“ eröffnet.`,
  refused: (title: string) => `Nicht eröffnet: ${title}`,
};

/** "Fall eröffnen" for a customer: the kinds the caller's roles open first; a refusal stays by the form (role=alert). */
export function openCaseForm(
  shell: Shell, customerId: string, terms: Vocabulary, opened: (message: string, caseId: string) => void): HTMLFormElement {
  const kindOf = (kind: string) => terms.caseKinds.find(k => k.value === kind);
  const mayOpen = terms.caseKinds.filter(k => session.hasRole(k.creatorRole));
  const roleLabel = (role: string) => labelOf(terms.roles, role);
  const kind = h('select', { id: 'open-kind', name: 'kind', required: true, 'aria-describedby': 'open-kind-hint' },
    h('option', { value: '' }, text.choose),
    ...(mayOpen.length > 0 ? mayOpen : terms.caseKinds).map(k => h('option', { value: k.value }, `${k.label} (${text.opensBy(roleLabel(k.creatorRole))})`)));
  const refusal = h('div', { class: 'form-refusal message message-error', role: 'alert', id: 'open-refusal', hidden: true });
  const form = h('form', { class: 'stack open-case', 'aria-labelledby': 'open-heading' },
    h('h2', { id: 'open-heading' }, text.heading),
    h('div', { class: 'field' }, h('label', { for: 'open-kind' }, text.kind), kind,
      h('span', { class: 'hint', id: 'open-kind-hint' }, text.hint)),
    refusal,
    h('button', { type: 'submit' }, text.open));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    refusal.hidden = true;
    replace(refusal);
    try {
      const created = await api<{ id: string; kind: string }>('/api/cases', json('POST', { customerId, kind: kind.value }));
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
  return form as HTMLFormElement;
}
