// bpmnlint in the browser: a static resolver with the recommended rules that fit CaseFlow's BPMN subset.
// Left out on purpose: no-implicit-split, fake-join, no-gateway-join-fork (CaseFlow forks and merges at tasks),
// label-required (ids are enough), sub-process and link rules (not in the subset), no-overlapping-elements.
import { Linter } from 'bpmnlint';
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';

const rules: Record<string, unknown> = {
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-inclusive-gateway': noInclusiveGateway,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'superfluous-gateway': superfluousGateway,
};

const cache: Record<string, unknown> = {};
const config: Record<string, string> = {};
for (const [name, rule] of Object.entries(rules)) {
  cache[`rule:bpmnlint/${name}`] = rule;
  config[name] = name === 'superfluous-gateway' ? 'warn' : 'error';
}


export interface LintProblem {
  elementId: string | null;
  message: string;
  source: 'bpmnlint' | 'CaseFlow';
  severity: 'error' | 'warn';
}

export async function lint(definitions: unknown): Promise<LintProblem[]> {
  // A new linter each time: it caches rule instances, and some rules keep state (no-duplicate-sequence-flows).
  const linter = new Linter({ config: { rules: config }, resolver: new StaticResolver(cache) });
  const results = await linter.lint(definitions);
  return Object.entries(results).flatMap(([rule, reports]) =>
    reports.map(r => ({
      elementId: r.id ?? null,
      message: `${r.message} (bpmnlint: ${rule})`,
      source: 'bpmnlint' as const,
      severity: r.category === 'warn' ? ('warn' as const) : ('error' as const),
    })));
}
