import { api } from '../shared/api';
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { InputField } from '../shared/vocabulary';
import { goalLookupField } from './goalLookup';

/** A form generated from an action's input schema: its fields and how to read the action's request from them. */
export interface SchemaForm {
  element: HTMLElement;
  read(): { reason?: string; note?: string; data: Record<string, unknown> };
}

type Reader = () => [InputField, unknown] | null;

/** What lookups need to know: the case's customer (for `lookup: 'goals'`). */
export interface SchemaContext {
  customerId?: string;
}

/** Renders the fields of an action schema (ids start with `prefix`), plus a note; empty optional fields are left out. */
export async function schemaForm(fields: InputField[], prefix: string, context: SchemaContext = {}): Promise<SchemaForm> {
  const parts = await Promise.all(fields.map(field => renderField(field, `${prefix}-${field.name}`, context)));
  const noteId = `${prefix}-note`;
  const note = h('textarea', { id: noteId, name: 'note', rows: 2, maxlength: 2000, 'aria-describedby': `${noteId}-hint` });
  const element = h('div', { class: 'stack' },
    ...parts.map(([part]) => part),
    h('div', { class: 'field' }, h('label', { for: noteId }, t('cases.form.note')), note, h('span', { class: 'hint', id: `${noteId}-hint` }, t('cases.form.noteHint'))));
  return {
    element,
    read() {
      const data: Record<string, unknown> = {};
      let reason: string | undefined;
      for (const [, read] of parts) {
        const entry = read();
        if (!entry) {
          continue;
        }
        const [field, value] = entry;
        if (field.location === 'Reason') {
          reason = String(value);
        } else {
          data[field.name] = value;
        }
      }
      return { reason, note: note.value.trim() || undefined, data };
    },
  };
}

async function renderField(field: InputField, id: string, context: SchemaContext): Promise<[HTMLElement, Reader]> {
  const hints = [field.hint, field.type === 'Text' && field.maxLength ? t('cases.form.maxLength', { count: field.maxLength }) : null].filter(Boolean).join(' ');
  const hintId = `${id}-hint`;
  const hint = hints ? h('span', { class: 'hint', id: hintId }, hints) : null;
  const common = { id, name: field.name, required: field.required, 'aria-describedby': hint ? hintId : null };
  const label = h('label', { for: id }, field.label, field.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : '');
  const wrap = (control: HTMLElement): HTMLElement => h('div', { class: 'field' }, label, control, hint);
  switch (field.type) {
    case 'Boolean': {
      const input = h('input', { type: 'checkbox', id, name: field.name, 'aria-describedby': hint ? hintId : null });
      return [h('div', { class: 'choice' }, input, h('label', { for: id }, field.label), hint), () => [field, input.checked]];
    }
    case 'Date': {
      const input = h('input', { ...common, type: 'date' });
      return [wrap(input), () => (input.value ? [field, input.value] : null)];
    }
    case 'Choice': {
      const options = field.lookup === 'providers' ? await providerOptions() : field.options;
      const select = h('select', common,
        h('option', { value: '' }, field.required ? t('cases.form.choose') : t('cases.form.none')),
        ...options.map(o => h('option', { value: o.value }, o.label)));
      return [wrap(select), () => (select.value ? [field, select.value] : null)];
    }
    case 'Text': {
      if (field.lookup === 'providers') {
        const providers = await providerOptions();
        if (providers.length > 0) {
          const select = h('select', common, h('option', { value: '' }, t('cases.form.choose')), ...providers.map(o => h('option', { value: o.value }, o.label)));
          return [wrap(select), () => (select.value ? [field, select.value] : null)];
        }
      }
      const long = (field.maxLength ?? 0) > 200;
      const input = long
        ? h('textarea', { ...common, rows: 3, maxlength: field.maxLength })
        : h('input', { ...common, type: 'text', maxlength: field.maxLength, autocomplete: 'off' });
      return [wrap(input), () => (input.value.trim() ? [field, input.value.trim()] : null)];
    }
    case 'Choices':
    case 'TextList': {
      const lookup = field.lookup === 'goals' && context.customerId ? await goalLookupField(field, id, context.customerId, hint ? hintId : null, hint) : null;
      if (lookup) {
        const [set, read] = lookup;
        return [set, () => [field, read()]];
      }
      const boxes = field.options.map(o => {
        const box = h('input', { type: 'checkbox', id: `${id}-${o.value}`, name: field.name, value: o.value });
        return [box, h('div', { class: 'choice' }, box, h('label', { for: box.id }, o.label))] as const;
      });
      const othersId = `${id}-others`;
      const others = field.type === 'TextList'
        ? h('textarea', { id: othersId, name: `${field.name}-others`, rows: 3, autocomplete: 'off' })
        : null;
      const set = h('fieldset', { 'aria-describedby': hint ? hintId : null },
        h('legend', {}, field.label),
        ...boxes.map(([, row]) => row),
        others ? h('div', { class: 'field' }, h('label', { for: othersId }, field.options.length > 0 ? t('cases.form.others') : field.label), others) : null,
        hint);
      return [set, () => {
        const values = [...boxes.filter(([box]) => box.checked).map(([box]) => box.value),
          ...(others?.value.split('\n').map(v => v.trim()).filter(v => v.length > 0) ?? [])];
        return [field, values];
      }];
    }
  }
}

let providers: Promise<{ value: string; label: string }[]> | null = null;

function providerOptions(): Promise<{ value: string; label: string }[]> {
  providers ??= api<{ key: string; name: string }[]>('/api/providers?pageSize=200')
    .then(list => list.map(p => ({ value: p.key, label: p.name })))
    .catch(() => []);
  return providers;
}
