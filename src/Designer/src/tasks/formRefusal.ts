import { ApiError } from '../shared/api';
import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';

/**
 * Why a task's completion was refused, shown inside its form: a task bound to a case action answers 409 with the
 * lifecycle's unmet guards (each with its reason in the chosen language) or 400 naming a field. The region is role=alert, so screen
 * readers announce it; the form keeps its values and the task stays open.
 */
export function refusalRegion(): { element: HTMLElement; show: (error: unknown) => boolean; clear: () => void } {
  const element = h('div', { class: 'form-refusal message message-error', role: 'alert', id: 'task-refusal' });
  const clear = (): void => {
    replace(element);
    element.hidden = true;
  };
  const show = (error: unknown): boolean => {
    if (!(error instanceof ApiError) || (error.problem.status !== 409 && error.problem.status !== 400)) {
      return false;
    }
    const { title, detail, unmetGuards, field } = error.problem;
    const reasons = (unmetGuards ?? []).map(guard => guard.message);
    element.hidden = false;
    replace(element,
      h('strong', {}, t('tasks.refusal.notDone', { title })),
      reasons.length > 0 ? h('ul', {}, ...reasons.map(reason => h('li', {}, reason))) : h('p', {}, detail ?? ''),
      field ? h('p', {}, t('tasks.refusal.field', { field })) : null,
      h('p', {}, t('tasks.refusal.staysOpen')));
    return true;
  };
  clear();
  return { element, show, clear };
}
