import { api, ApiError, json } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { CaseItem } from './types';

/** Whether the caller reads the case's file (FM file or outreach file), not only its summary (docs/security.md). */
export function readsFile(kase: CaseItem): boolean {
  return kase.dataClasses === undefined || kase.dataClasses.includes('fmFile') || kase.dataClasses.includes('outreachFile');
}

/** Whether the caller reads the summary (key dates, caseworkers, history without reasons), not only that the case exists. */
export function readsSummary(kase: CaseItem): boolean {
  return kase.dataClasses === undefined || kase.dataClasses.includes('summary');
}

/** In place of the file for a summary reader: the key dates and why the file is not shown. */
export function caseSummarySection(kase: CaseItem): HTMLElement[] {
  if (!readsSummary(kase)) {
    return [h('p', { class: 'need-to-know' }, t('needToKnow.existenceOnly'))];
  }
  const dates = kase.keyDates;
  const note: HTMLElement = h('p', { class: 'need-to-know' }, t('needToKnow.summaryOnly'));
  if (!dates) {
    return [note];
  }
  return [note, h('dl', { class: 'details case-key-dates' },
    ...(dates.takenOverAt ? [h('dt', {}, t('needToKnow.takenOverAt')), h('dd', {}, formatDate(dates.takenOverAt))] : []),
    ...(dates.nextDueOn ? [h('dt', {}, t('needToKnow.nextDueOn')), h('dd', {}, formatDate(dates.nextDueOn))] : []),
    ...(dates.endedAt ? [h('dt', {}, t('needToKnow.endedAt')), h('dd', {}, formatDate(dates.endedAt))] : []))];
}

/**
 * "Zusammenfassung für die/den pAp" of an outreach case: the released text for who reads it, and for the aB-pAp of the
 * case the form that releases a new one.
 */
export function outreachSummarySection(shell: Shell, kase: CaseItem, rerender: () => void): HTMLElement[] {
  if (kase.kind !== 'outreach' || !kase.dataClasses?.includes('outreachSummary')) {
    return [];
  }
  const released = kase.outreachSummary
    ? h('figure', { class: 'outreach-summary' },
        h('blockquote', {}, kase.outreachSummary.text),
        h('figcaption', {}, t('needToKnow.releasedBy', { user: kase.outreachSummary.releasedBy, at: formatDate(kase.outreachSummary.releasedAt, true) })))
    : h('p', {}, t('needToKnow.noSummary'));
  const mayRelease = kase.dataClasses.includes('outreachFile') && session.hasRole('ABPAP');
  return [h('h2', { id: 'outreach-summary-heading' }, t('needToKnow.summaryHeading')), released, ...(mayRelease ? [releaseForm(shell, kase, rerender)] : [])];
}

function releaseForm(shell: Shell, kase: CaseItem, rerender: () => void): HTMLElement {
  const text = h('textarea', { id: 'outreach-summary-text', name: 'text', rows: '4', maxlength: '4000', required: true, 'aria-describedby': 'outreach-summary-hint' });
  const refusal = h('div', { class: 'form-refusal message message-error', role: 'alert', hidden: true });
  const form = h('form', { class: 'stack release-summary-form', 'aria-labelledby': 'release-summary-heading' },
    h('h3', { id: 'release-summary-heading' }, t('needToKnow.releaseHeading')),
    h('div', { class: 'field' }, h('label', { for: 'outreach-summary-text' }, t('needToKnow.releaseText')), text,
      h('span', { class: 'hint', id: 'outreach-summary-hint' }, t('needToKnow.releaseHint'))),
    refusal,
    h('button', { type: 'submit' }, t('needToKnow.releaseSubmit')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    refusal.hidden = true;
    try {
      await api(`/api/cases/${kase.id}/outreach-summary`, json('POST', { text: text.value }));
      shell.status(t('needToKnow.released'));
      rerender();
    } catch (error) {
      if (!(error instanceof ApiError) || error.problem.status >= 500) {
        shell.error(error);
        return;
      }
      refusal.hidden = false;
      replace(refusal, h('strong', {}, error.problem.title ?? ''), h('p', {}, error.problem.detail ?? ''));
    }
  });
  return form;
}
