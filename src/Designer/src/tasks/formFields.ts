import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { Field, FormDefinition } from './formRegistry';

/** A rendered form part: its element and how to read the variables from it. */
export interface FormPart {
  element: HTMLElement;
  read(): Record<string, unknown>;
}

let counter = 0;
const nextId = (name: string): string => `f-${name}-${++counter}`;

/** The labelled fields of a registered form. Empty optional fields are left out of the variables. */
export function knownForm(definition: FormDefinition): FormPart {
  const parts = definition.fields.map(renderField);
  const fieldset = h('fieldset', {}, h('legend', {}, t(definition.title)), ...parts.map(([element]) => element));
  return {
    element: fieldset,
    read: () => Object.fromEntries(parts.map(([, read]) => read()).filter((e): e is [string, unknown] => e !== null)),
  };
}

function renderField(field: Field): [HTMLElement, () => [string, unknown] | null] {
  const id = nextId(field.name);
  const label = h('label', { for: id }, t(field.label));
  switch (field.kind) {
    case 'checkbox': {
      const input = h('input', { type: 'checkbox', id, name: field.name });
      return [h('div', { class: 'choice' }, input, label), () => [field.name, input.checked]];
    }
    case 'select': {
      const select = h('select', { id, name: field.name, required: field.required },
        h('option', { value: '' }, t(field.required ? 'tasks.form.choose' : 'tasks.form.none')),
        ...field.options.map(([value, key]) => h('option', { value }, t(key))));
      return [h('div', { class: 'field' }, label, select), () => (select.value ? [field.name, select.value] : null)];
    }
    case 'date': {
      const input = h('input', { type: 'date', id, name: field.name, required: field.required });
      return [h('div', { class: 'field' }, label, input), () => (input.value ? [field.name, input.value] : null)];
    }
    case 'text': {
      const input = field.multiline
        ? h('textarea', { id, name: field.name, rows: 3, required: field.required })
        : h('input', { type: 'text', id, name: field.name, required: field.required });
      return [h('div', { class: 'field' }, label, input), () => (input.value.trim() ? [field.name, input.value.trim()] : null)];
    }
  }
}

/**
 * The generic editor for tasks without a form: name/value rows; a value is read as JSON
 * (true, 12, "Text", {"a":1}) and, when it is no JSON, as text.
 */
export function genericForm(): FormPart {
  const rows = h('div', { class: 'stack' });
  const addRow = (focus: boolean): void => {
    const index = ++counter;
    const number = rows.children.length + 1;
    const name = h('input', { type: 'text', id: `var-name-${index}`, autocomplete: 'off' });
    const value = h('input', { type: 'text', id: `var-value-${index}`, autocomplete: 'off', 'aria-describedby': 'generic-hint' });
    const row = h('div', { class: 'row generic-row' },
      h('div', { class: 'field' }, h('label', { for: name.id }, t('tasks.form.variableName', { number })), name),
      h('div', { class: 'field' }, h('label', { for: value.id }, t('tasks.form.variableValue', { number })), value),
      h('button', { type: 'button', class: 'secondary', onclick: () => { row.remove(); addButton.focus(); } },
        t('tasks.form.removeVariable'), h('span', { class: 'visually-hidden' }, ` ${t('tasks.form.variableNumber', { number })}`)));
    rows.append(row);
    if (focus) {
      name.focus();
    }
  };
  const addButton = h('button', { type: 'button', class: 'secondary', onclick: () => addRow(true) }, t('tasks.form.addVariable'));
  addRow(false);
  const element = h('fieldset', { class: 'stack' },
    h('legend', {}, t('tasks.form.variables')),
    h('p', { class: 'hint', id: 'generic-hint' }, t('tasks.form.genericHint')),
    rows,
    addButton);
  return {
    element,
    read() {
      const variables: Record<string, unknown> = {};
      for (const row of rows.querySelectorAll('.generic-row')) {
        const [name, value] = [...row.querySelectorAll('input')].map(i => i.value.trim());
        if (!name) {
          continue;
        }
        try {
          variables[name] = value === '' ? null : JSON.parse(value);
        } catch {
          variables[name] = value;
        }
      }
      return variables;
    },
  };
}
