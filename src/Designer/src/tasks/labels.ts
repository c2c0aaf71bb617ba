import { roleLabel } from '../shared/vocabulary';

/** German names for what the inbox shows. */
export const scopeNames: Record<string, string> = {
  all: 'Alle meine Aufgaben (mine and my role\'s)',
  mine: 'Meine Aufgaben (my tasks)',
  group: 'Aufgaben meiner Rolle/Warteschlange (my role\'s and queue\'s tasks)',
};

export const statusNames: Record<string, string> = {
  open: 'Offen (open)',
  completed: 'Erledigt (completed)',
  Open: 'Offen (open)',
  Completed: 'Erledigt (completed)',
  Cancelled: 'Abgebrochen (cancelled)',
};

/** A candidate role or queue, in German where known (e.g. FM → Fallmanager/in (FM)). */
export function roleOrQueue(value: string | null): string {
  if (!value) {
    return '–';
  }
  return roleLabel(value) ?? `Warteschlange ${value} (queue)`;
}
