import { apiPage } from '../shared/api';
import { formatDate, h } from '../shared/dom';
import { t } from '../shared/i18n';
import { session } from '../shared/session';

/** One row of GET /api/audit/reads. */
interface ReadAuditRow {
  id: string;
  at: string;
  actor: string;
  caseId: string | null;
  route: string;
  dataClasses: string[];
  fields: string[];
  purpose: string | null;
}

const pageSize = 50;

/** "Wer hat gelesen": the read audit of one customer, newest first, for the data protection officer only (else nothing). */
export async function whoReadSection(customerId: string): Promise<HTMLElement | null> {
  if (!session.hasRole('DataProtection')) {
    return null;
  }
  const page = await apiPage<ReadAuditRow>(`/api/audit/reads?customerId=${encodeURIComponent(customerId)}&pageSize=${pageSize}`);
  const body = page.items.length === 0
    ? h('p', {}, t('whoRead.none'))
    : h('table', { class: 'who-read' },
        h('caption', {}, t(page.total > page.items.length ? 'whoRead.captionMore' : 'whoRead.caption', { count: page.total, shown: page.items.length })),
        h('thead', {}, h('tr', {}, ...(['at', 'actor', 'classes', 'fields', 'purpose'] as const).map(c => h('th', { scope: 'col' }, t(`whoRead.column.${c}`))))),
        h('tbody', {}, ...page.items.map(row => h('tr', {},
          h('td', {}, formatDate(row.at, true)),
          h('th', { scope: 'row' }, row.actor),
          h('td', {}, row.dataClasses.map(c => className(c)).join(', ')),
          h('td', {}, `${row.route}${row.fields.length > 0 ? ` (${row.fields.join(', ')})` : ''}`),
          h('td', {}, row.purpose ?? '–')))));
  return h('section', { class: 'who-read-section', 'aria-labelledby': 'who-read-heading' },
    h('h2', { id: 'who-read-heading' }, t('whoRead.heading')), body);
}

function className(dataClass: string): string {
  switch (dataClass) {
    case 'fmFile': return t('whoRead.class.fmFile');
    case 'outreachFile': return t('whoRead.class.outreachFile');
    case 'healthNeeds': return t('whoRead.class.healthNeeds');
    default: return dataClass;
  }
}
