import { api, json } from '../shared/api';
import { formatDate, h, replace } from '../shared/dom';
import { formatNumber, t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { ContactDensityRules, ContactDensityVersion, cellOf, rowsOf } from './contactDensityTypes';
import { showFieldError } from './fieldErrors';

const Route = '/api/rules/contact-density';

/** The contact-density rule set (Kontaktdichte): the table in force, its versions, and for process owners a form for a new version. */
export async function renderContactDensity(shell: Shell, rerender: (message: string) => void): Promise<void> {
  const heading = shell.heading(t('contactDensity.heading'));
  const rules = await api<ContactDensityRules>(Route);
  const rhythmLabel = (value: string): string => rules.options.rhythms.find(r => r.value === value)?.label ?? value;
  const rowLabel = (row: ReturnType<typeof rowsOf>[number]): string => `${row.ageGroup.label}, ${row.unemployed.label}`;
  const columns = (): HTMLElement => h('thead', {}, h('tr', {},
    h('th', { scope: 'col' }, t('contactDensity.group')),
    ...rules.options.profiles.map(profile => h('th', { scope: 'col' }, profile.label))));

  const table = (version: ContactDensityVersion): HTMLElement => h('table', { class: 'contact-density' },
    h('caption', {}, t('contactDensity.inForce', { number: version.number, from: formatDate(version.effectiveFrom), at: formatDate(rules.at) })),
    columns(),
    h('tbody', {}, ...rowsOf(rules).map(row => h('tr', {},
      h('th', { scope: 'row' }, rowLabel(row)),
      ...rules.options.profiles.map(profile =>
        h('td', {}, rhythmLabel(cellOf(version, row.ageGroup.value, row.unemployed.value === 'true', profile.value)?.rhythm ?? '')))))));

  const versions = h('table', { class: 'contact-density-versions' },
    h('caption', {}, t('contactDensity.versions', { count: formatNumber(rules.versions.length) })),
    h('thead', {}, h('tr', {}, ...(['number', 'effectiveFrom', 'createdAt', 'createdBy', 'reason'] as const)
      .map(column => h('th', { scope: 'col' }, t(`contactDensity.column.${column}`))))),
    h('tbody', {}, ...[...rules.versions].reverse().map(version => h('tr', {},
      h('th', { scope: 'row' }, formatNumber(version.number)),
      h('td', {}, formatDate(version.effectiveFrom)),
      h('td', {}, formatDate(version.createdAt, true)),
      h('td', {}, version.createdBy),
      h('td', {}, version.reason)))));

  const form = session.hasRole('ProcessOwner') ? newVersionForm(shell, rules, rowLabel, columns, rerender) : null;
  replace(shell.main, heading, h('p', {}, t('contactDensity.intro')), table(rules.inForce), versions, form);
  heading.focus();
}

function newVersionForm(
  shell: Shell, rules: ContactDensityRules, rowLabel: (row: ReturnType<typeof rowsOf>[number]) => string,
  columns: () => HTMLElement, rerender: (message: string) => void): HTMLFormElement {
  const selects: { ageGroup: string; unemployed: boolean; profile: string; select: HTMLSelectElement }[] = [];
  const grid = h('table', { class: 'contact-density contact-density-form' },
    h('caption', {}, t('contactDensity.new.table')),
    columns(),
    h('tbody', {}, ...rowsOf(rules).map((row, rowIndex) => h('tr', {},
      h('th', { scope: 'row' }, rowLabel(row)),
      ...rules.options.profiles.map(profile => {
        const unemployed = row.unemployed.value === 'true';
        const current = cellOf(rules.inForce, row.ageGroup.value, unemployed, profile.value)?.rhythm;
        const select = h('select', {
          id: `cd-${rowIndex}-${profile.value}`,
          'aria-label': t('contactDensity.new.cell', { group: rowLabel(row), profile: profile.label }),
        }, ...rules.options.rhythms.map(rhythm => h('option', { value: rhythm.value, selected: rhythm.value === current }, rhythm.label)));
        selects.push({ ageGroup: row.ageGroup.value, unemployed, profile: profile.value, select });
        return h('td', {}, select);
      })))));
  const now = new Date();
  // The browser's own date (the Jobcenter's in Germany); the server checks "today or later" in the Jobcenter's time zone.
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const effectiveFrom = h('input', { id: 'cd-effective-from', type: 'date', required: true, min: today, 'aria-describedby': 'cd-effective-from-hint' });
  const reason = h('textarea', { id: 'cd-reason', required: true, maxlength: '1000', rows: '3' });
  const form = h('form', { class: 'stack', 'aria-labelledby': 'cd-new-heading', novalidate: true },
    h('h2', { id: 'cd-new-heading' }, t('contactDensity.new.heading')),
    h('p', {}, t('contactDensity.new.intro')),
    h('div', { class: 'table-scroll' }, grid),
    h('div', { class: 'field' }, h('label', { for: effectiveFrom.id }, t('contactDensity.new.effectiveFrom')), effectiveFrom,
      h('span', { class: 'hint', id: 'cd-effective-from-hint' }, t('contactDensity.new.effectiveFromHint'))),
    h('div', { class: 'field' }, h('label', { for: reason.id }, t('contactDensity.new.reason')), reason),
    h('button', { type: 'submit' }, t('contactDensity.new.save')));
  const fields: Record<string, HTMLElement> = { effectiveFrom, reason, cells: selects[0].select, body: effectiveFrom };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const created = await api<ContactDensityVersion>(Route, json('PUT', {
        cells: selects.map(({ ageGroup, unemployed, profile, select }) => ({ ageGroup, unemployed, profile, rhythm: select.value })),
        effectiveFrom: effectiveFrom.value || null,
        reason: reason.value,
      }));
      rerender(t('contactDensity.new.saved', { number: created.number, from: formatDate(created.effectiveFrom) }));
    } catch (error) {
      showFieldError(form, fields, error, shell.error);
    }
  });
  return form;
}
