import { api, json } from '../shared/api';
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { InstanceItem } from './types';

type Incident = InstanceItem['incidents'][number];

/**
 * What a caseworker can do about an instance in incident: per open incident the message and a retry form
 * (variables as name/value fields, no raw JSON) and a skip form (go on at a chosen element, with a reason), and for the
 * instance a cancel form with a reason and a confirm step.
 */
export function incidentActions(shell: Shell, instance: InstanceItem, done: () => void): HTMLElement | null {
  const open = instance.incidents.filter(i => !i.resolvedAt);
  if (open.length === 0) {
    return null;
  }
  return h('div', { class: 'incident-actions stack' },
    ...open.flatMap(incident => [retryForm(shell, instance, incident, done), skipForm(shell, instance, incident, done)]),
    cancelForm(shell, instance, done));
}

/** A value as typed: true/false, null and numbers become JSON values, everything else stays text. */
export function valueOf(text: string): unknown {
  const trimmed = text.trim();
  if (/^(true|false|null)$/.test(trimmed) || /^-?\d+(\.\d+)?$/.test(trimmed)) {
    return JSON.parse(trimmed);
  }
  return text;
}

function retryForm(shell: Shell, instance: InstanceItem, incident: Incident, done: () => void): HTMLFormElement {
  const prefix = `retry-${incident.id}`;
  const rows = h('div', { class: 'stack' });
  let count = 0;
  const addRow = (): HTMLInputElement => {
    count++;
    const name = h('input', { id: `${prefix}-name-${count}`, name: 'name', type: 'text', autocomplete: 'off' });
    const value = h('input', { id: `${prefix}-value-${count}`, name: 'value', type: 'text', autocomplete: 'off', 'aria-describedby': `${prefix}-hint` });
    rows.append(h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: name.id }, t('incidents.variableName', { number: count })), name),
      h('div', { class: 'field' }, h('label', { for: value.id }, t('incidents.variableValue', { number: count })), value)));
    return name;
  };
  addRow();
  const form = h('form', { class: 'stack incident', 'aria-labelledby': `${prefix}-heading` },
    h('h4', { id: `${prefix}-heading` }, t('incidents.at', { element: incident.elementId })),
    h('p', { class: 'incident-message' }, incident.message),
    h('p', { class: 'hint', id: `${prefix}-hint` }, t('incidents.retryHint')),
    rows,
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'secondary', onclick: () => addRow().focus() }, t('incidents.addVariable')),
      h('button', { type: 'submit' }, t('incidents.retry'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const variables: Record<string, unknown> = {};
    const names = [...rows.querySelectorAll<HTMLInputElement>('input[name=name]')];
    const values = [...rows.querySelectorAll<HTMLInputElement>('input[name=value]')];
    names.forEach((name, index) => {
      if (name.value.trim()) {
        variables[name.value.trim()] = valueOf(values[index].value);
      }
    });
    try {
      await api(`/api/instances/${instance.id}/incidents/${incident.id}/retry`, json('POST', { variables }));
      shell.status(t('incidents.retried', { element: incident.elementId }));
      done();
    } catch (error) {
      shell.error(error);
    }
  });
  return form;
}

function skipForm(shell: Shell, instance: InstanceItem, incident: Incident, done: () => void): HTMLFormElement {
  const prefix = `skip-${incident.id}`;
  const target = h('select', { id: `${prefix}-target`, name: 'toElementId', required: true },
    ...instance.skipTargets.map(target => h('option', { value: target.id }, `${target.name} (${target.id})`)));
  const reason = h('input', { id: `${prefix}-reason`, name: 'reason', type: 'text', required: true, autocomplete: 'off' });
  const form = h('form', { class: 'stack', 'aria-labelledby': `${prefix}-heading` },
    h('h4', { id: `${prefix}-heading` }, t('incidents.skipHeading', { element: incident.elementId })),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: target.id }, t('incidents.continueAt')), target),
      h('div', { class: 'field' }, h('label', { for: reason.id }, t('incidents.reason')), reason)),
    h('button', { type: 'submit', class: 'secondary' }, t('incidents.skip')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api(`/api/instances/${instance.id}/incidents/${incident.id}/skip`, json('POST', { toElementId: target.value, reason: reason.value.trim() }));
      shell.status(t('incidents.skipped', { element: target.value }));
      done();
    } catch (error) {
      shell.error(error);
    }
  });
  return form;
}

function cancelForm(shell: Shell, instance: InstanceItem, done: () => void): HTMLFormElement {
  const prefix = `cancel-${instance.id}`;
  const reason = h('textarea', { id: `${prefix}-reason`, name: 'reason', rows: 2, required: true });
  const confirm = h('div', { class: 'row confirm', hidden: true },
    h('p', { id: `${prefix}-confirm` }, t('incidents.cancelConfirm')),
    h('button', { type: 'submit', class: 'danger', 'aria-describedby': `${prefix}-confirm` }, t('incidents.cancelYes')),
    h('button', { type: 'button', class: 'secondary', onclick: () => { confirm.hidden = true; ask.hidden = false; ask.focus(); } }, t('incidents.cancelNo')));
  const ask = h('button', { type: 'button', class: 'secondary' }, t('incidents.cancelAsk'));
  ask.addEventListener('click', () => {
    if (!reason.value.trim()) {
      shell.error(new Error(t('incidents.reasonRequired')));
      reason.focus();
      return;
    }
    ask.hidden = true;
    confirm.hidden = false;
    confirm.querySelector<HTMLButtonElement>('button')?.focus();
  });
  const form = h('form', { class: 'stack', 'aria-labelledby': `${prefix}-heading` },
    h('h4', { id: `${prefix}-heading` }, t('incidents.cancelHeading')),
    h('div', { class: 'field' }, h('label', { for: reason.id }, t('incidents.reason')), reason),
    ask, confirm);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api(`/api/instances/${instance.id}/cancel`, json('POST', { reason: reason.value.trim() }));
      shell.status(t('incidents.cancelled'));
      done();
    } catch (error) {
      shell.error(error);
    }
  });
  return form;
}
