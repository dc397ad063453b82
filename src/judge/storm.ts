import type { RoutingPlan } from '../plan/types.js';
import type { StormResult } from '../probe/types.js';
import type { Verdict } from './types.js';

/** The population check: upstream attempts per caller request under an outage, against the budget. */
export function stormVerdicts(plan: RoutingPlan, storms: readonly StormResult[]): Verdict[] {
  const limit = plan.budget.maxAmplification;
  return storms.map((storm) => ({
    id: 'amplification_within_budget',
    subject: `chain:${storm.chain}`,
    status: limit === null ? 'unknown' : storm.amplification <= limit ? 'pass' : 'fail',
    figures: { amplification: storm.amplification, budget: limit, callers: storm.callers },
    reason:
      limit === null
        ? 'the budget sets no max_amplification'
        : `${storm.callers} simulated callers caused ${storm.amplification.toFixed(2)} upstream attempts each (budget ${limit})`,
  }));
}
