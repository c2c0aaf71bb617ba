import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import type { LintProblem } from './lint';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The problem list of the editor: an aria-live summary ("3 Probleme"), one button per problem that selects and shows
 * the element, and a marker (class cf-problem, a red outline) on every element concerned.
 */
export class ProblemList {
  readonly section: HTMLElement;
  private readonly summary = h('p', { class: 'problem-summary', role: 'status', 'aria-live': 'polite' }, t('designer.problems.running'));
  private readonly list = h('ul', { class: 'problem-list' });
  private marked: string[] = [];

  constructor(private readonly modeler: any, private readonly show: (elementId: string) => void) {
    this.section = h('section', { class: 'problems', 'aria-labelledby': 'problems-heading' },
      h('h2', { id: 'problems-heading' }, t('designer.problems.heading')),
      this.summary,
      this.list);
  }

  render(problems: LintProblem[]): void {
    const canvas = this.modeler.get('canvas');
    const registry = this.modeler.get('elementRegistry');
    for (const id of this.marked) {
      if (registry.get(id)) canvas.removeMarker(id, 'cf-problem');
    }
    this.marked = [...new Set(problems.map(p => p.elementId).filter((id): id is string => !!id && !!registry.get(id)))];
    for (const id of this.marked) canvas.addMarker(id, 'cf-problem');

    const count = problems.length;
    this.summary.textContent = t(count === 0 ? 'designer.problems.none' : count === 1 ? 'designer.problems.one' : 'designer.problems.many', { count });
    replace(this.list, ...problems.map(problem => h('li', {},
      problem.elementId && registry.get(problem.elementId)
        ? h('button', { type: 'button', class: 'link-button', onclick: () => this.show(problem.elementId!) }, ...this.describe(problem))
        : h('span', {}, ...this.describe(problem)))));
  }

  private describe(problem: LintProblem): (Node | string)[] {
    const badge = t(problem.severity === 'warn' ? 'designer.problems.warning' : 'designer.problems.error');
    const where = problem.elementId ? `${this.nameOf(problem.elementId)}: ` : '';
    return [h('span', { class: `badge ${problem.severity}` }, `${badge}, ${problem.source}`), ` ${where}${problem.message}`];
  }

  private nameOf(id: string): string {
    const element = this.modeler.get('elementRegistry').get(id);
    const name = element?.businessObject?.name;
    return name ? `${name} (${id})` : id;
  }
}
