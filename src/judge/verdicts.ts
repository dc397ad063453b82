import type { RoutingPlan } from '../routing/index.js';
import type { HappyPathObservation, StormResult } from '../observations/index.js';
import { verdictOf } from './rules/rule.js';
import type { Verdict } from './types.js';
import { rulesOn } from './verdict-rules.js';

// The rules run over the judge's inputs that are not scenarios (those are scenario-verdicts.ts):
// each route's happy path, each chain as declared, each chain's simulated storm.

export function routeVerdicts(happyPath: readonly HappyPathObservation[]): Verdict[] {
  return happyPath.flatMap((observation) =>
    rulesOn('route').map((rule) =>
      verdictOf(rule.id, { kind: 'route', route: observation.route }, rule.check(observation)),
    ),
  );
}

export function chainVerdicts(plan: RoutingPlan): Verdict[] {
  return plan.chains.flatMap((chain) =>
    rulesOn('chain').map((rule) =>
      verdictOf(rule.id, { kind: 'chain', chain: chain.name }, rule.check({ plan, chain })),
    ),
  );
}

/**
 * The storm verdicts of every simulated chain. When the simulation did not run (--no-storm)
 * there are none, so nothing claims a pass.
 */
export function stormVerdicts(plan: RoutingPlan, storms: readonly StormResult[]): Verdict[] {
  return storms.flatMap((storm) =>
    rulesOn('storm').map((rule) =>
      verdictOf(rule.id, { kind: 'chain', chain: storm.chain }, rule.check({ plan, storm })),
    ),
  );
}
