import { planFromText } from '../../src/plan/load.js';
import type { RoutingPlan } from '../../src/routing/types.js';
import { simulateStorm, type StormSimulation } from '../../src/storm/simulate.js';
import { stormScenario, type Outage, type StormScenario } from '../../src/storm/scenario.js';

/** A routing plan from native YAML, for storm tests. */
export function planOf(yaml: string): RoutingPlan {
  return planFromText('storm.yaml', yaml);
}

export const ROUTE_A =
  '{ name: a, endpoint_family: chat_completions, base_url: "https://a.test/v1", model: m, timeout_ms: 5000 }';
export const ROUTE_B =
  '{ name: b, endpoint_family: chat_completions, base_url: "https://b.test/v1", model: m, timeout_ms: 5000 }';

/** A retry policy in the native format, with no jitter unless stated. */
export function retryYaml(fields: Record<string, unknown>): string {
  const all = { jitter: 'none', max_backoff_ms: 100_000, ...fields };
  return `{ ${Object.entries(all)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ')} }`;
}

export function simulate(
  plan: RoutingPlan,
  scenario: Partial<Omit<StormScenario, 'outage'>> & { outage?: Partial<Outage> },
  recordAttempts = true,
): StormSimulation {
  return simulateStorm({
    chain: plan.chains[0]!,
    routes: plan.routes,
    budget: plan.budget,
    scenario: stormScenario(scenario),
    recordAttempts,
  });
}
