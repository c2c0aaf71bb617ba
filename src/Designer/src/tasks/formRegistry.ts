import { MessageKey } from '../shared/i18n';

/**
 * The hand-kept forms by cf:formKey, for what the action schemas do not cover: tasks bound to no case action (their
 * variables are those the next gateways or later actions read, see workflows/*.bpmn) and, for a bound task, extra
 * variables a gateway reads that are no field of its actions. A task bound to case actions (cf:caseAction) gets its
 * form generated from the actions' schemas (boundTaskForm.ts); its entry here, if any, adds only the extras.
 * Labels are message keys (section "tasks" of shared/i18n/de.ts and en.ts).
 */

export type Field =
  | { kind: 'checkbox'; name: string; label: MessageKey }
  | { kind: 'select'; name: string; label: MessageKey; options: [value: string, label: MessageKey][]; required?: boolean }
  | { kind: 'date'; name: string; label: MessageKey; required?: boolean }
  | { kind: 'text'; name: string; label: MessageKey; required?: boolean; multiline?: boolean };

export interface FormDefinition {
  title: MessageKey;
  fields: Field[];
}

const note: Field = { kind: 'text', name: 'note', label: 'tasks.form.note', multiline: true };

export const forms: Record<string, FormDefinition> = {
  'bfm-followup': { title: 'tasks.form.bfmFollowup', fields: [note] },
  'bfm-recheck': {
    title: 'tasks.form.bfmRecheck',
    fields: [{ kind: 'checkbox', name: 'referNow', label: 'tasks.form.referNow' }],
  },
  'outreach-talk': {
    title: 'tasks.form.outreachTalk',
    fields: [{ kind: 'checkbox', name: 'handoverTalkHeld', label: 'tasks.form.handoverTalkHeld' }],
  },
};
