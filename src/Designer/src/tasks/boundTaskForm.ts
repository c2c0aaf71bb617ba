import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { ActionSchema, lifecycle } from '../shared/vocabulary';
import { FormPart } from './formFields';
import { schemaForm } from './schemaForm';

/** The variable that names the chosen action when a task is bound to several (the Host's BoundTaskCompletion reads it). */
const ActionVariable = 'caseAction';

/**
 * The form of a task bound to case actions, generated from the actions' schemas (GET /api/lifecycles/{kind}) like the
 * case page's action forms. With several actions a decision (`caseAction`, the actions' labels) comes first and only the
 * chosen action's fields are shown and sent; the others are hidden and disabled, so their required fields do not block.
 * The variables are what the Host maps to the action: `reason`, `note`, and the data fields by name.
 */
export async function boundTaskForm(kind: string, actions: string[], customerId?: string): Promise<FormPart> {
  const schemas = (await lifecycle(kind)).actions;
  const schemaOf = (action: string): ActionSchema =>
    schemas.find(s => s.action === action) ?? { action, label: action, roles: [], roleNames: [], fields: [] };
  const parts = await Promise.all(actions.map(async action => {
    const schema = schemaOf(action);
    const generated = await schemaForm(schema.fields, `task-${action}`, { customerId });
    const several = actions.length > 1;
    const set = h('fieldset', { class: 'stack', 'data-action': action, hidden: several, disabled: several },
      h('legend', {}, schema.label),
      schema.fields.length === 0 ? h('p', { class: 'hint' }, t('tasks.form.noFields')) : null,
      generated.element);
    return { action, set, generated };
  }));

  if (parts.length === 1) {
    const [only] = parts;
    return { element: only.set, read: () => flatten(only.generated.read()) };
  }

  const choiceId = 'task-case-action';
  const choice = h('select', { id: choiceId, name: ActionVariable, required: true, 'aria-describedby': `${choiceId}-hint` },
    h('option', { value: '' }, t('tasks.form.choose')),
    ...parts.map(p => h('option', { value: p.action }, schemaOf(p.action).label)));
  const show = (): void => {
    for (const part of parts) {
      const chosen = part.action === choice.value;
      part.set.hidden = !chosen;
      part.set.disabled = !chosen;
    }
  };
  choice.addEventListener('change', show);
  const element = h('div', { class: 'stack' },
    h('div', { class: 'field' },
      h('label', { for: choiceId }, t('tasks.form.decision')),
      choice,
      h('span', { class: 'hint', id: `${choiceId}-hint` }, t('tasks.form.decisionHint'))),
    ...parts.map(p => p.set));
  return {
    element,
    read() {
      const chosen = parts.find(p => p.action === choice.value);
      return chosen ? { ...flatten(chosen.generated.read()), [ActionVariable]: chosen.action } : {};
    },
  };
}

/** The action's request as completion variables: data fields by name, `reason` and `note` beside them. */
function flatten({ reason, note, data }: { reason?: string; note?: string; data: Record<string, unknown> }): Record<string, unknown> {
  return { ...data, ...(reason !== undefined ? { reason } : {}), ...(note !== undefined ? { note } : {}) };
}
