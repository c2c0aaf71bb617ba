/**
 * The web app's German texts: the default language. Every key here must also be in en.ts (the compiler checks it).
 * Placeholders in braces, e.g. {count}, are filled by t(key, { count }). Domain values (states, actions, exit reasons,
 * plan types, roles) are not here: the server serves them with labels in the requested language (GET /api/vocabulary).
 * Sections keep related texts together; add new keys to the section of the page that shows them.
 */
export const de = {
  // --- shell: frame, navigation, sign-in, errors ---
  'shell.skipToContent': 'Zum Inhalt springen',
  'shell.areas': 'Bereiche',
  'shell.nav.tasks': 'Aufgaben',
  'shell.nav.incidents': 'Störungen',
  'shell.nav.customers': 'Kundinnen und Kunden',
  'shell.nav.designer': 'Designer',
  'shell.nav.api': 'API (Swagger)',
  'shell.signOut': 'Abmelden',
  'shell.language': 'Sprache',
  'shell.switchLanguage': 'English',
  'shell.error': 'Fehler',
  'shell.httpError': 'Fehler {status} ({statusText})',
  'shell.forbidden': 'Keine Berechtigung',
  'shell.forbiddenFor': 'Dieser Bereich ist für: {roles}.',
  'shell.none': '–',

  // --- tasks: inbox, task page, task forms ---

  // --- cases: case page, "Meine Fälle", case actions ---
  'cases.customerColumn': 'Kundin / Kunde',

  // --- customers: search, register, profile, customer page ---

  // --- follow-ups and incidents ---

  // --- designer ---
} as const;

export type MessageKey = keyof typeof de;
