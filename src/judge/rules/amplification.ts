import { claim, type StormRule } from './rule.js';

/**
 * The population check: upstream attempts per caller request under an outage, against the
 * budget's max_amplification. When the simulation did not run (--no-storm) there is no verdict
 * at all, so nothing claims a pass; the ledger lists the amplification as remaining uncertainty.
 */
export const amplificationWithinBudget = {
  id: 'amplification_within_budget',
  category: 'budget',
  on: 'storm',
  check: ({ plan, storm }) => {
    const limit = plan.budget.maxAmplification;
    const amplification = round(storm.amplification);
    const figures = {
      amplification,
      budget: limit,
      callers: storm.callers,
      outage_shape: storm.outage.shape,
      outage_ms: storm.outage.durationMs,
      seed: storm.seed,
      peak_attempts_per_second: storm.peakAttemptsPerSecond,
      baseline_peak_attempts_per_second: storm.baselinePeakAttemptsPerSecond,
      drain_ms: Math.round(storm.drainMs),
      share_usable: round(storm.shares.usable),
      share_controlled_failure: round(storm.shares.controlledFailure),
      share_over_budget: round(storm.shares.overBudget),
    };
    const peakRatio =
      storm.baselinePeakAttemptsPerSecond > 0
        ? storm.peakAttemptsPerSecond / storm.baselinePeakAttemptsPerSecond
        : 0;
    const what =
      `${storm.callers} simulated callers in a ${Math.round(storm.outage.durationMs / 1000)} s ` +
      `${storm.outage.shape.replace('_', '-')} outage caused ${amplification} upstream attempts each, ` +
      `peak ${storm.peakAttemptsPerSecond}/s (${peakRatio.toFixed(1)}× the no-retry baseline)`;
    if (limit === null) {
      return claim('unknown', figures, `${what}; the budget sets no max_amplification`);
    }
    const within = storm.amplification <= limit;
    return claim(
      within ? 'pass' : 'fail',
      figures,
      within
        ? `${what}, within the budget of ${limit}`
        : `amplification ${amplification} is over the budget of ${limit}: ${what}`,
    );
  },
} as const satisfies StormRule;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
