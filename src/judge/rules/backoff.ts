import { waitBounds } from '../../retry/index.js';
import { NEAR_ZERO_SHARE, NOISE_FLOOR_MS, nearZeroWaitsNeeded } from '../jitter-statistics.js';
import type { Wait } from '../retry-waits.js';
import {
  ABANDON_TOLERANCE_MS,
  type ScenarioContext,
  round,
  waitSlack,
} from '../scenario-context.js';
import { claim, type Claim, type ScenarioRule } from './rule.js';

// Backoff: after a retryable failure the caller waits at least what its declared policy waits
// before trying again. Full jitter has no floor per wait and is judged by counting near-zero waits.

/** Every wait at least its declared minimum; for full jitter, not most waits near zero. */
export const backoffPresent = {
  id: 'backoff_present',
  category: 'retry_path',
  on: 'scenario',
  check: (ctx) => {
    if (ctx.waits.length === 0) {
      // Nothing to measure where the declared policy would not back off either.
      if (ctx.scenario.declaredBackoffWaits === 0) return null;
      return claim(
        'unknown',
        { waits_checked: 0 },
        'no retry after a retryable failure was observed, so no backoff could be measured',
      );
    }
    return checkBackoff(ctx, ctx.waits);
  },
} as const satisfies ScenarioRule;

function checkBackoff(ctx: ScenarioContext, waits: readonly Wait[]): Claim {
  const below = waits
    .map((w) => ({ w, min: w.minMs }))
    .filter(
      ({ w, min }) => w.waitedMs + (w.abandoned ? ABANDON_TOLERANCE_MS : waitSlack(min)) < min,
    );
  const shortest = Math.min(...waits.map((w) => w.waitedMs));
  const figures = {
    waits_checked: waits.length,
    shortest_wait_ms: round(shortest),
    longest_wait_ms: round(Math.max(...waits.map((w) => w.waitedMs))),
    below_declared_minimum: below.length,
  };
  if (below.length > 0) {
    const { w, min } = below[0]!;
    return claim(
      'fail',
      { ...figures, declared_minimum_ms: round(min) },
      `waited ${round(w.waitedMs)} ms before retry ${w.retry} on route ${w.route}; the declared minimum is ${round(min)} ms`,
    );
  }
  const full = waits.filter((w) => w.policy.jitter === 'full');
  if (full.length === 0) {
    return claim(
      'pass',
      figures,
      `${waits.length} waits, each at least its declared minimum (shortest ${round(shortest)} ms)`,
    );
  }
  // Full jitter has no per-wait floor: a caller without backoff shows up as most waits sitting
  // near zero, which a jittering caller does only with probability FALSE_ALARM.
  const needed = nearZeroWaitsNeeded(full.length);
  const thresholds = full.map((w) => NEAR_ZERO_SHARE * waitBounds(w.policy, w.retry).maxMs);
  if (needed === null || Math.min(...thresholds) < NOISE_FLOOR_MS) {
    return claim(
      full.length === waits.length ? 'unknown' : 'pass',
      { ...figures, full_jitter_waits: full.length },
      `full jitter has no minimum wait, and ${full.length} waits are too few (or their ceilings too short) to tell backoff from scheduling noise`,
    );
  }
  const nearZero = full.filter((w, i) => w.waitedMs < thresholds[i]!).length;
  const counts = {
    ...figures,
    full_jitter_waits: full.length,
    near_zero_waits: nearZero,
    near_zero_needed: needed,
  };
  if (nearZero >= needed) {
    return claim(
      'fail',
      counts,
      `no backoff: ${nearZero} of ${full.length} waits stayed under ${NEAR_ZERO_SHARE * 100}% of their declared ceiling (a jittering caller would leave at most ${needed - 1})`,
    );
  }
  return claim(
    'pass',
    counts,
    `${waits.length} waits; ${full.length - nearZero} of ${full.length} full-jitter waits clearly above zero (longest ${figures.longest_wait_ms} ms)`,
  );
}
