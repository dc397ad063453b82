import { z } from 'zod';
import type { StormResult } from '../probe/types.js';

// The retry-storm figures as the ledger keeps them: numbers only, snake_case like the rest of
// the ledger, with the chart series so the picture can be redrawn from the JSON.

export const stormRecordSchema = z.strictObject({
  chain: z.string(),
  seed: z.int().nonnegative(),
  callers: z.int().nonnegative(),
  outage_shape: z.enum(['hard_down', 'throttle', 'partial']),
  outage_ms: z.number().nonnegative(),
  /** Upstream attempts per caller request. */
  amplification: z.number().nonnegative(),
  peak_attempts_per_second: z.number().nonnegative(),
  baseline_peak_attempts_per_second: z.number().nonnegative(),
  drain_ms: z.number().nonnegative(),
  share_usable: z.number().min(0).max(1),
  share_controlled_failure: z.number().min(0).max(1),
  share_over_budget: z.number().min(0).max(1),
  /** Attempts per second from t_s on, with the policy and without any retry. */
  series: z.array(
    z.strictObject({
      t_s: z.number().nonnegative(),
      policy: z.number().nonnegative(),
      baseline: z.number().nonnegative(),
    }),
  ),
});

export type StormRecord = z.infer<typeof stormRecordSchema>;

export function stormRecordOf(storm: StormResult): StormRecord {
  const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
  return {
    chain: storm.chain,
    seed: storm.seed,
    callers: storm.callers,
    outage_shape: storm.outage.shape,
    outage_ms: storm.outage.durationMs,
    amplification: round(storm.amplification),
    peak_attempts_per_second: storm.peakAttemptsPerSecond,
    baseline_peak_attempts_per_second: storm.baselinePeakAttemptsPerSecond,
    drain_ms: Math.round(storm.drainMs),
    share_usable: round(storm.shares.usable, 4),
    share_controlled_failure: round(storm.shares.controlledFailure, 4),
    share_over_budget: round(storm.shares.overBudget, 4),
    series: storm.series.map((p) => ({ t_s: p.tSeconds, policy: p.policy, baseline: p.baseline })),
  };
}
