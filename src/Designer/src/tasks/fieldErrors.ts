import { ApiError } from '../shared/api';
import { h } from '../shared/dom';

/**
 * Shows a 400's message next to the field it names: the control gets aria-invalid and is described by the message,
 * and takes the focus; other errors go to the page's alert region (via the fallback).
 */
export function showFieldError(form: HTMLFormElement, fields: Record<string, HTMLElement>, error: unknown, fallback: (error: unknown) => void): void {
  clearFieldErrors(form);
  fallback(error);
  if (!(error instanceof ApiError) || !error.problem.field) {
    return;
  }
  const name = error.problem.field.replace(/\[.*$/, '');
  const control = fields[error.problem.field] ?? fields[name];
  if (!control) {
    return;
  }
  const id = `${control.id}-error`;
  const message = h('span', { class: 'field-error', id }, error.problem.detail ?? error.problem.title);
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  control.insertAdjacentElement('afterend', message);
  control.focus();
}

export function clearFieldErrors(form: HTMLFormElement): void {
  for (const message of form.querySelectorAll('.field-error')) {
    const control = form.querySelector(`[aria-describedby~="${message.id}"]`);
    if (control) {
      control.removeAttribute('aria-invalid');
      const rest = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(id => id && id !== message.id);
      if (rest.length > 0) {
        control.setAttribute('aria-describedby', rest.join(' '));
      } else {
        control.removeAttribute('aria-describedby');
      }
    }
    message.remove();
  }
}
