import { startApp } from '../shared/app';

// The task inbox (staff): my and my role's tasks, claim/unclaim/complete with a form, the case page.
startApp('tasks', ['IFK', 'FM', 'FMSupervisor', 'ABPAP', 'ProcessOwner'], async shell => {
  const heading = shell.heading('Aufgaben');
  shell.main.replaceChildren(heading);
  heading.focus();
});
