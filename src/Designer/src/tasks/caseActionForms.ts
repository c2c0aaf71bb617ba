import { api, ApiError, json } from '../shared/api';
import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { ActionSchema, Lifecycle } from '../shared/vocabulary';
import { schemaForm } from './schemaForm';
import { CaseItem } from './types';

/** The case's actions: a form generated from its schema for each allowed one, and why the others are not possible now. */
export async function caseActions(shell: Shell, kase: CaseItem, lifecycle: Lifecycle, rerender: () => void): Promise<HTMLElement[]> {
  const schemaOf = (action: string): ActionSchema | undefined => lifecycle.actions.find(a => a.action === action);
  const allowed = kase.allowedActions.filter(a => a.allowed);
  const forms = await Promise.all(allowed.map(a => actionForm(shell, kase, schemaOf(a.action) ?? fallback(a.action), rerender)));
  const notNow = kase.allowedActions.filter(a => !a.allowed);
  const table = notNow.length > 0
    ? h('details', { class: 'not-now' }, h('summary', {}, t(notNow.length === 1 ? 'cases.actions.notNowOne' : 'cases.actions.notNowMany', { count: notNow.length })), h('table', {},
        h('caption', {}, t('cases.actions.notNowCaption')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('cases.actions.action')), h('th', { scope: 'col' }, t('cases.actions.why')))),
        h('tbody', {}, ...notNow.map(a => h('tr', {},
          h('th', { scope: 'row' }, schemaOf(a.action)?.label ?? a.action),
          h('td', {}, h('ul', {}, ...a.reasons.map(r => h('li', {}, r)))))))))
    : null;
  return [h('h2', {}, t('cases.actions.heading')), ...(forms.length > 0 ? forms : [h('p', {}, t('cases.actions.none'))]), ...(table ? [table] : [])];
}

function fallback(action: string): ActionSchema {
  return { action, label: action, roles: [], roleNames: [], fields: [] };
}

async function actionForm(shell: Shell, kase: CaseItem, schema: ActionSchema, rerender: () => void): Promise<HTMLElement> {
  const prefix = `act-${schema.action}`;
  const headingId = `${prefix}-heading`;
  const generated = await schemaForm(schema.fields, prefix, { customerId: kase.customerId });
  const refusal = h('div', { class: 'form-refusal message message-error', role: 'alert', id: `${prefix}-refusal`, hidden: true });
  const button = h('button', { type: 'submit' }, t('cases.actions.take', { action: schema.label }));
  const form = h('form', { class: 'stack action-form', 'aria-labelledby': headingId, 'data-action': schema.action },
    h('h3', { id: headingId }, schema.label),
    generated.element,
    refusal,
    button);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    refusal.hidden = true;
    replace(refusal);
    try {
      await api(`/api/cases/${kase.id}/actions/${encodeURIComponent(schema.action)}`,
        json('POST', { ...generated.read(), version: kase.version }));
      shell.status(t('cases.actions.done', { action: schema.label }));
      rerender();
    } catch (error) {
      if (!(error instanceof ApiError) || ![400, 403, 409].includes(error.problem.status)) {
        shell.error(error);
        return;
      }
      const { title, detail, unmetGuards, field } = error.problem;
      const reasons = (unmetGuards ?? []).map(guard => guard.message);
      const fieldLabel = field ? schema.fields.find(f => f.path === field)?.label ?? field : null;
      refusal.hidden = false;
      replace(refusal,
        h('strong', {}, t('cases.actions.refused', { title })),
        reasons.length > 0 ? h('ul', {}, ...reasons.map(reason => h('li', {}, reason))) : h('p', {}, detail ?? ''),
        fieldLabel ? h('p', {}, t('cases.actions.field', { field: fieldLabel })) : null,
        h('p', {}, t('cases.actions.unchanged')));
    }
  });
  return form;
}
