import { api, json } from '../shared/api';

// The designer's calls to /api/workflows and /api/lifecycles.

export interface WorkflowSummary {
  key: string;
  name: string;
  caseKind: string | null;
  latestVersion: number | null;
  draft: { name: string; contentHash: string; createdAt: string; createdBy: string } | null;
  versions: { version: number; name: string; contentHash: string; publishedAt: string; publishedBy: string; runningInstances: number }[];
  /** The case kind whose new cases start this workflow (its default), or null. */
  defaultFor: string | null;
}

/** What a migration does (dry run: migrate/refused) or did (migrated/refused) to each running instance. */
export interface MigrationAnswer {
  key: string;
  fromVersion: number;
  toVersion: number;
  dryRun: boolean;
  instances: {
    instanceId: string;
    caseId: string | null;
    outcome: 'migrate' | 'migrated' | 'refused';
    moves: { from: string; to: string }[];
    reasons: string[];
    unmapped: string[];
  }[];
}

export interface BpmnProblem {
  elementId: string | null;
  message: string;
}

export interface Lifecycle {
  kind: string;
  initialState: string;
  actions: { action: string; roles: string[]; roleNames: string[] }[];
  diagram: string;
}

const xmlBody = (xml: string): RequestInit => ({
  method: 'POST',
  body: xml,
  headers: { 'content-type': 'application/xml' },
});

export const workflows = {
  list: () => api<WorkflowSummary[]>('/api/workflows'),
  draft: (key: string) => api<string>(`/api/workflows/${encodeURIComponent(key)}/draft`, { headers: { accept: 'application/xml' } }),
  version: (key: string, version: number) =>
    api<string>(`/api/workflows/${encodeURIComponent(key)}/versions/${version}`, { headers: { accept: 'application/xml' } }),
  saveDraft: (xml: string) => api<{ key: string }>('/api/workflows', xmlBody(xml)),
  validate: (xml: string) => api<{ valid: boolean; problems: BpmnProblem[] }>('/api/workflows/validate', xmlBody(xml)),
  publish: (key: string) => api<{ key: string; version: number }>(`/api/workflows/${encodeURIComponent(key)}/publish`, { method: 'POST' }),
  migrate: (key: string, body: { fromVersion: number; toVersion: number; mapping: Record<string, string>; dryRun: boolean }) =>
    api<MigrationAnswer>(`/api/workflows/${encodeURIComponent(key)}/migrations`, json('POST', body)),
  lifecycles: () => api<Lifecycle[]>('/api/lifecycles'),
  makeDefault: (kind: string, key: string) =>
    api<{ kind: string; key: string; version: number | null }>(`/api/case-kinds/${encodeURIComponent(kind)}/default-workflow`, json('PUT', { key })),
};

/** The XML to open: the draft when there is one, else the latest published version. */
export function openXml(summary: WorkflowSummary): Promise<string> {
  return summary.draft || summary.latestVersion === null
    ? workflows.draft(summary.key)
    : workflows.version(summary.key, summary.latestVersion);
}

/** Offers text as a file download (Blob, object URL). */
export function download(fileName: string, xml: string): void {
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
