import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { labelOf, Vocabulary } from '../shared/vocabulary';
import { ActionNeed, CustomerDetails, ProfileCatalogue } from './customerTypes';
import { showFieldError } from './fieldErrors';

export interface ProfileBody {
  profile: string;
  actionNeeds: ActionNeed[];
  integrationWithoutFmUnlikely: boolean;
  unemployed: boolean;
  version: number;
}

/** The profile form: the Profillage, the unemployed status (arbeitslos, for the contact density), the seed 001 catalogue as checkboxes per key group, the §3.2 facts as not influenceable. */
export function profileForm(customer: CustomerDetails, catalogue: ProfileCatalogue, terms: Vocabulary, save: (body: ProfileBody) => Promise<void>, fail: (error: unknown) => void): HTMLFormElement {
  const word = (german: string): string => catalogue.labels?.[german] ?? german;
  const has = (need: string, influenceable: boolean): boolean => customer.actionNeeds.some(n => n.need === need && n.influenceable === influenceable);
  const profile = h('select', { id: 'profile-code', name: 'profile', required: true },
    h('option', { value: '' }, t('customers.profile.choose')),
    ...catalogue.profiles.map(code => h('option', { value: code, selected: customer.profile === code }, labelOf(terms.profileCodes, code))));
  const boxes: { box: HTMLInputElement; need: ActionNeed }[] = [];
  let counter = 0;
  const choice = (need: ActionNeed): HTMLElement => {
    const id = `profile-need-${counter++}`;
    const box = h('input', { id, type: 'checkbox', checked: has(need.need, need.influenceable) });
    boxes.push({ box, need });
    return h('div', { class: 'choice' }, box, h('label', { for: id }, word(need.need)));
  };
  const groups = catalogue.keyGroups.map(group => h('fieldset', {},
    h('legend', {}, t('customers.profile.influenceable', { group: word(group.keyGroup) })),
    ...group.obstacles.map(need => choice({ keyGroup: group.keyGroup, need, influenceable: true }))));
  const never = h('fieldset', {}, h('legend', {}, t('customers.profile.never')),
    ...catalogue.neverInfluenceable.map(need => choice({ keyGroup: 'Persönlichkeitsdaten', need, influenceable: false })));
  const offered = new Set(boxes.map(b => `${b.need.need}|${b.need.influenceable}`));
  const others = customer.actionNeeds.filter(n => !offered.has(`${n.need}|${n.influenceable}`));
  const unlikely = h('input', { id: 'profile-unlikely', type: 'checkbox', checked: customer.integrationWithoutFmUnlikely });
  const unemployed = h('input', { id: 'profile-unemployed', type: 'checkbox', checked: customer.unemployed ?? false, 'aria-describedby': 'profile-unemployed-hint' });

  const form = h('form', { class: 'stack profile-form', 'aria-labelledby': 'profile-heading', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'profile-code' }, t('customers.profile')), profile),
    ...groups,
    never,
    others.length > 0 ? h('div', {}, h('p', {}, t('customers.profile.others')), h('ul', {}, ...others.map(n => h('li', {}, `${word(n.keyGroup)}: ${word(n.need)}`)))) : null,
    h('div', { class: 'choice' }, unlikely, h('label', { for: 'profile-unlikely' }, t('customers.profile.unlikely'))),
    h('div', { class: 'choice' }, unemployed, h('label', { for: 'profile-unemployed' }, t('customers.unemployed')),
      h('span', { class: 'hint', id: 'profile-unemployed-hint' }, t('customers.profile.unemployedHint'))),
    h('button', { type: 'submit' }, t('customers.profile.save')));
  const fields: Record<string, HTMLElement> = { profile, actionNeeds: boxes[0]?.box ?? profile };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const actionNeeds = [...boxes.filter(b => b.box.checked).map(b => b.need), ...others];
    try {
      await save({ profile: profile.value, actionNeeds, integrationWithoutFmUnlikely: unlikely.checked, unemployed: unemployed.checked, version: customer.version });
    } catch (error) {
      showFieldError(form, fields, error, fail);
    }
  });
  return form;
}
