import type { RoutingPlan } from '../../plan/types.js';
import type { StormResult } from '../types.js';
import { DEFAULT_STORM, type StormScenario } from './scenario.js';
import { simulateStorm } from './simulate.js';

/**
 * The storm figures of every chain under one scenario. undefined runs the default scenario;
 * null means the storm was switched off (the judge records that as unknown, not as a pass).
 */
export function runStorms(
  plan: RoutingPlan,
  scenario: StormScenario | null | undefined,
): StormResult[] {
  if (scenario === null) return [];
  return plan.chains.map(
    (chain) =>
      simulateStorm({
        chain,
        routes: plan.routes,
        budget: plan.budget,
        scenario: scenario ?? DEFAULT_STORM,
      }).result,
  );
}
