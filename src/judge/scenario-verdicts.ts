import type { Chain, RoutingPlan } from '../routing/index.js';
import type { ScenarioObservation } from '../observations/index.js';
import { NEAR_ZERO_SHARE } from './jitter-statistics.js';
import { retryWaits } from './retry-waits.js';
import { callerOutcome } from './rules/caller-outcome.js';
import { claim, verdictOf } from './rules/rule.js';
import {
  ABANDON_TOLERANCE_MS,
  replaySample,
  routePolicies,
  type ScenarioContext,
  WAIT_TOLERANCE_MS,
  waitSlack,
} from './scenario-context.js';
import type { VerdictSubject } from './subject.js';
import { anyInsideNoise, judgeTimingNoise } from './timing-noise.js';
import type { Verdict } from './types.js';
import { rulesOn } from './verdict-rules.js';

// Verdicts from the observed scenarios (injected faults, or requests rebuilt from logs): what
// the caller's stack really did on the wire, against the declared policy and the budget. Each
// verdict carries its numbers and one line of reason; "unknown" means the fact could not be
// observed and is never a guess. The claims themselves are the scenario rules of verdict-rules.ts.

export function errorPathVerdicts(
  plan: RoutingPlan,
  scenarios: readonly ScenarioObservation[],
): Verdict[] {
  return scenarios.flatMap((scenario) => {
    const chain = plan.chains.find((c) => c.name === scenario.chain);
    if (!chain) return [];
    const subject: VerdictSubject = {
      kind: 'scenario',
      chain: scenario.chain,
      scenario: scenario.scenario,
    };
    if (scenario.samples.length === 0) {
      return [
        verdictOf(
          callerOutcome.id,
          subject,
          claim(
            'unknown',
            { samples: 0 },
            scenario.evidenceGaps[0] ?? 'no sample of this scenario was observed',
          ),
        ),
      ];
    }
    const ctx = scenarioContext(plan, chain, scenario);
    const noise = {
      plan,
      scenario,
      waits: ctx.waits,
      waitSlack,
      abandonToleranceMs: ABANDON_TOLERANCE_MS,
      nearZeroShare: NEAR_ZERO_SHARE,
      waitToleranceMs: WAIT_TOLERANCE_MS,
    };
    return rulesOn('scenario').flatMap((rule) => {
      const found = rule.check(ctx);
      return found ? [judgeTimingNoise(noise, verdictOf(rule.id, subject, found))] : [];
    });
  });
}

function scenarioContext(
  plan: RoutingPlan,
  chain: Chain,
  scenario: ScenarioObservation,
): ScenarioContext {
  const read = {
    plan,
    chain,
    scenario,
    policies: routePolicies(chain),
    replays: new Map(scenario.samples.map((s) => [s.sample, replaySample(plan, chain, s)])),
  };
  return { ...read, waits: retryWaits(read) };
}

/** The judge's rule for a re-run: a scenario whose verdicts sit inside its timing noise. */
export function scenarioInsideNoise(
  plan: RoutingPlan,
): (observation: ScenarioObservation) => boolean {
  return (observation) => anyInsideNoise(errorPathVerdicts(plan, [observation]));
}
