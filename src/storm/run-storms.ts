import type { RoutingPlan } from '../routing/index.js';
import { worstCaseChainAttempts } from '../retry/index.js';
import type { StormResult } from '../observations/index.js';
import { DEFAULT_STORM, type StormScenario } from './scenario.js';
import { simulateStorm } from './simulate.js';

/**
 * The most attempts one simulation may make. A policy whose worst case is huge (retries stacked
 * 100 × 100 × …) is simulated with fewer callers, so the gate stays fast and bounded; the result
 * names how many callers were simulated.
 */
export const MAX_SIMULATED_ATTEMPTS = 10_000_000;

/**
 * The storm figures of every chain under one scenario. undefined runs the default scenario;
 * null means the storm was switched off (the judge records that as unknown, not as a pass).
 */
export function runStorms(
  plan: RoutingPlan,
  scenario: StormScenario | null | undefined,
): StormResult[] {
  if (scenario === null) return [];
  const chosen = scenario ?? DEFAULT_STORM;
  return plan.chains.map((chain) => {
    const worst = Math.max(1, worstCaseChainAttempts(chain));
    const callers = Math.max(
      1,
      Math.min(chosen.callers, Math.floor(MAX_SIMULATED_ATTEMPTS / worst)),
    );
    return simulateStorm({
      chain,
      routes: plan.routes,
      budget: plan.budget,
      scenario: { ...chosen, callers },
    }).result;
  });
}
