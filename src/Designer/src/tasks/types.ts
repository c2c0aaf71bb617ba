/** The API shapes the task inbox and the case page read (see docs/http-api.md and the OpenAPI document /swagger/v1/swagger.json). */

import { CustomerRef } from './customerTypes';

export interface TaskItem {
  id: string;
  name: string;
  caseId: string | null;
  instanceId: string;
  elementId: string;
  candidateRole: string | null;
  assignee: string | null;
  formKey: string | null;
  createdAt: string;
  dueAt: string | null;
  overdue: boolean;
  status: string;
  completedAt: string | null;
  completedBy: string | null;
  /** Who the task's case is about (in the inbox list and a single task). */
  customer?: CustomerRef | null;
  /** The case's kind (a single task only; null without a case). */
  caseKind?: string | null;
  /** The case actions completing the task performs (cf:caseAction; a single task only; empty when not bound). */
  caseActions?: string[] | null;
}

export interface ActionAvailability {
  action: string;
  allowed: boolean;
  reasons: string[];
}

export interface CaseItem {
  id: string;
  kind: string;
  state: string;
  customerId: string;
  version: number;
  allowedActions: ActionAvailability[];
  mainCaseworker: string;
  secondaryCaseworker: string | null;
  referringCaseworker: string;
  createdAt: string;
  updatedAt: string;
  referral: { provider?: string | null; targetGroup?: string | null; nextReportDue?: string | null } | null;
  customer?: CustomerRef | null;
  kindLabel: string;
  stateLabel: string;
  /** The kind's file in words (label and German value), e.g. plan type, next review, months in bFM. */
  file: LabelledValue[];
  /** Need to know: the data classes the caller reads (existence, summary, fmFile, outreachFile, outreachSummary). */
  dataClasses?: string[];
  /** The key dates of the case summary. */
  keyDates?: { openedAt: string; takenOverAt: string | null; nextDueOn: string | null; nextDue: string | null; endedAt: string | null } | null;
  /** Outreach: the latest summary the aB-pAp released for the pAp. */
  outreachSummary?: { text: string; releasedAt: string; releasedBy: string } | null;
}

export interface LabelledValue {
  label: string;
  value: string;
}

/** A customer as GET /api/customers/{id} answers; the name once the API sends it. */
export interface Customer {
  id: string;
  customerNumber: string;
  birthDate: string;
  profile: string | null;
  responsibleCaseworker: string;
  givenName?: string | null;
  familyName?: string | null;
  notReachable?: boolean;
  notReachableSince?: string | null;
  missedInARow?: number;
}

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  from: string | null;
  to: string | null;
  reason: string | null;
  note: string | null;
  actionLabel: string;
  fromLabel: string | null;
  toLabel: string | null;
  /** The action's data (and reason) in words. */
  details: LabelledValue[];
}

export interface InstanceSummary {
  id: string;
  definitionKey: string;
  definitionVersion: number;
  status: string;
}

export interface Wait {
  elementId: string;
  name: string;
  for: string;
  since: string;
}

export interface InstanceItem {
  id: string;
  definitionKey: string;
  definitionVersion: number;
  caseId: string | null;
  status: string;
  waitingAt: Wait[];
  incidents: { id: string; elementId: string; message: string; resolvedAt: string | null }[];
  /** Where the token of an open incident may go on instead (empty without an open incident). */
  skipTargets: { id: string; name: string }[];
}

export interface CustomerCase {
  id: string;
  kind: string;
  state: string;
  mainCaseworker: string;
  referral: {
    providerKey: string | null;
    providerName: string | null;
    state: string;
    targetGroup: string | null;
    nextReportDue: string | null;
    reportOverdueDays: number;
  } | null;
}

export interface IncidentItem {
  id: string;
  instanceId: string;
  workflowKey: string;
  workflowVersion: number;
  elementId: string;
  elementName: string;
  message: string;
  since: string;
  attempts: number;
  caseId: string | null;
  caseKind: string | null;
  customerNumber: string | null;
}
