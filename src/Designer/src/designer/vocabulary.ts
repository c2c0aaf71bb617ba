// CaseFlow's vocabulary for the cf: fields (roles, queues, assignees, actions, case kinds): names in the chosen language
// (roles and case kinds from the server) with the value written into the BPMN file.

import { t } from '../shared/i18n';
import { vocabulary } from '../shared/vocabulary';

export interface Choice {
  value: string;
  label: string;
}

/** The case kinds (cf:caseKind) as the server serves them; filled by {@link loadCaseKinds} before a page uses them. */
export const caseKinds: Choice[] = [];

const queues: Choice[] = [{ value: 'queue:VM-U25-aB', label: t('designer.vocab.queue', { queue: 'VM-U25-aB' }) }];

/** cf:role of a lane. */
export const laneRoles: Choice[] = [];

/** cf:candidateRole of a user task (never Provider). */
export const candidateRoles: Choice[] = [];

/**
 * Fills the case kinds and roles from the server's vocabulary (GET /api/vocabulary), once: staff roles with their
 * name and the code after a dash, the provider role only for lanes, then the queues.
 */
export async function loadCaseKinds(): Promise<void> {
  if (caseKinds.length > 0) {
    return;
  }
  const terms = await vocabulary();
  caseKinds.push(...terms.caseKinds.map(k => ({ value: k.value, label: `${k.label} (${k.value})` })));
  const staff = terms.roles.filter(r => r.value !== 'Provider').map(r => ({ value: r.value, label: `${r.label} – ${r.value}` }));
  const provider = terms.roles.filter(r => r.value === 'Provider').map(r => ({ value: r.value, label: `${r.label} – ${r.value}` }));
  laneRoles.push(...staff, ...provider, ...queues);
  candidateRoles.push(...staff, ...queues);
}

export const assignees: Choice[] = [
  { value: 'case.mainCaseworker', label: `${t('designer.vocab.assignee.main')} (case.mainCaseworker)` },
  { value: 'case.referringCaseworker', label: `${t('designer.vocab.assignee.referring')} (case.referringCaseworker)` },
  { value: 'case.secondaryCaseworker', label: `${t('designer.vocab.assignee.secondary')} (case.secondaryCaseworker)` },
];

export const serviceActions: Choice[] = [
  { value: 'case.fire', label: `${t('designer.vocab.action.fire')} (case.fire)` },
  { value: 'followUp', label: `${t('designer.vocab.action.followUp')} (followUp)` },
  { value: 'notify', label: `${t('designer.vocab.action.notify')} (notify)` },
  { value: 'publish', label: `${t('designer.vocab.action.publish')} (publish)` },
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
