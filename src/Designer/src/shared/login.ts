import { api, json } from './api';
import { h, replace } from './dom';
import { t } from './i18n';
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
  const heading = shell.heading(t('shell.signIn'));
  const config = await api<{ mode: string } & Partial<OidcConfig>>('/api/auth/config');
  if (config.mode === 'Oidc' && config.authority && config.clientId && config.scope) {
    await renderOidcLogin(shell, heading, config as OidcConfig, onSignedIn);
    return;
  }
  if (config.mode !== 'Development') {
    replace(shell.main, heading, h('p', {}, t('shell.signIn.notConfigured', { mode: config.mode })));
    heading.focus();
    return;
  }

  const users = await api<(User & { roleNames: string[] })[]>('/api/auth/dev-users');
  const fieldset = h('fieldset', {},
    h('legend', {}, t('shell.signIn.devUsers')),
    ...users.map((user, index) => {
      const id = `user-${user.userName}`;
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'userName', id, value: user.userName, required: true, checked: index === 0 }),
        h('label', { for: id }, `${user.displayName} (${user.userName}) – ${user.roleNames.join(', ')}${user.team ? `, ${t('shell.signIn.devUserTeam', { team: user.team })}` : ''}`));
    }));
  const form = h('form', { class: 'stack', 'aria-labelledby': 'login-heading' },
    fieldset,
    h('button', { type: 'submit' }, t('shell.signIn')));
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
  replace(shell.main, heading, h('p', {}, t('shell.signIn.devHint')), form);
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
  const button = h('button', { type: 'button' }, t('shell.signIn.oidc'));
  button.addEventListener('click', () => {
    button.disabled = true;
    beginOidcSignIn(config).catch(error => {
      button.disabled = false;
      shell.error(error);
    });
  });
  replace(shell.main, heading,
    h('p', {}, t('shell.signIn.oidcHint')),
    button);
  heading.focus();
}
