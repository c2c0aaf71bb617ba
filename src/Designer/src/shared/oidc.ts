import { api } from './api';
import { MessageKey, t } from './i18n';
import { session, User } from './session';

/**
 * OIDC sign-in of the web app: authorization code flow with PKCE (S256) as a public client (no secret).
 * The code verifier and state wait in sessionStorage while the browser visits the identity provider;
 * the access token then goes into the session like a development token.
 */

/** What GET /api/auth/config says in OIDC mode. */
export interface OidcConfig {
  authority: string;
  clientId: string;
  scope: string;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

interface Pending {
  state: string;
  verifier: string;
  hash: string;
}

const PendingKey = 'caseflow.oidc';

/** An OIDC sign-in failure, with a message for the page in the chosen language. */
export class OidcError extends Error {}

/** Goes to the identity provider's sign-in page; the browser comes back to this page with ?code=&state=. */
export async function beginOidcSignIn(config: OidcConfig): Promise<void> {
  const discovery = await discover(config.authority);
  const pending: Pending = { state: randomText(16), verifier: randomText(32), hash: location.hash };
  sessionStorage.setItem(PendingKey, JSON.stringify(pending));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope,
    state: pending.state,
    code_challenge: base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(pending.verifier)))),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/**
 * On the way back from the identity provider: checks the state, exchanges the code for a token and signs in.
 * Returns false when the address holds no answer of the provider; throws OidcError when sign-in failed.
 */
export async function completeOidcSignIn(config: OidcConfig): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) {
    return false;
  }
  const pending = takePending();
  history.replaceState(history.state, '', location.pathname + (pending?.hash ?? location.hash));
  if (error) {
    const description = params.get('error_description');
    throw new OidcError(t('shell.oidc.failed', { reason: `${reasonOf(error)}${description ? ` – ${description}` : ''}` }));
  }
  if (!pending || params.get('state') !== pending.state) {
    throw new OidcError(t('shell.oidc.stateMismatch'));
  }

  const discovery = await discover(config.authority);
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: code!,
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  }).catch(() => null);
  const token = response?.ok ? ((await response.json()) as { access_token?: string }).access_token : undefined;
  if (!token) {
    throw new OidcError(t('shell.oidc.noToken', { status: response ? ` (HTTP ${response.status})` : '' }));
  }
  const user = await api<User>('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
  session.signIn(token, user);
  return true;
}

const reasons = ['access_denied', 'login_required', 'invalid_request', 'unauthorized_client', 'server_error', 'temporarily_unavailable'];

/** The provider's error code in words where known, else the code itself. */
function reasonOf(error: string): string {
  return reasons.includes(error) ? t(`shell.oidc.reason.${error}` as MessageKey) : error;
}

async function discover(authority: string): Promise<Discovery> {
  const response = await fetch(`${authority.replace(/\/+$/, '')}/.well-known/openid-configuration`).catch(() => null);
  if (!response?.ok) {
    throw new OidcError(t('shell.oidc.unreachable', { authority }));
  }
  return (await response.json()) as Discovery;
}

function takePending(): Pending | null {
  const text = sessionStorage.getItem(PendingKey);
  sessionStorage.removeItem(PendingKey);
  return text ? (JSON.parse(text) as Pending) : null;
}

/** This page without query and hash: the identity provider must know it as a redirect URI of the client. */
function redirectUri(): string {
  return location.origin + location.pathname;
}

function randomText(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
