import type { RetryPolicy } from '../../routing/index.js';
import { waitBounds } from '../../retry/index.js';
import { jitterSpreadShare, MIN_JITTER_SAMPLES, NOISE_FLOOR_MS } from '../jitter-statistics.js';
import type { Wait } from '../retry-waits.js';
import { type ScenarioContext, groupBy, round, samplesOf } from '../scenario-context.js';
import { claim, type Claim, type ScenarioRule } from './rule.js';

// Jitter: where the policy declares jitter, concurrent callers do not retry in lockstep.

/** Concurrent samples' waits for the same retry spread as the declared jitter would spread them. */
export const jitterPresent = {
  id: 'jitter_present',
  category: 'retry_path',
  on: 'scenario',
  check: (ctx) => (ctx.waits.length === 0 ? null : checkJitter(ctx, ctx.waits)),
} as const satisfies ScenarioRule;

function checkJitter(ctx: ScenarioContext, waits: readonly Wait[]): Claim | null {
  const ids = new Map<RetryPolicy, number>();
  const idOf = (p: RetryPolicy) => ids.get(p) ?? (ids.set(p, ids.size), ids.size - 1);
  // The same retry of the same policy, across concurrent samples.
  const groups = [...groupBy(waits, (w) => `${idOf(w.policy)}#${w.retry}`).values()].filter(
    (g) => g[0]!.policy.jitter !== 'none',
  );
  if (groups.length === 0) return null;
  const eligible = groups
    .filter((g) => g.length >= MIN_JITTER_SAMPLES)
    .map((g) => {
      const { minMs, maxMs } = waitBounds(g[0]!.policy, g[0]!.retry);
      const values = g.map((w) => w.waitedMs);
      return {
        needed: jitterSpreadShare(g.length) * (maxMs - minMs),
        spread: Math.max(...values) - Math.min(...values),
      };
    })
    .filter((g) => g.needed >= NOISE_FLOOR_MS);
  if (eligible.length === 0) {
    return claim(
      'unknown',
      { samples: samplesOf(ctx).length, required_samples: MIN_JITTER_SAMPLES },
      'too few concurrent samples of the same retry, or a declared jitter range too narrow, to tell jitter from scheduling noise',
    );
  }
  const best = eligible.reduce((a, b) => (b.spread / b.needed > a.spread / a.needed ? b : a));
  const figures = {
    retries_compared: eligible.length,
    largest_spread_ms: round(best.spread),
    spread_needed_ms: round(best.needed),
  };
  return best.spread >= best.needed
    ? claim(
        'pass',
        figures,
        `concurrent samples' waits for the same retry spread by ${round(best.spread)} ms`,
      )
    : claim(
        'fail',
        figures,
        `jitter is declared but concurrent samples retried in lockstep (spread ${round(best.spread)} ms, at least ${round(best.needed)} ms expected)`,
      );
}
