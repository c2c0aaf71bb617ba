import { api, ApiError } from '../shared/api';
import { formatDate, h } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { session } from '../shared/session';
import { agreeGoalForm, linkInterventionForm, reviewGoalForm } from './goalForms';
import { Goal, GoalTerms, ResourceArea } from './goalTypes';
import { CustomerCase } from './types';

/**
 * The fa:z goal cycle of a customer (case page of a bFM case, customer page): the active goal with its interventions and
 * reviews, the forms of the next steps for the coach, and the earlier goals. Nothing when the caller may not read goals.
 */
export async function goalCycleSection(shell: Shell, customerId: string, cases: CustomerCase[], rerender: () => void): Promise<HTMLElement | null> {
  let goals: Goal[];
  try {
    goals = await api<Goal[]>(`/api/customers/${customerId}/goals?pageSize=50`);
  } catch (error) {
    if (error instanceof ApiError && error.problem.status === 403) {
      return null;
    }
    throw error;
  }
  const [areas, terms] = await Promise.all([api<ResourceArea[]>('/api/goals/resource-areas'), api<GoalTerms>('/api/goals/terms')]);
  const done = (message: string): void => {
    shell.status(message);
    rerender();
  };
  const mayAct = session.hasRole('IFK') || session.hasRole('FM');
  const active = goals.find(g => g.status === 'active');
  const earlier = goals.filter(g => g !== active);
  const forms = !mayAct ? []
    : active ? [linkInterventionForm(shell, active, terms, cases, done), ...(active.nextStep === 'review' ? [reviewGoalForm(shell, active, terms, done)] : [])]
    : [agreeGoalForm(shell, customerId, areas, done)];

  return h('section', { class: 'goal-cycle stack', 'aria-labelledby': 'goals-heading' },
    h('h2', { id: 'goals-heading' }, t('goals.heading')),
    h('p', { class: 'hint' }, t('goals.intro')),
    active ? activeGoal(active) : h('p', { class: 'goal-none' }, t('goals.noActive')),
    ...forms,
    h('h3', {}, t('goals.history')),
    earlier.length > 0 ? history(earlier) : h('p', {}, t('goals.noHistory')));
}

function activeGoal(goal: Goal): HTMLElement {
  return h('div', { class: 'goal-active' },
    h('h3', {}, t('goals.active')),
    h('dl', { class: 'details' },
      h('dt', {}, t('goals.area')), h('dd', { class: 'goal-area' }, goal.resourceAreaName),
      h('dt', {}, t('goals.description')), h('dd', { class: 'goal-description' }, goal.description),
      h('dt', {}, t('goals.since')), h('dd', {}, formatDate(goal.agreedOn)),
      h('dt', {}, t('goals.coach')), h('dd', {}, goal.coach),
      h('dt', {}, t('goals.nextStep')), h('dd', { class: 'goal-next' }, goal.nextStepLabel)),
    h('h4', {}, t('goals.interventions')),
    goal.interventions.length > 0
      ? h('ul', { class: 'goal-interventions' }, ...goal.interventions.map(i => h('li', {},
          `${i.kindLabel}: ${i.description} (${formatDate(i.createdAt)}, ${i.createdBy})`,
          i.endedAt ? t('goals.interventionEnded', { date: formatDate(i.endedAt) }) : '')))
      : h('p', {}, t('goals.noInterventions')),
    h('h4', {}, t('goals.reviews')),
    goal.reviews.length > 0 ? reviews(goal) : h('p', {}, t('goals.noReviews')));
}

function reviews(goal: Goal): HTMLElement {
  return h('ul', { class: 'goal-reviews' }, ...goal.reviews.map(r => h('li', {},
    `${formatDate(r.reviewedAt)}: ${r.outcomeLabel}`, r.decisionLabel ? ` – ${r.decisionLabel}` : '',
    r.note ? ` – ${r.note}` : '', ` (${r.reviewedBy})`)));
}

function history(goals: Goal[]): HTMLElement {
  return h('table', { class: 'goal-history' },
    h('caption', {}, t('goals.history')),
    h('thead', {}, h('tr', {}, ...(['area', 'description', 'since', 'status', 'ended', 'reviews'] as const)
      .map(column => h('th', { scope: 'col' }, t(`goals.column.${column}`))))),
    h('tbody', {}, ...goals.map(g => h('tr', {},
      h('th', { scope: 'row' }, g.resourceAreaName),
      h('td', {}, g.description),
      h('td', {}, formatDate(g.agreedOn)),
      h('td', {}, g.statusLabel),
      h('td', {}, formatDate(g.endedAt)),
      h('td', {}, g.reviews.map(r => r.decisionLabel ? `${r.outcomeLabel} (${r.decisionLabel})` : r.outcomeLabel).join('; ') || '–')))));
}
