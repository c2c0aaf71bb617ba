import { t } from '../shared/i18n';
import { roleLabel } from '../shared/vocabulary';

// Names for what the inbox shows, in the chosen language (fixed for a page load: the language switch reloads the page).

export const scopeNames: Record<string, string> = {
  all: t('tasks.inbox.scope.all'),
  mine: t('tasks.inbox.scope.mine'),
  group: t('tasks.inbox.scope.group'),
};

export const statusNames: Record<string, string> = {
  open: t('tasks.status.open'),
  completed: t('tasks.status.completed'),
  Open: t('tasks.status.open'),
  Completed: t('tasks.status.completed'),
  Cancelled: t('tasks.status.cancelled'),
};

/** A candidate role or queue, by the role's name where known (from the server's vocabulary). */
export function roleOrQueue(value: string | null): string {
  if (!value) {
    return '–';
  }
  return roleLabel(value) ?? t('tasks.queue', { queue: value.replace(/^queue:/, '') });
}
