import type { RoutingPlan } from '../plan/types.js';
import type { ScenarioObservation } from '../probe/types.js';
import type { Verdict } from './types.js';

/** Verdicts from the injected-fault scenarios: what the retry path really did on the wire. */
export function errorPathVerdicts(
  plan: RoutingPlan,
  scenarios: readonly ScenarioObservation[],
): Verdict[] {
  return scenarios.map((scenario) => {
    const most = Math.max(0, ...scenario.samples.map((s) => s.attempts.length));
    const limit = plan.budget.maxAttemptsPerRequest;
    return {
      id: 'attempts_within_budget',
      subject: `chain:${scenario.chain}/scenario:${scenario.scenario}`,
      status: scenario.samples.length === 0 ? 'unknown' : most <= limit ? 'pass' : 'fail',
      figures: { max_attempts_observed: most, budget: limit, samples: scenario.samples.length },
      reason:
        scenario.samples.length === 0
          ? 'no sample of this scenario was observed'
          : `at most ${most} upstream attempts per request observed (budget ${limit})`,
    };
  });
}
