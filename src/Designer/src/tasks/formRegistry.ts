import { VocabularyList } from '../shared/vocabulary';

/**
 * The forms of the shipped workflows by cf:formKey: which variables a task's completion sets, as labelled fields.
 * The variables are those the next gateways read and, for a task bound to a case action (cf:caseAction), the action's
 * data (see workflows/*.bpmn and the lifecycles); `caseAction` chooses among several bound actions, `reason` is the
 * action's reason.
 */

/** Fixed options, or a list of the server's vocabulary (GET /api/vocabulary), e.g. 'exitReasons'. */
export type Options = [value: string, label: string][] | VocabularyList;

export type Field =
  | { kind: 'checkbox'; name: string; label: string; hint?: string }
  | { kind: 'select'; name: string; label: string; options: Options; required?: boolean; hint?: string }
  | { kind: 'date'; name: string; label: string; required?: boolean; hint?: string }
  | { kind: 'text'; name: string; label: string; required?: boolean; multiline?: boolean; hint?: string }
  | { kind: 'choices'; name: string; label: string; options: Options; hint?: string }
  | { kind: 'provider'; name: string; label: string };

export interface FormDefinition {
  title: string;
  fields: Field[];
}

const note: Field = { kind: 'text', name: 'note', label: 'Notiz (note)', multiline: true };

export const forms: Record<string, FormDefinition> = {
  'bfm-refer': {
    title: 'bFM vorschlagen (refer)',
    fields: [
      { kind: 'checkbox', name: 'consent', label: 'Einverständnis der Kundin/des Kunden liegt vor (consent)' },
      { kind: 'text', name: 'exceptionJustification', label: 'Begründung einer Ausnahme (exception justification)', multiline: true },
    ],
  },
  'bfm-intake': {
    title: 'Erstgespräch (intake)',
    fields: [
      { kind: 'select', name: 'caseAction', label: 'Entscheidung (decision)', required: true, options: [['accept', 'Fall übernehmen (accept)'], ['reject', 'Fall zurückgeben (reject)']] },
      { kind: 'checkbox', name: 'workingAlliance', label: 'Arbeitsbündnis geschlossen (working alliance)' },
      { kind: 'checkbox', name: 'ifkStaysSecondary', label: 'IFK bleibt zweite Ansprechperson (IFK stays secondary)' },
      { kind: 'text', name: 'reason', label: 'Grund der Rückgabe, falls nicht übernommen (reason for rejecting)', multiline: true },
    ],
  },
  'bfm-assessment': { title: 'Assessment (Standortbestimmung)', fields: [note] },
  'bfm-plan': {
    title: 'Integrationsplan (plan)',
    fields: [
      { kind: 'select', name: 'planType', label: 'Art des Plans (plan type)', required: true, options: 'planTypes' },
      { kind: 'date', name: 'nextReviewDue', label: 'Nächste Überprüfung fällig am (next review due)', required: true },
    ],
  },
  'bfm-review': {
    title: 'Überprüfung (review)',
    fields: [
      { kind: 'date', name: 'nextReviewDue', label: 'Nächste Überprüfung fällig am (next review due)' },
      { kind: 'text', name: 'extensionJustification', label: 'Begründung der Fortführung (extension justification)', multiline: true },
    ],
  },
  'bfm-exit': {
    title: 'Fallabgang (exit)',
    fields: [
      { kind: 'select', name: 'reason', label: 'Grund des Fallabgangs (exit reason)', required: true, options: 'exitReasons' },
      { kind: 'select', name: 'finalProfile', label: 'Profillage beim Abgang (final profile)', options: 'profileCodes' },
    ],
  },
  'bfm-followup': { title: 'Wiedervorlage (follow-up)', fields: [note] },
  'bfm-recheck': {
    title: 'bFM erneut prüfen (recheck)',
    fields: [{ kind: 'checkbox', name: 'referNow', label: 'Jetzt zum bFM vorschlagen (refer now)' }],
  },
  'outreach-talk': {
    title: 'Übergabegespräch (hand-over talk)',
    fields: [{ kind: 'checkbox', name: 'handoverTalkHeld', label: 'Übergabegespräch geführt (hand-over talk held)' }],
  },
  'outreach-form': {
    title: 'Übergabeformular (hand-over form)',
    fields: [
      { kind: 'select', name: 'form', label: 'Formular (form)', required: true, options: [['AB-Auftrag-Fallübergabe', 'AB-Auftrag-Fallübergabe (full hand-over)'], ['AB-Einzelauftrag', 'AB-Einzelauftrag (single task)']] },
      { kind: 'checkbox', name: 'handoverTalkHeld', label: 'Übergabegespräch geführt (hand-over talk held)' },
      { kind: 'text', name: 'adviser', label: 'aB-pAp, falls schon bekannt (adviser)' },
    ],
  },
  'outreach-activation': {
    title: 'Aktivierung (activation)',
    fields: [
      { kind: 'date', name: 'visitedOn', label: 'Letzter Kontakt am (visited on)' },
      note,
    ],
  },
  'outreach-joint': {
    title: 'Gemeinsames Gespräch (joint meeting)',
    fields: [
      { kind: 'choices', name: 'participants', label: 'Teilnehmende (participants)', options: [['customer', 'Kunde/Kundin (customer)'], ['pAp', 'pAp'], ['aB-pAp', 'aB-pAp']] },
    ],
  },
  'outreach-extend': {
    title: 'Verlängern oder zurückgeben (extend or return)',
    fields: [
      { kind: 'select', name: 'caseAction', label: 'Entscheidung (decision)', required: true, options: [['extend', 'Aktivierung verlängern (extend)'], ['return-early', 'Vorzeitig zurückgeben (return early)']] },
      { kind: 'text', name: 'justification', label: 'Begründung der Verlängerung (justification)', multiline: true },
      { kind: 'date', name: 'until', label: 'Verlängert bis (until)' },
      { kind: 'text', name: 'reason', label: 'Grund der Rückgabe, falls nicht verlängert (reason for returning)', multiline: true },
    ],
  },
  'referral-choose': {
    title: 'Träger auswählen (choose provider)',
    fields: [
      { kind: 'provider', name: 'provider', label: 'Träger (provider)' },
      { kind: 'text', name: 'targetGroup', label: 'Zielgruppe (target group)', required: true },
      { kind: 'checkbox', name: 'voluntary', label: 'Teilnahme freiwillig (voluntary)' },
      { kind: 'checkbox', name: 'sanctionBacked', label: 'Mit Rechtsfolgenbelehrung (sanction-backed)' },
      { kind: 'choices', name: 'consentedFields', label: 'Einwilligung zur Weitergabe (consented fields)', options: 'sharedFields' },
    ],
  },
  'referral-conference': {
    title: 'Fallkonferenz (case conference)',
    fields: [
      { kind: 'select', name: 'decision', label: 'Entscheidung (decision)', required: true, options: [['continue', 'Fortsetzen (continue)'], ['end', 'Beenden (end)']] },
      { kind: 'date', name: 'nextConferenceDue', label: 'Nächste Fallkonferenz am (next conference due)' },
      { kind: 'text', name: 'reason', label: 'Begründung (reason)', multiline: true },
    ],
  },
};
