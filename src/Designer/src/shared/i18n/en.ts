import type { MessageKey } from './de';

/** The web app's English texts, chosen with the language switch. Same keys and placeholders as de.ts. */
export const en: Record<MessageKey, string> = {
  // --- shell: frame, navigation, sign-in, errors ---
  'shell.skipToContent': 'Skip to content',
  'shell.areas': 'Areas',
  'shell.nav.tasks': 'Tasks',
  'shell.nav.incidents': 'Incidents',
  'shell.nav.customers': 'Customers',
  'shell.nav.designer': 'Designer',
  'shell.nav.api': 'API (Swagger)',
  'shell.signOut': 'Sign out',
  'shell.language': 'Language',
  'shell.switchLanguage': 'Deutsch',
  'shell.error': 'Error',
  'shell.httpError': 'Error {status} ({statusText})',
  'shell.forbidden': 'Not allowed',
  'shell.forbiddenFor': 'This area is for: {roles}.',
  'shell.none': '–',

  // --- tasks: inbox, task page, task forms ---

  // --- cases: case page, "Meine Fälle", case actions ---
  'cases.customerColumn': 'Customer',

  // --- customers: search, register, profile, customer page ---

  // --- follow-ups and incidents ---

  // --- designer ---
};
