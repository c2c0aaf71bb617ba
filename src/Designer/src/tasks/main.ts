import { startApp } from '../shared/app';
import { vocabulary } from '../shared/vocabulary';
import { Shell } from '../shared/layout';
import { renderCasePage } from './casePage';
import { renderContactDensity } from './contactDensityPage';
import { renderCustomerPage } from './customerPage';
import { renderCustomerRegister } from './customerRegisterPage';
import { renderCustomerSearch } from './customerSearchPage';
import { renderDueContacts } from './dueContactsPage';
import { renderInbox } from './inboxPage';
import { renderIncidents } from './incidentsPage';
import { caseHref, currentRoute, customerHref, inboxHref } from './routes';
import { renderTaskPage } from './taskPage';
import './tasks.css';

// The task inbox (staff): my and my role's tasks, claim/unclaim/complete with a form, the case page, the incidents (hash routes).
startApp('tasks', ['IFK', 'FM', 'FMSupervisor', 'ABPAP', 'ProcessOwner', 'DataProtection'], async shell => {
  let pending: string | null = null;
  // Pages render one after another, so a slow page (the inbox) cannot overwrite the page of a later hash change.
  let rendering: Promise<void> = Promise.resolve();
  const show = (): Promise<void> => (rendering = rendering.then(render));
  const render = async (): Promise<void> => {
    const route = currentRoute();
    try {
      await vocabulary();
      if (pending) {
        shell.status(pending);
        pending = null;
      }
      if (route.page === 'task') {
        await renderTaskPage(shell, route.id, message => {
          pending = message;
          location.hash = inboxHref();
        });
      } else if (route.page === 'case') {
        await renderCasePage(shell, route.id, () => void show());
      } else if (route.page === 'customers') {
        await renderCustomerSearch(shell, route.query, () => void show());
      } else if (route.page === 'new-customer') {
        renderCustomerRegister(shell, (message, id) => {
          pending = message;
          location.hash = customerHref(id);
        });
      } else if (route.page === 'customer') {
        await renderCustomerPage(shell, route.id, () => void show(), (message, caseId) => {
          pending = message;
          location.hash = caseHref(caseId);
        });
      } else if (route.page === 'contact-density') {
        await renderContactDensity(shell, message => {
          pending = message;
          void show();
        });
      } else if (route.page === 'due-contacts') {
        await renderDueContacts(shell, route.query, () => void show());
      } else if (route.page === 'incidents') {
        await renderIncidents(shell, route.query, () => void show());
      } else {
        await renderInbox(shell, route.query, () => void show());
      }
    } catch (error) {
      shell.error(error);
    }
  };
  window.onhashchange = () => {
    shell.clearMessages();
    void show();
  };
  await show();
});

export type { Shell };
