import type { RoutingPlan } from '../routing/index.js';
import type { ScenarioObservation } from '../observations/index.js';
import { NEAR_ZERO_SHARE } from './jitter-statistics.js';
import { retryWaits } from './retry-waits.js';
import { backoffAndJitter } from './rules/backoff.js';
import { callerOutcome } from './rules/caller-outcome.js';
import { fallbackEngaged } from './rules/fallback.js';
import { retryAfterHonoured } from './rules/retry-after.js';
import { attemptsWithinBudget, attemptsWithinDeclared } from './rules/retry-budget.js';
import { stopRule } from './rules/stop-rule.js';
import { terminalNotRetried } from './rules/terminal-status.js';
import {
  ABANDON_TOLERANCE_MS,
  type Ctx,
  replaySample,
  routePolicies,
  WAIT_TOLERANCE_MS,
  waitSlack,
} from './scenario-context.js';
import { anyInsideNoise, judgeTimingNoise } from './timing-noise.js';
import type { Verdict, VerdictStatus } from './types.js';

// Verdicts from the injected-fault scenarios: what the caller's stack really did on the wire,
// against the declared policy and the budget. Each verdict carries its numbers and one line of
// reason; "unknown" means the fact could not be observed and is never a guess.

export const ERROR_PATH_VERDICTS = [
  'attempts_within_budget',
  'attempts_within_declared_policy',
  'backoff_present',
  'jitter_present',
  'retry_after_honoured',
  'terminal_not_retried',
  'stop_rule',
  'fallback_engaged',
  'caller_outcome',
] as const;
export type ErrorPathVerdictId = (typeof ERROR_PATH_VERDICTS)[number];

/** The error-path verdicts that fail the gate when they fail. */
export function isGatingErrorPathVerdict(verdict: Verdict): boolean {
  return (ERROR_PATH_VERDICTS as readonly string[]).includes(verdict.id);
}

export function errorPathVerdicts(
  plan: RoutingPlan,
  scenarios: readonly ScenarioObservation[],
): Verdict[] {
  return scenarios.flatMap((scenario) => {
    const chain = plan.chains.find((c) => c.name === scenario.chain);
    if (!chain) return [];
    const subject = `chain:${scenario.chain}/scenario:${scenario.scenario}`;
    const make = (
      id: ErrorPathVerdictId,
      status: VerdictStatus,
      figures: Verdict['figures'],
      reason: string,
    ): Verdict => ({ id, subject, status, figures, reason });
    if (scenario.samples.length === 0) {
      return [
        make(
          'caller_outcome',
          'unknown',
          { samples: 0 },
          scenario.evidenceGaps[0] ?? 'no sample of this scenario was observed',
        ),
      ];
    }
    const ctx: Ctx = {
      plan,
      chain,
      scenario,
      make,
      policies: routePolicies(chain),
      replays: new Map(scenario.samples.map((s) => [s.sample, replaySample(plan, chain, s)])),
    };
    const noise = {
      plan,
      scenario,
      waits: retryWaits(ctx),
      waitSlack,
      abandonToleranceMs: ABANDON_TOLERANCE_MS,
      nearZeroShare: NEAR_ZERO_SHARE,
      waitToleranceMs: WAIT_TOLERANCE_MS,
    };
    return [
      attemptsWithinBudget(ctx),
      attemptsWithinDeclared(ctx),
      ...backoffAndJitter(ctx),
      retryAfterHonoured(ctx),
      terminalNotRetried(ctx),
      stopRule(ctx),
      fallbackEngaged(ctx),
      callerOutcome(ctx),
    ]
      .filter((v): v is Verdict => v !== null)
      .map((v) => judgeTimingNoise(noise, v));
  });
}

/** The judge's rule for a re-run: a scenario whose verdicts sit inside its timing noise. */
export function scenarioInsideNoise(
  plan: RoutingPlan,
): (observation: ScenarioObservation) => boolean {
  return (observation) => anyInsideNoise(errorPathVerdicts(plan, [observation]));
}
