import { api } from '../shared/api';
import { h } from '../shared/dom';
import { vocabulary } from '../shared/vocabulary';
import { Field, FormDefinition, Options } from './formRegistry';

/** The options as value/label pairs: fixed ones, or a list of the server's vocabulary. */
async function optionsOf(options: Options): Promise<[string, string][]> {
  return typeof options === 'string' ? (await vocabulary())[options].map(o => [o.value, o.label]) : options;
}

/** A rendered form part: its element and how to read the variables from it. */
export interface FormPart {
  element: HTMLElement;
  read(): Record<string, unknown>;
}

let counter = 0;
const nextId = (name: string): string => `f-${name}-${++counter}`;

/** The labelled fields of a known form. Empty optional fields are left out of the variables. */
export async function knownForm(definition: FormDefinition): Promise<FormPart> {
  const readers: (() => [string, unknown] | null)[] = [];
  const fieldset = h('fieldset', {}, h('legend', {}, definition.title));
  for (const field of definition.fields) {
    const [element, read] = await renderField(field);
    fieldset.append(element);
    readers.push(read);
  }
  if (definition.fields.length === 0) {
    fieldset.append(h('p', { class: 'hint' }, 'Dieses Formular hat keine Felder (no fields).'));
  }
  return {
    element: fieldset,
    read: () => Object.fromEntries(readers.map(r => r()).filter((e): e is [string, unknown] => e !== null)),
  };
}

async function renderField(field: Field): Promise<[HTMLElement, () => [string, unknown] | null]> {
  const id = nextId(field.name);
  const hintId = `${id}-hint`;
  const hint = 'hint' in field && field.hint ? h('span', { class: 'hint', id: hintId }, field.hint) : null;
  const described = hint ? hintId : null;
  switch (field.kind) {
    case 'checkbox': {
      const input = h('input', { type: 'checkbox', id, name: field.name, 'aria-describedby': described });
      return [h('div', { class: 'choice' }, input, h('label', { for: id }, field.label), hint), () => [field.name, input.checked]];
    }
    case 'select': {
      const select = h('select', { id, name: field.name, required: field.required, 'aria-describedby': described },
        h('option', { value: '' }, field.required ? 'Bitte wählen (choose)' : '– keine Angabe (none) –'),
        ...(await optionsOf(field.options)).map(([value, label]) => h('option', { value }, label)));
      return [h('div', { class: 'field' }, h('label', { for: id }, field.label), select, hint),
        () => (select.value ? [field.name, select.value] : null)];
    }
    case 'date': {
      const input = h('input', { type: 'date', id, name: field.name, required: field.required, 'aria-describedby': described });
      return [h('div', { class: 'field' }, h('label', { for: id }, field.label), input, hint),
        () => (input.value ? [field.name, input.value] : null)];
    }
    case 'text': {
      const input = field.multiline
        ? h('textarea', { id, name: field.name, rows: 3, required: field.required, 'aria-describedby': described })
        : h('input', { type: 'text', id, name: field.name, required: field.required, 'aria-describedby': described });
      return [h('div', { class: 'field' }, h('label', { for: id }, field.label), input, hint),
        () => (input.value.trim() ? [field.name, input.value.trim()] : null)];
    }
    case 'choices': {
      const boxes = (await optionsOf(field.options)).map(([value, label]) => {
        const boxId = `${id}-${value}`;
        const box = h('input', { type: 'checkbox', id: boxId, name: field.name, value });
        return [box, h('div', { class: 'choice' }, box, h('label', { for: boxId }, label))] as const;
      });
      return [h('fieldset', {}, h('legend', {}, field.label), ...boxes.map(([, row]) => row)),
        () => [field.name, boxes.filter(([box]) => box.checked).map(([box]) => box.value)]];
    }
    case 'provider': {
      const providers = await api<{ key: string; name: string }[]>('/api/providers?pageSize=200').catch(() => []);
      const control = providers.length > 0
        ? h('select', { id, name: field.name, required: true },
            h('option', { value: '' }, 'Bitte wählen (choose)'),
            ...providers.map(p => h('option', { value: p.key }, `${p.name} (${p.key})`)))
        : h('input', { type: 'text', id, name: field.name, required: true });
      return [h('div', { class: 'field' }, h('label', { for: id }, field.label), control),
        () => (control.value ? [field.name, control.value] : null)];
    }
  }
}

/**
 * The generic editor for tasks without a known form: name/value rows; a value is read as JSON
 * (true, 12, "Text", {"a":1}) and, when it is no JSON, as text.
 */
export function genericForm(): FormPart {
  const rows = h('div', { class: 'stack' });
  const addRow = (focus: boolean): void => {
    const index = ++counter;
    const name = h('input', { type: 'text', id: `var-name-${index}`, autocomplete: 'off' });
    const value = h('input', { type: 'text', id: `var-value-${index}`, autocomplete: 'off', 'aria-describedby': 'generic-hint' });
    const row = h('div', { class: 'row generic-row' },
      h('div', { class: 'field' }, h('label', { for: name.id }, `Name der Variable ${rows.children.length + 1} (variable name)`), name),
      h('div', { class: 'field' }, h('label', { for: value.id }, `Wert ${rows.children.length + 1} als JSON (value)`), value),
      h('button', { type: 'button', class: 'secondary', onclick: () => { row.remove(); addButton.focus(); } },
        'Entfernen (remove)', h('span', { class: 'visually-hidden' }, ` Variable ${rows.children.length + 1}`)));
    rows.append(row);
    if (focus) {
      name.focus();
    }
  };
  const addButton = h('button', { type: 'button', class: 'secondary', onclick: () => addRow(true) }, 'Variable hinzufügen (add variable)');
  addRow(false);
  const element = h('fieldset', { class: 'stack' },
    h('legend', {}, 'Variablen (variables)'),
    h('p', { class: 'hint', id: 'generic-hint' }, 'Für diese Aufgabe gibt es kein eigenes Formular. Werte als JSON, z. B. true, 12, "Text" oder ["a","b"]; anderer Text wird als Text übernommen. Leere Zeilen werden ignoriert.'),
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
