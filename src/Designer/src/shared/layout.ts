import { ApiError } from './api';
import { h, replace } from './dom';
import { language, setLanguage, t } from './i18n';
import { session } from './session';

export type AppName = 'tasks' | 'designer';

/** The page frame: skip link, header with navigation and sign-out, the main region and the message regions. */
export interface Shell {
  main: HTMLElement;
  /** A polite status message (role=status), e.g. "Gespeichert". */
  status(message: string): void;
  /** An error (role=alert): an ApiError shows its ProblemDetails title and detail. */
  error(error: unknown): void;
  clearMessages(): void;
  /** Sets the document title and the page heading and moves focus to the heading. */
  heading(text: string): HTMLHeadingElement;
}

export function mountShell(app: AppName, onSignOut: () => void): Shell {
  document.documentElement.lang = language();
  const statusRegion = h('div', { class: 'message message-status', role: 'status', 'aria-live': 'polite' });
  const alertRegion = h('div', { class: 'message message-error', role: 'alert' });
  const main = h('main', { id: 'main', tabindex: '-1' });
  const user = session.user();
  const nav = h('nav', { 'aria-label': t('shell.areas') },
    h('ul', {},
      h('li', {}, link('/tasks/', t('shell.nav.tasks'), app === 'tasks')),
      h('li', {}, h('a', { href: '/tasks/#/incidents' }, t('shell.nav.incidents'))),
      h('li', {}, h('a', { href: '/tasks/#/customers' }, t('shell.nav.customers'))),
      user?.roles.some(role => role !== 'ProcessOwner' && role !== 'DataProtection') ? h('li', {}, h('a', { href: '/tasks/#/contacts/due' }, t('shell.nav.dueContacts'))) : null,
      user?.roles.includes('DataProtection') ? h('li', {}, h('a', { href: '/tasks/#/data-protection' }, t('shell.nav.dataProtection'))) : null,
      user?.roles.includes('ProcessOwner') ? h('li', {}, link('/designer/', t('shell.nav.designer'), app === 'designer')) : null,
      user?.roles.includes('ProcessOwner') ? h('li', {}, h('a', { href: '/tasks/#/rules/contact-density' }, t('shell.nav.contactDensity'))) : null,
      h('li', {}, h('a', { href: '/swagger' }, t('shell.nav.api')))));
  const account = user
    ? h('div', { class: 'account' },
        h('span', {}, `${user.displayName} (${user.userName})`),
        h('button', { type: 'button', class: 'secondary', onclick: () => { session.clear(); onSignOut(); } }, t('shell.signOut')))
    : null;
  const other = language() === 'de' ? 'en' : 'de';
  const switchLanguage = h('button', {
    type: 'button', class: 'secondary language-switch', lang: other, 'aria-label': `${t('shell.language')}: ${t('shell.switchLanguage')}`,
    // A reload: every page, the vocabulary and the lifecycles come again in the new language.
    onclick: () => { setLanguage(other); location.reload(); },
  }, t('shell.switchLanguage'));
  const header = h('header', { class: 'site-header' },
    h('a', { class: 'brand', href: '/tasks/' }, 'CaseFlow'),
    nav,
    switchLanguage,
    account);
  const skip = h('a', { class: 'skip-link', href: '#main' }, t('shell.skipToContent'));
  replace(document.body, skip, header, h('div', { class: 'messages' }, statusRegion, alertRegion), main);

  return {
    main,
    status(message) {
      alertRegion.textContent = '';
      statusRegion.textContent = message;
    },
    error(error) {
      statusRegion.textContent = '';
      replace(alertRegion, ...describe(error));
    },
    clearMessages() {
      statusRegion.textContent = '';
      alertRegion.textContent = '';
    },
    heading(text) {
      document.title = `${text} – CaseFlow`;
      const heading = h('h1', { tabindex: '-1' }, text);
      return heading;
    },
  };
}

function link(href: string, text: string, current: boolean): HTMLAnchorElement {
  return h('a', { href, 'aria-current': current ? 'page' : null }, text);
}

function describe(error: unknown): (Node | string)[] {
  if (error instanceof ApiError) {
    const { title, detail, problems, unmetGuards } = error.problem;
    const items = [...(problems ?? []).map(p => `${p.elementId}: ${p.message}`), ...(unmetGuards ?? []).map(g => g.message)];
    return [
      h('strong', {}, title),
      detail ? h('p', {}, detail) : '',
      items.length > 0 ? h('ul', {}, ...items.map(item => h('li', {}, item))) : '',
    ];
  }
  return [h('strong', {}, t('shell.error')), h('p', {}, error instanceof Error ? error.message : String(error))];
}
