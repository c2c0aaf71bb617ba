import { ApiError } from '../shared/api';
import { h, replace } from '../shared/dom';

/**
 * Why a task's completion was refused, shown inside its form: a task bound to a case action answers 409 with the
 * lifecycle's unmet guards (each with its German reason) or 400 naming a field. The region is role=alert, so screen
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
      h('strong', {}, `Nicht erledigt: ${title}`),
      reasons.length > 0 ? h('ul', {}, ...reasons.map(reason => h('li', {}, reason))) : h('p', {}, detail ?? ''),
      field ? h('p', {}, `Feld (field): ${field}`) : null,
      h('p', {}, 'Die Aufgabe bleibt offen (the task stays open).'));
    return true;
  };
  clear();
  return { element, show, clear };
}
