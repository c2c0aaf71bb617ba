import { api, json } from '../shared/api';
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { clearFieldErrors, showFieldError } from './fieldErrors';
import { Goal, GoalTerms, Option, ResourceArea } from './goalTypes';
import { CustomerCase } from './types';

type Done = (message: string) => void;

const select = (id: string, choose: string, options: Option[], required = true): HTMLSelectElement =>
  h('select', { id, name: id, required }, h('option', { value: '' }, choose), ...options.map(o => h('option', { value: o.value }, o.label)));

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) {
    control.setAttribute('aria-describedby', `${id}-hint`);
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null);
}

/** Sends the form's body; a 400 is shown by the field it names, anything else in the page's alert region. */
function submitting(form: HTMLFormElement, shell: Shell, fields: Record<string, HTMLElement>, send: () => Promise<string>, done: Done): HTMLFormElement {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      done(await send());
    } catch (error) {
      showFieldError(form, fields, error, shell.error);
    }
  });
  return form;
}

/** "Ziel vereinbaren": one resource area, the goal, the day it was agreed, and that it was agreed with the customer. */
export function agreeGoalForm(shell: Shell, customerId: string, areas: ResourceArea[], done: Done): HTMLFormElement {
  const area = select('goal-area', t('goals.agree.chooseArea'), areas.map(a => ({ value: a.id, label: a.name })));
  const description = h('textarea', { id: 'goal-description', name: 'description', rows: 3, maxlength: 1000, required: true });
  const agreedOn = h('input', { id: 'goal-agreed-on', name: 'agreedOn', type: 'date' });
  const agreed = h('input', { id: 'goal-agreed', name: 'agreedWithCustomer', type: 'checkbox' });
  const form = h('form', { class: 'stack goal-agree', 'aria-labelledby': 'goal-agree-heading', novalidate: true },
    h('h3', { id: 'goal-agree-heading' }, t('goals.agree.heading')),
    field('goal-area', t('goals.area'), area),
    field('goal-description', t('goals.description'), description),
    field('goal-agreed-on', t('goals.agree.agreedOn'), agreedOn, t('goals.agree.agreedOnHint')),
    h('div', { class: 'choice' }, agreed, h('label', { for: 'goal-agreed' }, t('goals.agree.withCustomer'))),
    h('button', { type: 'submit' }, t('goals.agree.submit')));
  const fields = { resourceArea: area, description, agreedOn, agreedWithCustomer: agreed };
  return submitting(form, shell, fields, async () => {
    await api(`/api/customers/${customerId}/goals`, json('POST', {
      resourceArea: area.value, description: description.value, agreedOn: agreedOn.value || null, agreedWithCustomer: agreed.checked,
    }));
    return t('goals.agree.done');
  }, done);
}

/** "Intervention verknüpfen": measure, counselling or referral, optionally one of the customer's referral cases. */
export function linkInterventionForm(shell: Shell, goal: Goal, terms: GoalTerms, cases: CustomerCase[], done: Done): HTMLFormElement {
  const kind = select('intervention-kind', t('goals.link.chooseKind'), terms.interventionKinds);
  const description = h('textarea', { id: 'intervention-description', name: 'description', rows: 2, maxlength: 1000, required: true });
  const referrals = cases.filter(c => c.kind === 'referral');
  const linked = select('intervention-case', t('goals.link.noCase'),
    referrals.map(c => ({ value: c.id, label: c.referral?.providerName ?? c.referral?.providerKey ?? c.id.slice(0, 8) })), false);
  const form = h('form', { class: 'stack goal-link', 'aria-labelledby': 'goal-link-heading', novalidate: true },
    h('h3', { id: 'goal-link-heading' }, t('goals.link.heading')),
    field('intervention-kind', t('goals.link.kind'), kind),
    field('intervention-description', t('goals.link.description'), description),
    referrals.length > 0 ? field('intervention-case', t('goals.link.case'), linked) : null,
    h('button', { type: 'submit' }, t('goals.link.submit')));
  const fields = { kind, description, caseId: linked };
  return submitting(form, shell, fields, async () => {
    await api(`/api/customers/${goal.customerId}/goals/${goal.id}/interventions`, json('POST', {
      kind: kind.value, description: description.value, caseId: linked.value || null,
    }));
    return t('goals.link.done');
  }, done);
}

/** "Überprüfen": strengthened or not; for "not strengthened" the decision (keep, adjust, end) and the reasons. */
export function reviewGoalForm(shell: Shell, goal: Goal, terms: GoalTerms, done: Done): HTMLFormElement {
  const outcomes = terms.outcomes.map(o => {
    const id = `review-outcome-${o.value}`;
    return { value: o.value, box: h('input', { id, name: 'outcome', type: 'radio', value: o.value }), label: h('label', { for: id }, o.label) };
  });
  const decision = select('review-decision', t('goals.review.chooseDecision'), terms.decisions, false);
  const note = h('textarea', { id: 'review-note', name: 'note', rows: 3, maxlength: 2000 });
  const form = h('form', { class: 'stack goal-review', 'aria-labelledby': 'goal-review-heading', novalidate: true },
    h('h3', { id: 'goal-review-heading' }, t('goals.review.heading')),
    h('fieldset', {}, h('legend', {}, t('goals.review.outcome')), ...outcomes.map(o => h('div', { class: 'choice' }, o.box, o.label))),
    field('review-decision', t('goals.review.decision'), decision, t('goals.review.decisionHint')),
    field('review-note', t('goals.review.note'), note, t('goals.review.noteHint')),
    h('button', { type: 'submit' }, t('goals.review.submit')));
  const fields = { outcome: outcomes[0]?.box ?? decision, decision, note };
  return submitting(form, shell, fields, async () => {
    const outcome = outcomes.find(o => o.box.checked)?.value ?? '';
    await api(`/api/customers/${goal.customerId}/goals/${goal.id}/review`, json('POST', {
      outcome, decision: decision.value || null, note: note.value || null,
    }));
    return t('goals.review.done');
  }, done);
}
