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

  // tasks: task page and task forms (taskforms)
  'tasks.task.heading': 'Aufgabe: {name}',
  'tasks.task.back': 'Zurück zu den Aufgaben',
  'tasks.task.case': 'Fall',
  'tasks.task.openCase': 'Fall {who} öffnen',
  'tasks.task.due': 'Fällig am',
  'tasks.task.overdue': 'überfällig',
  'tasks.task.role': 'Rolle/Warteschlange',
  'tasks.task.assignee': 'Bearbeitet von',
  'tasks.task.unclaimed': 'noch niemand',
  'tasks.task.status': 'Status',
  'tasks.task.form': 'Formular',
  'tasks.task.formOfActions': 'aus der Fallaktion: {actions}',
  'tasks.task.genericForm': 'kein eigenes Formular',
  'tasks.task.claim': 'Übernehmen',
  'tasks.task.unclaim': 'Zurückgeben',
  'tasks.task.claimed': 'Aufgabe „{name}“ übernommen.',
  'tasks.task.unclaimedNow': 'Aufgabe „{name}“ zurückgegeben.',
  'tasks.task.complete': 'Erledigen',
  'tasks.task.completeButton': 'Aufgabe erledigen',
  'tasks.task.completedNow': 'Aufgabe „{name}“ erledigt.',
  'tasks.task.completed': 'Diese Aufgabe ist erledigt.',
  'tasks.task.completedBy': 'Diese Aufgabe hat {who} am {at} erledigt.',
  'tasks.form.decision': 'Entscheidung',
  'tasks.form.decisionHint': 'Die Felder der gewählten Fallaktion erscheinen darunter.',
  'tasks.form.choose': 'Bitte wählen',
  'tasks.form.none': '– keine Angabe –',
  'tasks.form.noFields': 'Diese Fallaktion braucht keine Angaben.',
  'tasks.form.note': 'Notiz',
  'tasks.form.bfmFollowup': 'Wiedervorlage',
  'tasks.form.bfmRecheck': 'bFM erneut prüfen',
  'tasks.form.referNow': 'Jetzt zum bFM vorschlagen',
  'tasks.form.outreachTalk': 'Übergabegespräch',
  'tasks.form.handoverTalkHeld': 'Übergabegespräch geführt',
  'tasks.form.variables': 'Variablen',
  'tasks.form.genericHint': 'Für diese Aufgabe gibt es kein eigenes Formular. Werte als JSON, z. B. true, 12, "Text" oder ["a","b"]; anderer Text wird als Text übernommen. Leere Zeilen werden ignoriert.',
  'tasks.form.variableName': 'Name der Variable {number}',
  'tasks.form.variableValue': 'Wert {number} als JSON',
  'tasks.form.variableNumber': 'Variable {number}',
  'tasks.form.removeVariable': 'Entfernen',
  'tasks.form.addVariable': 'Variable hinzufügen',

  // --- cases: case page, "Meine Fälle", case actions ---

  // --- customers: search, register, profile, customer page ---

  // --- follow-ups and incidents ---

  // --- designer ---
} as const;

export type MessageKey = keyof typeof de;
