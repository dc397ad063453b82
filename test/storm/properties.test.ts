import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { worstCaseChainAttempts } from '../../src/retry/worst-case.js';
import { backoffCeiling, firstBackoff } from '../../src/retry/backoff.js';
import type { SimulatedAttempt } from '../../src/storm/simulate.js';
import { planOf, retryYaml, ROUTE_A, ROUTE_B, simulate } from './plans.js';

/** The most retries (attempts after a caller's first) that start within any 100 ms window. */
function retryPeakPer100ms(attempts: readonly SimulatedAttempt[]): number {
  const buckets = new Map<number, number>();
  for (const a of attempts) {
    if (!a.retry) continue;
    const b = Math.floor(a.startMs / 100);
    buckets.set(b, (buckets.get(b) ?? 0) + 1);
  }
  return Math.max(0, ...buckets.values());
}

describe('storm simulation properties', () => {
  it('jitter spreads the retry peak of a burst: full jitter is always lower than none', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 500, max: 4000 }),
        fc.constantFrom('full', 'equal'),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (callers, maxAttempts, initialBackoffMs, jitter, seed) => {
          const plan = (j: string) =>
            planOf(
              `routes:\n  - ${ROUTE_A}\nretry: ${retryYaml({ max_attempts: maxAttempts, initial_backoff_ms: initialBackoffMs, jitter: j, max_elapsed_ms: null })}\n`,
            );
          const scenario = { callers, arrivalWindowMs: 0, seed, outage: { durationMs: 120_000 } };
          const none = simulate(plan('none'), scenario);
          const jittered = simulate(plan(jitter), scenario);
          // Without jitter every caller of the burst retries in the same instant.
          expect(retryPeakPer100ms(none.attempts!)).toBe(callers);
          expect(retryPeakPer100ms(jittered.attempts!)).toBeLessThan(callers);
          // Jitter moves attempts in time; it does not change how many there are.
          expect(jittered.totalAttempts).toBe(none.totalAttempts);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('never causes more attempts per caller than the static worst case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('hard_down', 'throttle', 'partial'),
        fc.constantFrom('primary', 'all'),
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 1000 }),
        (attempts, layerAttempts, shape, scope, durationMs, seed) => {
          const plan = planOf(
            `routes:\n  - ${ROUTE_A}\n  - ${ROUTE_B}\nretry: ${retryYaml({ max_attempts: attempts, initial_backoff_ms: 200, jitter: 'full' })}\n` +
              `layers:\n  - { name: sdk, retry: ${retryYaml({ max_attempts: layerAttempts, initial_backoff_ms: 300 })} }\n` +
              'budget: { max_attempts_per_request: 100 }\n',
          );
          const sim = simulate(
            plan,
            { callers: 100, seed, outage: { shape, scope, durationMs } },
            false,
          );
          expect(sim.result.amplification).toBeLessThanOrEqual(
            worstCaseChainAttempts(plan.chains[0]!),
          );
          expect(sim.result.amplification).toBeGreaterThanOrEqual(1);
          const { usable, controlledFailure } = sim.result.shares;
          expect(usable + controlledFailure).toBeCloseTo(1, 10);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('backoff states are immutable: next() leaves the earlier state as it was', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        fc.constantFrom('none', 'full', 'equal'),
        (initialBackoffMs, multiplier, jitter) => {
          const policy = { initialBackoffMs, multiplier, maxBackoffMs: 20_000, jitter } as const;
          const first = firstBackoff(policy, () => 0.5);
          const snapshot = { ...first };
          const second = first.next(() => 0.25);
          expect({ ...first }).toEqual(snapshot);
          expect(second.retry).toBe(2);
          expect(second.ceilingMs).toBe(backoffCeiling(policy, 2));
          expect(second.delayMs).toBeLessThanOrEqual(second.ceilingMs);
          expect(first.next(() => 0.25).delayMs).toBe(second.delayMs);
        },
      ),
    );
  });
});
