import { api, apiPage, json } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { formatNumber, t } from '../shared/i18n';
import { Shell } from '../shared/layout';

/** GET /api/data-protection/customers: a customer found by number. */
interface FoundCustomer {
  id: string;
  customerNumber: string;
  displayName: string;
  anonymised: boolean;
  activeHoldId: string | null;
  cases: number;
}

/** GET /api/retention/report. */
interface RetentionReport {
  on: string;
  periods: Record<string, number>;
  dueCases: number;
  heldCases: number;
  dueCustomers: number;
  cases: { caseId: string; kind: string; state: string; closedOn: string; dueOn: string }[];
}

interface LegalHold {
  id: string;
  customerId: string;
  reason: string;
  setAt: string;
  setBy: string;
}

const ReportPageSize = 20;

/** Datenschutz (#/data-protection, data protection officer): find a customer, legal hold, Art. 15 export, dry run, run now. */
export async function renderDataProtection(shell: Shell, rerender: () => void): Promise<void> {
  const heading = shell.heading(t('dataProtection.heading'));
  const customerRegion = h('div', { 'aria-live': 'polite' });
  const reportRegion = h('div', { 'aria-live': 'polite' });

  const numberInput = h('input', { id: 'dp-number', name: 'customerNumber', required: true, maxlength: 40, autocomplete: 'off' });
  const find = h('form', { class: 'stack', onsubmit: (event: Event) => { event.preventDefault(); void run(() => showCustomer(numberInput.value)); } },
    h('label', { for: 'dp-number' }, t('dataProtection.customerNumber')), numberInput,
    h('button', { type: 'submit' }, t('dataProtection.find')));

  const run = async (work: () => Promise<void>): Promise<void> => {
    shell.clearMessages();
    try {
      await work();
    } catch (error) {
      shell.error(error);
    }
  };

  const showCustomer = async (number: string): Promise<void> => {
    const found = await api<FoundCustomer[]>(`/api/data-protection/customers?customerNumber=${encodeURIComponent(number.trim())}`);
    const customer = found[0];
    if (!customer) {
      replace(customerRegion, h('p', {}, t('dataProtection.notFound')));
      return;
    }
    const reason = h('textarea', { id: 'dp-hold-reason', name: 'reason', required: true, maxlength: 1000, rows: 3 });
    const holdForm = h('form', { class: 'stack', onsubmit: (event: Event) => { event.preventDefault(); void run(async () => {
      const path = customer.activeHoldId
        ? `/api/customers/${customer.id}/legal-holds/${customer.activeHoldId}/lift`
        : `/api/customers/${customer.id}/legal-holds`;
      await api(path, json('POST', { reason: reason.value }));
      shell.status(t(customer.activeHoldId ? 'dataProtection.hold.lifted' : 'dataProtection.hold.set'));
      await showCustomer(number);
      await showHolds();
    }); } },
    h('label', { for: 'dp-hold-reason' }, t(customer.activeHoldId ? 'dataProtection.hold.liftReason' : 'dataProtection.hold.reason')), reason,
    h('button', { type: 'submit' }, t(customer.activeHoldId ? 'dataProtection.hold.lift' : 'dataProtection.hold.setButton')));
    const download = h('button', { type: 'button', onclick: () => void run(async () => {
      const exported = await api<unknown>(`/api/customers/${customer.id}/export`);
      const url = URL.createObjectURL(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }));
      const link = h('a', { href: url, download: `caseflow-art15-${customer.id}.json`, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      shell.status(t('dataProtection.exported'));
    }) }, t('dataProtection.export'));
    replace(customerRegion, h('section', { 'aria-labelledby': 'dp-customer' },
      h('h3', { id: 'dp-customer' }, `${customer.displayName} (${customer.customerNumber})`),
      h('p', {}, t('dataProtection.customerFacts', { cases: formatNumber(customer.cases) }),
        ' ', customer.anonymised ? t('dataProtection.anonymised') : '',
        ' ', customer.activeHoldId ? t('dataProtection.hold.active') : t('dataProtection.hold.none')),
      download, holdForm));
  };

  const dateInput = h('input', { id: 'dp-on', name: 'on', type: 'date' });
  const showReport = async (): Promise<void> => {
    const params = new URLSearchParams({ page: '1', pageSize: String(ReportPageSize) });
    if (dateInput.value) {
      params.set('on', dateInput.value);
    }
    const report = await api<RetentionReport>(`/api/retention/report?${params}`);
    replace(reportRegion,
      h('p', {}, t('dataProtection.report.summary', {
        on: formatDate(report.on), cases: formatNumber(report.dueCases), customers: formatNumber(report.dueCustomers), held: formatNumber(report.heldCases),
      })),
      h('p', {}, t('dataProtection.report.periods', { periods: Object.entries(report.periods).map(([kind, years]) => `${kind} ${years}`).join(', ') })),
      report.cases.length === 0 ? '' : h('table', {},
        h('caption', {}, t('dataProtection.report.caption', { shown: formatNumber(report.cases.length), total: formatNumber(report.dueCases) })),
        h('thead', {}, h('tr', {}, ...['case', 'kind', 'state', 'closedOn', 'dueOn'].map(column =>
          h('th', { scope: 'col' }, t(`dataProtection.report.column.${column}` as 'dataProtection.report.column.case'))))),
        h('tbody', {}, ...report.cases.map(item => h('tr', {},
          h('th', { scope: 'row' }, item.caseId), h('td', {}, item.kind), h('td', {}, item.state),
          h('td', {}, formatDate(item.closedOn)), h('td', {}, formatDate(item.dueOn)))))));
  };
  const reportForm = h('form', { class: 'stack', onsubmit: (event: Event) => { event.preventDefault(); void run(showReport); } },
    h('label', { for: 'dp-on' }, t('dataProtection.report.on')), dateInput,
    h('button', { type: 'submit' }, t('dataProtection.report.show')));
  const runNow = h('button', { type: 'button', class: 'secondary', onclick: () => void run(async () => {
    if (!window.confirm(t('dataProtection.run.confirm'))) {
      return;
    }
    const result = await api<{ casesAnonymised: number; customersAnonymised: number }>('/api/retention/runs', json('POST', {}));
    shell.status(t('dataProtection.run.done', { cases: formatNumber(result.casesAnonymised), customers: formatNumber(result.customersAnonymised) }));
    await showReport();
  }) }, t('dataProtection.run.button'));

  const holdsRegion = h('div', {});
  const showHolds = async (): Promise<void> => {
    const { items, total } = await apiPage<LegalHold>('/api/legal-holds?active=true&pageSize=50');
    replace(holdsRegion, items.length === 0 ? h('p', {}, t('dataProtection.holds.none')) : h('table', {},
      h('caption', {}, t('dataProtection.holds.caption', { count: formatNumber(total) })),
      h('thead', {}, h('tr', {}, ...['customer', 'reason', 'setAt', 'setBy'].map(column =>
        h('th', { scope: 'col' }, t(`dataProtection.holds.column.${column}` as 'dataProtection.holds.column.customer'))))),
      h('tbody', {}, ...items.map(hold => h('tr', {},
        h('th', { scope: 'row' }, hold.customerId), h('td', {}, hold.reason), h('td', {}, formatDate(hold.setAt, true)), h('td', {}, hold.setBy))))));
  };
  await showHolds();

  replace(shell.main, heading,
    h('section', { 'aria-labelledby': 'dp-find' }, h('h2', { id: 'dp-find' }, t('dataProtection.findHeading')), find, customerRegion),
    h('section', { 'aria-labelledby': 'dp-report' }, h('h2', { id: 'dp-report' }, t('dataProtection.report.heading')),
      h('p', {}, t('dataProtection.report.intro')), reportForm, reportRegion, runNow),
    h('section', { 'aria-labelledby': 'dp-holds' }, h('h2', { id: 'dp-holds' }, t('dataProtection.holds.heading')), holdsRegion));
  void rerender;
  heading.focus();
}
