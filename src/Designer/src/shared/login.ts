import { api, json } from './api';
import { h, replace } from './dom';
import { Shell } from './layout';
import { roleNames, session, User } from './session';



interface TokenResponse {
  accessToken: string;
  user: User;
}

/**
 * The sign-in page. Development mode lists the seed users (radio buttons, one per user, with the roles);
 * in OIDC mode the web app cannot sign in by itself yet and says so.
 */
export async function renderLogin(shell: Shell, onSignedIn: () => void): Promise<void> {
  const heading = shell.heading('Anmelden (sign in)');
  const { mode } = await api<{ mode: string }>('/api/auth/config');
  if (mode !== 'Development') {
    replace(shell.main, heading, h('p', {},
      'Diese Installation meldet über OIDC an (z. B. Keycloak). Bitte melden Sie sich über das Portal Ihres Jobcenters an; '
      + 'die Web-Anmeldung für OIDC ist noch nicht eingebaut (sign-in with OIDC is not built into the web app yet).'));
    heading.focus();
    return;
  }

  const users = await api<User[]>('/api/auth/dev-users');
  const fieldset = h('fieldset', {},
    h('legend', {}, 'Entwicklungsbenutzer (development users)'),
    ...users.map((user, index) => {
      const id = `user-${user.userName}`;
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'userName', id, value: user.userName, required: true, checked: index === 0 }),
        h('label', { for: id }, `${user.displayName} (${user.userName}) – ${user.roles.map(r => roleNames[r] ?? r).join(', ')}${user.team ? `, Team ${user.team}` : ''}`));
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
