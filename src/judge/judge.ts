import type { HappyPathObservation, Observations } from '../probe/types.js';
import { routeOrder, worstCaseChainAttempts } from '../plan/worst-case.js';
import type { Chain, PlanAnalysis, RoutingPlan } from '../plan/types.js';
import { errorPathVerdicts, isGatingErrorPathVerdict } from './error-path.js';
import { stormVerdicts } from './storm.js';
import type { ChainDecision, FallbackDecision, Judgement, Verdict } from './types.js';

export interface JudgeInput {
  plan: RoutingPlan;
  analysis: PlanAnalysis;
  observations: Observations;
}

/** Verdicts whose failure fails the gate on its own. */
const GATING_VERDICTS = new Set([
  'worst_case_attempts_within_budget',
  'amplification_within_budget',
]);

const SEVERITY: Record<FallbackDecision, number> = {
  keep_primary: 0,
  retry_primary: 1,
  use_fallback: 2,
  escalate: 3,
};

export function judge(input: JudgeInput): Judgement {
  const { plan } = input;
  const { happyPath } = input.observations;
  const verdicts: Verdict[] = [];
  for (const observation of happyPath) {
    verdicts.push({
      id: 'happy_path_usable',
      subject: `route:${observation.route}`,
      status: observation.statusClass === '2xx_usable' ? 'pass' : 'fail',
      figures: { http_status: observation.httpStatus, status_class: observation.statusClass },
      reason: observation.reason,
    });
  }
  for (const chain of plan.chains) {
    const worst = worstCaseChainAttempts(chain);
    const limit = plan.budget.maxAttemptsPerRequest;
    verdicts.push({
      id: 'worst_case_attempts_within_budget',
      subject: `chain:${chain.name}`,
      status: worst <= limit ? 'pass' : 'fail',
      figures: { worst_case_attempts: worst, budget: limit },
      reason:
        worst <= limit
          ? `a full outage causes at most ${worst} upstream attempts (budget ${limit})`
          : `a full outage causes ${worst} upstream attempts, over the budget of ${limit}`,
    });
  }
  verdicts.push(...errorPathVerdicts(plan, input.observations.errorPath));
  verdicts.push(...stormVerdicts(plan, input.observations.storm));
  const decisions = plan.chains.map((chain) => decideChain(chain, happyPath, verdicts));
  const decision = decisions.reduce<FallbackDecision>(
    (worst, d) => (SEVERITY[d.decision] > SEVERITY[worst] ? d.decision : worst),
    'keep_primary',
  );
  const paused = decisions.some((d) => d.paused);
  const failures = [
    ...verdicts
      .filter((v) => v.status === 'fail' && GATING_VERDICTS.has(v.id))
      .map((v) => `${v.subject}: ${v.reason}`),
    ...verdicts
      .filter((v) => v.status === 'fail' && isGatingErrorPathVerdict(v))
      .map((v) => `${v.subject}: ${v.id}: ${v.reason}`),
    ...decisions
      .filter((d) => d.decision === 'escalate')
      .map((d) => `chain:${d.chain}: escalate: ${d.reason}`),
    ...decisions
      .filter((d) => d.paused)
      .map(
        (d) => `chain:${d.chain}: decision paused, missing evidence: ${d.evidenceGaps.join(', ')}`,
      ),
  ];
  return { verdicts, decisions, decision, paused, passed: failures.length === 0, failures };
}

function decideChain(
  chain: Chain,
  happyPath: HappyPathObservation[],
  verdicts: Verdict[],
): ChainDecision {
  const order = routeOrder(chain.target);
  const byRoute = new Map(happyPath.map((o) => [o.route, o]));
  const budget = verdicts.find(
    (v) => v.id === 'worst_case_attempts_within_budget' && v.subject === `chain:${chain.name}`,
  );
  const primary = order[0] ? byRoute.get(order[0]) : undefined;
  const gaps = order
    .filter((name) => !byRoute.has(name))
    .map((name) => `happy path of route ${name}`);
  const base = { chain: chain.name, paused: false, evidenceGaps: gaps };
  if (budget?.status === 'fail') {
    return {
      ...base,
      decision: 'escalate',
      reason: 'the retry budget can be exceeded: reduce retry pressure first',
    };
  }
  if (!primary) {
    return {
      ...base,
      paused: true,
      decision: 'escalate',
      reason: 'the primary route was not observed',
    };
  }
  if (primary.statusClass === '2xx_usable') {
    return {
      ...base,
      decision: 'keep_primary',
      reason: `primary ${primary.route} answered with a usable ${primary.family} response`,
    };
  }
  const usableFallback = order
    .slice(1)
    .map((name) => byRoute.get(name))
    .find((o) => o?.statusClass === '2xx_usable');
  if (primary.statusClass === 'retryable' && usableFallback) {
    return {
      ...base,
      decision: 'use_fallback',
      reason: `primary ${primary.route} failed transiently (${primary.reason}); fallback ${usableFallback.route} is usable`,
    };
  }
  return {
    ...base,
    decision: 'escalate',
    reason: `primary ${primary.route}: ${primary.reason}; no usable fallback`,
  };
}
