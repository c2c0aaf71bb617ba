import { api, json } from './api';
import { h, replace } from './dom';
import { Shell } from './layout';
import { beginOidcSignIn, completeOidcSignIn, OidcConfig } from './oidc';
import { session, User } from './session';

interface TokenResponse {
  accessToken: string;
  user: User;
}

/**
 * The sign-in page. Development mode lists the seed users (radio buttons, one per user, with the roles);
 * OIDC mode offers one button to the identity provider and completes the sign-in when the browser comes back.
 */
export async function renderLogin(shell: Shell, onSignedIn: () => void): Promise<void> {
  const heading = shell.heading('Anmelden (sign in)');
  const config = await api<{ mode: string } & Partial<OidcConfig>>('/api/auth/config');
  if (config.mode === 'Oidc' && config.authority && config.clientId && config.scope) {
    await renderOidcLogin(shell, heading, config as OidcConfig, onSignedIn);
    return;
  }
  if (config.mode !== 'Development') {
    replace(shell.main, heading, h('p', {}, `Die Anmeldeart ${config.mode} ist unvollständig eingerichtet (sign-in is not configured).`));
    heading.focus();
    return;
  }

  const users = await api<(User & { roleNames: string[] })[]>('/api/auth/dev-users');
  const fieldset = h('fieldset', {},
    h('legend', {}, 'Entwicklungsbenutzer (development users)'),
    ...users.map((user, index) => {
      const id = `user-${user.userName}`;
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'userName', id, value: user.userName, required: true, checked: index === 0 }),
        h('label', { for: id }, `${user.displayName} (${user.userName}) – ${user.roleNames.join(', ')}${user.team ? `, Team ${user.team}` : ''}`));
    }));
  const form = h('form', { class: 'stack', 'aria-labelledby': 'login-heading' },
    fieldset,
    h('button', { type: 'submit' }, 'Anmelden (sign in)'));
  heading.id = 'login-heading';
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const userName = new FormData(form).get('userName');
    try {
      const token = await api<TokenResponse>('/api/auth/dev-login', json('POST', { userName }));
      session.signIn(token.accessToken, token.user);
      shell.clearMessages();
      onSignedIn();
    } catch (error) {
      shell.error(error);
    }
  });
  replace(shell.main, heading, h('p', {}, 'Entwicklungsmodus: wählen Sie einen der Testbenutzer.'), form);
  heading.focus();
}

async function renderOidcLogin(shell: Shell, heading: HTMLHeadingElement, config: OidcConfig, onSignedIn: () => void): Promise<void> {
  try {
    if (await completeOidcSignIn(config)) {
      shell.clearMessages();
      onSignedIn();
      return;
    }
  } catch (error) {
    shell.error(error);
  }
  const button = h('button', { type: 'button' }, 'Anmelden über OIDC (sign in)');
  button.addEventListener('click', () => {
    button.disabled = true;
    beginOidcSignIn(config).catch(error => {
      button.disabled = false;
      shell.error(error);
    });
  });
  replace(shell.main, heading,
    h('p', {}, 'Sie melden sich beim Anmeldedienst Ihres Jobcenters an (z. B. Keycloak) und kommen danach hierher zurück.'),
    button);
  heading.focus();
}
