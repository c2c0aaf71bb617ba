import { api, ApiError, json } from '../shared/api';
import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { Vocabulary } from '../shared/vocabulary';

/** The value of a datetime-local field for now (local time, minutes), also its maximum: contacts lie in the past. */
function nowLocal(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control,
    hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null);
}

/** Sends the form's body; a refusal (4xx) stays by the form in its alert region, other errors go to the shell. */
function submitter(shell: Shell, refusal: HTMLElement, send: () => Promise<void>): (event: Event) => Promise<void> {
  return async event => {
    event.preventDefault();
    refusal.hidden = true;
    replace(refusal);
    try {
      await send();
    } catch (error) {
      if (!(error instanceof ApiError) || error.problem.status >= 500) {
        shell.error(error);
        return;
      }
      refusal.hidden = false;
      replace(refusal, h('strong', {}, error.problem.title ?? ''), h('p', {}, error.problem.detail ?? ''));
    }
  };
}

/**
 * "Kontakt erfassen" (note type, channel, date and time, note) and "Termin versäumt" (date and time, note) for one
 * customer; after saving, `saved` gets the status text to announce.
 */
export function contactForms(shell: Shell, customerId: string, terms: Vocabulary, saved: (message: string) => void): HTMLElement[] {
  const noteType = h('select', { id: 'contact-note-type', name: 'noteType', required: true },
    h('option', { value: '' }, t('contacts.form.choose')),
    ...terms.noteTypes.map(o => h('option', { value: o.value }, o.label)));
  const channel = h('select', { id: 'contact-channel', name: 'channel', required: true },
    h('option', { value: '' }, t('contacts.form.choose')),
    ...terms.contactChannels.map(o => h('option', { value: o.value }, o.label)));
  const occurredAt = h('input', { id: 'contact-at', name: 'occurredAt', type: 'datetime-local', required: true, value: nowLocal(), max: nowLocal() });
  const note = h('textarea', { id: 'contact-note', name: 'note', rows: '3', maxlength: '4000', 'aria-describedby': 'contact-note-hint' });
  const refusal = h('div', { class: 'form-refusal message message-error', role: 'alert', hidden: true });
  const contact = h('form', { class: 'stack contact-form', 'aria-labelledby': 'contact-form-heading' },
    h('h3', { id: 'contact-form-heading' }, t('contacts.form.heading')),
    field('contact-note-type', t('contacts.form.noteType'), noteType),
    field('contact-channel', t('contacts.form.channel'), channel),
    field('contact-at', t('contacts.form.occurredAt'), occurredAt),
    field('contact-note', t('contacts.form.note'), note, t('contacts.form.noteHint')),
    refusal,
    h('button', { type: 'submit' }, t('contacts.form.submit')));
  contact.addEventListener('submit', submitter(shell, refusal, async () => {
    await api(`/api/customers/${customerId}/contacts`, json('POST', {
      noteType: noteType.value, channel: channel.value, occurredAt: new Date(occurredAt.value).toISOString(), note: note.value || null,
    }));
    saved(t('contacts.form.saved'));
  }));

  const scheduledFor = h('input', { id: 'missed-at', name: 'scheduledFor', type: 'datetime-local', required: true, value: nowLocal(), max: nowLocal() });
  const missedNote = h('textarea', { id: 'missed-note', name: 'note', rows: '2', maxlength: '4000' });
  const missedRefusal = h('div', { class: 'form-refusal message message-error', role: 'alert', hidden: true });
  const missed = h('form', { class: 'stack missed-form', 'aria-labelledby': 'missed-form-heading' },
    h('h3', { id: 'missed-form-heading' }, t('contacts.missed.heading')),
    field('missed-at', t('contacts.missed.scheduledFor'), scheduledFor),
    field('missed-note', t('contacts.form.note'), missedNote),
    missedRefusal,
    h('button', { type: 'submit', class: 'secondary' }, t('contacts.missed.submit')));
  missed.addEventListener('submit', submitter(shell, missedRefusal, async () => {
    await api(`/api/customers/${customerId}/missed-appointments`, json('POST', {
      scheduledFor: new Date(scheduledFor.value).toISOString(), note: missedNote.value || null,
    }));
    saved(t('contacts.missed.saved'));
  }));
  return [contact, missed];
}
