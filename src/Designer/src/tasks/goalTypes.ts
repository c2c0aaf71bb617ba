/** The API shapes of the fa:z goal cycle (GET /api/customers/{id}/goals, /api/goals/resource-areas, /api/goals/terms). */

export interface ResourceArea {
  id: string;
  name: string;
}

export interface Option {
  value: string;
  label: string;
}

export interface GoalTerms {
  interventionKinds: Option[];
  outcomes: Option[];
  decisions: Option[];
  statuses: Option[];
}

export interface GoalIntervention {
  id: string;
  kind: string;
  kindLabel: string;
  description: string;
  caseId: string | null;
  createdAt: string;
  createdBy: string;
  endedAt: string | null;
}

export interface GoalReview {
  id: string;
  outcome: string;
  outcomeLabel: string;
  decision: string | null;
  decisionLabel: string | null;
  note: string | null;
  reviewedAt: string;
  reviewedBy: string;
}

export interface Goal {
  id: string;
  customerId: string;
  resourceArea: string;
  resourceAreaName: string;
  description: string;
  agreedOn: string;
  coach: string;
  status: string;
  statusLabel: string;
  nextStep: string;
  nextStepLabel: string;
  createdAt: string;
  endedAt: string | null;
  interventions: GoalIntervention[];
  reviews: GoalReview[];
}
