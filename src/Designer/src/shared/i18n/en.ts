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

  // tasks: task page and task forms (taskforms)
  'tasks.task.heading': 'Task: {name}',
  'tasks.task.back': 'Back to the tasks',
  'tasks.task.case': 'Case',
  'tasks.task.openCase': 'Open the case of {who}',
  'tasks.task.due': 'Due',
  'tasks.task.overdue': 'overdue',
  'tasks.task.role': 'Role/queue',
  'tasks.task.assignee': 'Assignee',
  'tasks.task.unclaimed': 'nobody yet',
  'tasks.task.status': 'Status',
  'tasks.task.form': 'Form',
  'tasks.task.formOfActions': 'from the case action: {actions}',
  'tasks.task.genericForm': 'no form of its own',
  'tasks.task.claim': 'Claim',
  'tasks.task.unclaim': 'Give back',
  'tasks.task.claimed': 'Task “{name}” claimed.',
  'tasks.task.unclaimedNow': 'Task “{name}” given back.',
  'tasks.task.complete': 'Complete',
  'tasks.task.completeButton': 'Complete task',
  'tasks.task.completedNow': 'Task “{name}” completed.',
  'tasks.task.completed': 'This task is completed.',
  'tasks.task.completedBy': 'This task was completed by {who} on {at}.',
  'tasks.form.decision': 'Decision',
  'tasks.form.decisionHint': 'The fields of the chosen case action appear below.',
  'tasks.form.choose': 'Please choose',
  'tasks.form.none': '– not given –',
  'tasks.form.noFields': 'This case action needs no input.',
  'tasks.form.note': 'Note',
  'tasks.form.bfmFollowup': 'Follow-up',
  'tasks.form.bfmRecheck': 'Check bFM again',
  'tasks.form.referNow': 'Refer to bFM now',
  'tasks.form.outreachTalk': 'Hand-over talk',
  'tasks.form.handoverTalkHeld': 'Hand-over talk held',
  'tasks.form.variables': 'Variables',
  'tasks.form.genericHint': 'This task has no form of its own. Values as JSON, e.g. true, 12, "text" or ["a","b"]; other text is taken as text. Empty rows are ignored.',
  'tasks.form.variableName': 'Name of variable {number}',
  'tasks.form.variableValue': 'Value {number} as JSON',
  'tasks.form.variableNumber': 'variable {number}',
  'tasks.form.removeVariable': 'Remove',
  'tasks.form.addVariable': 'Add variable',

  // --- cases: case page, "Meine Fälle", case actions ---

  // --- customers: search, register, profile, customer page ---

  // --- follow-ups and incidents ---

  // --- designer ---
};
