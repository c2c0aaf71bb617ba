import { h, replace } from './dom';
import { AppName, mountShell, Shell } from './layout';
import { renderLogin } from './login';
import { t } from './i18n';
import { session } from './session';
import { labelOf, vocabulary } from './vocabulary';
import './styles.css';

/**
 * Starts one page of the web app: signs in if needed, checks the roles, then renders it.
 * `render` gets the shell and renders into shell.main.
 */
export function startApp(app: AppName, roles: string[], render: (shell: Shell) => Promise<void> | void): void {
  const start = async (): Promise<void> => {
    const shell = mountShell(app, () => void start());
    try {
      if (!session.token()) {
        await renderLogin(shell, () => void start());
        return;
      }
      if (!roles.some(session.hasRole)) {
        const heading = shell.heading(t('shell.forbidden'));
        const known = (await vocabulary()).roles;
        replace(shell.main, heading, h('p', {}, t('shell.forbiddenFor', { roles: roles.map(r => labelOf(known, r)).join(', ') })));
        heading.focus();
        return;
      }
      await render(shell);
    } catch (error) {
      shell.error(error);
    }
  };
  void start();
}
