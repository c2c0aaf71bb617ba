// CaseFlow's vocabulary for the cf: fields (roles, queues, assignees, actions, case kinds), German with the English term.

export interface Choice {
  value: string;
  label: string;
}

export const caseKinds: Choice[] = [
  { value: 'bfm', label: 'bFM – beschäftigungsorientiertes Fallmanagement (bfm)' },
  { value: 'outreach', label: 'Aufsuchende Beratung U25 (outreach)' },
  { value: 'referral', label: 'Übergabe an einen Träger (referral)' },
];

const staffRoles: Choice[] = [
  { value: 'IFK', label: 'Integrationsfachkraft (IFK)' },
  { value: 'FM', label: 'Fallmanagement (FM)' },
  { value: 'FMSupervisor', label: 'FM-Teamleitung (FMSupervisor)' },
  { value: 'ABPAP', label: 'aufsuchende Beratung U25 (ABPAP)' },
  { value: 'ProcessOwner', label: 'Prozessverantwortliche/r (ProcessOwner)' },
];

const queues: Choice[] = [{ value: 'queue:VM-U25-aB', label: 'Warteschlange VM-U25-aB (queue)' }];

/** cf:role of a lane. */
export const laneRoles: Choice[] = [...staffRoles, { value: 'Provider', label: 'Träger (Provider)' }, ...queues];

/** cf:candidateRole of a user task (never Provider). */
export const candidateRoles: Choice[] = [...staffRoles, ...queues];

export const assignees: Choice[] = [
  { value: 'case.mainCaseworker', label: 'Fallverantwortliche/r (case.mainCaseworker)' },
  { value: 'case.referringCaseworker', label: 'Übergebende Fachkraft (case.referringCaseworker)' },
  { value: 'case.secondaryCaseworker', label: 'Zweite Fachkraft (case.secondaryCaseworker)' },
];

export const serviceActions: Choice[] = [
  { value: 'case.fire', label: 'Lebenszyklus-Aktion auslösen (case.fire)' },
  { value: 'followUp', label: 'Wiedervorlage (followUp)' },
  { value: 'notify', label: 'Benachrichtigung (notify)' },
  { value: 'publish', label: 'Nachricht senden (publish)' },
];

/** The cf: attributes each service task action takes (docs/bpmn.md); the others are removed when the action changes. */
export const actionAttributes: Record<string, string[]> = {
  'case.fire': ['trigger', 'reason'],
  followUp: ['assignee', 'text', 'dueIn'],
  notify: ['assignee', 'text'],
  publish: ['message'],
};

export const serviceAttributes = ['trigger', 'reason', 'assignee', 'text', 'dueIn', 'message'];

/** Workflow keys: the server's rule (process/@id). */
export const keyPattern = /^[a-z][a-z0-9-]{1,62}$/;
