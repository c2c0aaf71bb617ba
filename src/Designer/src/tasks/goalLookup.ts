import { api } from '../shared/api';
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { InputField } from '../shared/vocabulary';
import { Goal } from './goalTypes';

/**
 * A field with `lookup: 'goals'` (the plan's goalLinks): the customer's fa:z development goals as checkboxes, each by
 * resource area, goal and state, never by id; only active goals can be linked, past ones are shown disabled.
 * Null when the goals cannot be read (then the form falls back to typing).
 */
export async function goalLookupField(field: InputField, id: string, customerId: string, hintId: string | null, hint: HTMLElement | null): Promise<[HTMLElement, () => string[]] | null> {
  let goals: Goal[];
  try {
    goals = await api<Goal[]>(`/api/customers/${customerId}/goals?pageSize=50`);
  } catch {
    return null;
  }
  const boxes = goals.map((goal, index) => {
    const boxId = `${id}-${index}`;
    const words = `${goal.resourceAreaName}: ${goal.description}`;
    const active = goal.status === 'active';
    const box = h('input', { type: 'checkbox', id: boxId, name: field.name, value: goal.id, disabled: !active });
    const label = active ? `${words} (${goal.statusLabel})` : t('cases.form.goalEnded', { goal: words, status: goal.statusLabel });
    return [box, h('div', { class: 'choice' }, box, h('label', { for: boxId }, label))] as const;
  });
  const set = h('fieldset', { class: 'goal-lookup', 'aria-describedby': hintId },
    h('legend', {}, field.label),
    ...(boxes.length > 0 ? boxes.map(([, row]) => row) : [h('p', {}, t('cases.form.goalsNone'))]),
    hint);
  return [set, () => boxes.filter(([box]) => box.checked).map(([box]) => box.value)];
}
