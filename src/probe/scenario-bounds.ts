import type { Chain, Route, RoutingPlan } from '../routing/index.js';
import { isSaturated, worstCaseChainAttempts, worstCaseChainElapsedMs } from '../retry/index.js';
import { HIGHEST, LOWEST, simulateChain, type Simulation } from './drivers/virtual-time.js';
import type { ScenarioRun } from './scenarios.js';

// What the declared policy bounds one scenario to, before anything is sent: the floor and ceiling
// of its timeline in virtual time (what a well-behaved caller must wait, and may wait), whether
// the scenario is run at all (the attempt limit and the time box), and each sample's deadline.

/** Chains whose static worst case is larger than this are not run on the error path. */
export const MAX_SIMULATED_ATTEMPTS = 100_000;
/** How long a hang lasts for a route that declares no timeout, when the budget sets no limit. */
const UNBOUNDED_HANG_MS = 60_000;

/** What the declared policy says about a scenario, as the observation carries it. */
export interface DeclaredFigures {
  kind: ScenarioRun['kind'];
  allowedOutcomes: ScenarioRun['allowedOutcomes'];
  fallbackExpected: ScenarioRun['fallbackExpected'];
  declaredAttempts: number;
  declaredBackoffWaits: number;
  declaredCeilingMs: number;
}

export interface DeclaredTimeline {
  /** The timeline with every jitter draw at its lowest: the scenario's mandated waits. */
  floor: Simulation;
  /** The timeline with every jitter draw at its highest. */
  ceiling: Simulation;
  declared: DeclaredFigures;
}

/** The per-attempt bound for a route that declares no timeout. */
export function hangBoundOf(plan: RoutingPlan): number {
  return plan.budget.maxElapsedMs ?? UNBOUNDED_HANG_MS;
}

/**
 * Why a chain is not run at all, or null. A virtual-time run of such a policy would enumerate
 * every attempt: the static worst case already fails the budget, so the scenario is reported as
 * not run, never guessed.
 */
export function attemptLimitGap(chain: Chain): string | null {
  const worstCase = worstCaseChainAttempts(chain);
  if (worstCase <= MAX_SIMULATED_ATTEMPTS) return null;
  return `not run: the declared worst case is ${isSaturated(worstCase) ? 'at least ' : ''}${worstCase} upstream attempts per request, beyond the ${MAX_SIMULATED_ATTEMPTS} the gate runs or simulates`;
}

/** The declared policy run in virtual time against the scenario's faults, jitter low and high. */
export async function declaredTimeline(
  chain: Chain,
  routes: ReadonlyMap<string, Route>,
  scenario: ScenarioRun,
  hangBound: number,
): Promise<DeclaredTimeline> {
  const simulation = { chain, routes, faults: scenario.faults, defaultTimeoutMs: hangBound };
  const floor = await simulateChain({ ...simulation, random: LOWEST });
  const ceiling = await simulateChain({ ...simulation, random: HIGHEST });
  const declared = {
    kind: scenario.kind,
    allowedOutcomes: scenario.allowedOutcomes,
    fallbackExpected: scenario.fallbackExpected,
    declaredAttempts: floor.attempts,
    declaredBackoffWaits: floor.events.filter((e) => e.type === 'wait' && e.reason === 'backoff')
      .length,
    declaredCeilingMs: Math.round(ceiling.elapsedMs),
  };
  return { floor, ceiling, declared };
}

/** Why a scenario is left out of the default run by the time box, or null when it runs. */
export function timeBoxGap(
  floorMs: number,
  timeBox: number | null,
  scenario: ScenarioRun,
): string | null {
  if (timeBox === null || floorMs <= timeBox) return null;
  return `not run by default: the declared policy must wait ${Math.round(floorMs)} ms here, over the ${timeBox} ms time box (run it with --scenario ${scenario.name})`;
}

/**
 * Each sample's deadline. The longest a request following the declared policy can take here,
 * whatever member a load balancer picks and whatever the jitter draws: every attempt at its
 * timeout, every wait at its ceiling or at the longest wait the scenario announces; with room on
 * top, more for a driver that starts processes.
 */
export function sampleDeadlineMs(input: {
  plan: RoutingPlan;
  chain: Chain;
  routes: ReadonlyMap<string, Route>;
  scenario: ScenarioRun;
  ceiling: Simulation;
  reference: boolean;
  override: number | undefined;
}): number {
  const { plan, chain, routes, scenario, ceiling } = input;
  const worstCaseMs = Math.max(
    ceiling.elapsedMs,
    worstCaseChainElapsedMs(chain, routes, {
      defaultTimeoutMs: hangBoundOf(plan),
      retryAfterMs: longestAnnouncedWaitMs(scenario),
    }),
  );
  return (
    input.override ??
    (input.reference
      ? Math.ceil(worstCaseMs * 1.5) + 2_000
      : Math.max(worstCaseMs, plan.budget.maxElapsedMs ?? 0) + 10_000)
  );
}

/** The longest wait any step of the scenario's fault plans announces through retry-after. */
function longestAnnouncedWaitMs(scenario: ScenarioRun): number {
  let longest = 0;
  for (const plan of scenario.faults.values()) {
    for (const step of [...plan.steps, plan.then]) {
      if (step.kind !== 'status') continue;
      longest = Math.max(longest, step.retryAfterMs ?? 0, (step.retryAfterS ?? 0) * 1000);
    }
  }
  return longest;
}
