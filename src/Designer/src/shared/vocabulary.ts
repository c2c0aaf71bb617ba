import { api } from './api';

/**
 * CaseFlow's vocabulary as the server serves it (GET /api/vocabulary, GET /api/lifecycles/{kind}): every value with
 * its German label, and each case action's input schema. The web app keeps no copies of these lists.
 */

export interface Option {
  value: string;
  label: string;
}

/** One input field of a case action (see docs/web-app.md, "Forms from schemas"). */
export interface InputField {
  name: string;
  /** `reason`: the action's reason; `data`: a property of the action's data object. */
  location: 'Reason' | 'Data';
  type: 'Boolean' | 'Text' | 'Date' | 'Choice' | 'Choices' | 'TextList';
  required: boolean;
  label: string;
  options: Option[];
  maxLength: number | null;
  hint: string | null;
  /** A list the values come from when they are not fixed: `providers` (GET /api/providers). */
  lookup: string | null;
  path: string;
}

export interface ActionSchema {
  action: string;
  label: string;
  roles: string[];
  roleNames: string[];
  fields: InputField[];
}

export interface Lifecycle {
  kind: string;
  label: string;
  initialState: string;
  states: Option[];
  actions: ActionSchema[];
  diagram: string;
}

export interface CaseKindTerm extends Option {
  creatorRole: string;
  states: Option[];
}

export interface Vocabulary {
  roles: Option[];
  caseKinds: CaseKindTerm[];
  exitReasons: Option[];
  profileCodes: Option[];
  planTypes: Option[];
  attendance: Option[];
  conferenceDecisions: Option[];
  sharedFields: Option[];
  noteTypes: Option[];
  contactChannels: Option[];
}

/** The lists of the vocabulary a form field may take its options from. */
export type VocabularyList = Exclude<keyof Vocabulary, 'caseKinds'>;

let loaded: Promise<Vocabulary> | null = null;
let current: Vocabulary | null = null;
const lifecycles = new Map<string, Promise<Lifecycle>>();

/** The vocabulary, fetched once per page load. */
export function vocabulary(): Promise<Vocabulary> {
  loaded ??= api<Vocabulary>('/api/vocabulary').then(terms => (current = terms)).catch(error => {
    loaded = null;
    throw error;
  });
  return loaded;
}

/** A case kind's lifecycle with its action schemas, fetched once per page load. */
export function lifecycle(kind: string): Promise<Lifecycle> {
  let found = lifecycles.get(kind);
  if (!found) {
    found = api<Lifecycle>(`/api/lifecycles/${encodeURIComponent(kind)}`);
    lifecycles.set(kind, found);
  }
  return found;
}

/** The label of a value in the chosen language (as the server serves it), or the value itself. */
export function labelOf(options: Option[], value: string | null | undefined): string {
  if (!value) {
    return '–';
  }
  return options.find(o => o.value.toLowerCase() === value.toLowerCase())?.label ?? value;
}

/** The label of a role once {@link vocabulary} has loaded, else undefined. */
export function roleLabel(role: string): string | undefined {
  return current?.roles.find(r => r.value === role)?.label;
}

/** The label of a case kind. */
export async function kindLabel(kind: string | null | undefined): Promise<string> {
  return labelOf((await vocabulary()).caseKinds, kind);
}
