import { language, t } from './i18n';
import { session } from './session';

/** An RFC 7807 answer of the CaseFlow API. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  field?: string;
  problems?: { elementId: string; message: string }[];
  unmetGuards?: { guard: string; message: string }[];
  [extra: string]: unknown;
}

export class ApiError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

export interface Page<T> {
  items: T[];
  total: number;
  headers?: Headers;
}

/** Calls the API with the signed-in user's token; a non-2xx answer throws ApiError with its ProblemDetails. */
export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init);
  if (response.status === 204) {
    return undefined as T;
  }
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/** A paged list: the items and the X-Total-Count header. */
export async function apiPage<T>(path: string): Promise<Page<T>> {
  const response = await send(path, {});
  const items = (await response.json()) as T[];
  return { items, total: Number(response.headers.get('X-Total-Count') ?? items.length), headers: response.headers };
}

export function json(method: string, body: unknown): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = session.token();
  if (token) {
    headers.set('authorization', `Bearer ${token}`);
  }
  headers.set('accept-language', language());
  headers.set('accept', headers.get('accept') ?? 'application/json, application/problem+json, application/xml, text/plain');
  const response = await fetch(path, { ...init, headers });
  if (response.status === 401 && token) {
    session.clear();
  }
  if (!response.ok) {
    throw new ApiError(await problemOf(response));
  }
  return response;
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Problem;
    return { ...body, status: body.status ?? response.status, title: body.title ?? response.statusText };
  } catch {
    return { status: response.status, title: t('shell.httpError', { status: response.status, statusText: response.statusText }) };
  }
}
