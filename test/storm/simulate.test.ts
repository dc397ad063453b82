import { describe, expect, it } from 'vitest';
import { worstCaseChainAttempts } from '../../src/retry/worst-case.js';
import { planOf, retryYaml, ROUTE_A, ROUTE_B, simulate } from './plans.js';

const ONE_CALLER = { callers: 1, arrivalWindowMs: 0 } as const;
const FAST_FAIL = { failLatencyMs: 10, okLatencyMs: 500, scope: 'all' } as const;

function singleRoute(retry: Record<string, unknown>, extra = ''): ReturnType<typeof planOf> {
  return planOf(`routes:\n  - ${ROUTE_A}\nretry: ${retryYaml(retry)}\n${extra}`);
}

describe('storm simulation: one caller, fixed backoff, no jitter', () => {
  const doubling = { max_attempts: 4, initial_backoff_ms: 100, multiplier: 2 };

  it('follows the exact timeline through a hard-down outage and ends in a controlled failure', () => {
    const sim = simulate(singleRoute(doubling), {
      ...ONE_CALLER,
      outage: { ...FAST_FAIL, durationMs: 10_000 },
    });
    // attempt 0–10, wait 100, attempt 110–120, wait 200, attempt 320–330, wait 400, attempt 730–740
    expect(sim.attempts!.map((a) => [a.startMs, a.endMs, a.result])).toEqual([
      [0, 10, 503],
      [110, 120, 503],
      [320, 330, 503],
      [730, 740, 503],
    ]);
    expect(sim.callers).toEqual([{ arrivalMs: 0, endMs: 740, attempts: 4, usable: false }]);
    expect(sim.result.amplification).toBe(4);
    expect(sim.result.shares).toEqual({ usable: 0, controlledFailure: 1, overBudget: 0 });
  });

  it('stops retrying once the upstream recovers, and measures the drain after recovery', () => {
    const sim = simulate(singleRoute(doubling), {
      ...ONE_CALLER,
      outage: { ...FAST_FAIL, durationMs: 300 },
    });
    expect(sim.attempts!.map((a) => [a.startMs, a.result])).toEqual([
      [0, 503],
      [110, 503],
      [320, 'ok'],
    ]);
    expect(sim.result.shares.usable).toBe(1);
    // The caller's last answer arrives at 320 + 500 ms, 520 ms after the outage ended.
    expect(sim.result.drainMs).toBe(520);
  });

  it('caps each wait at max_backoff_ms', () => {
    const plan = singleRoute({
      max_attempts: 4,
      initial_backoff_ms: 100,
      multiplier: 10,
      max_backoff_ms: 250,
    });
    const sim = simulate(plan, { ...ONE_CALLER, outage: { ...FAST_FAIL, durationMs: 10_000 } });
    expect(sim.attempts!.map((a) => a.startMs)).toEqual([0, 110, 370, 630]);
  });

  it('starts no retry after max_elapsed_ms', () => {
    const plan = singleRoute({ ...doubling, max_elapsed_ms: 300 });
    const sim = simulate(plan, { ...ONE_CALLER, outage: { ...FAST_FAIL, durationMs: 10_000 } });
    // The third try would start at 320 ms, past the 300 ms limit.
    expect(sim.attempts!.map((a) => a.startMs)).toEqual([0, 110]);
  });

  it('waits at least the announced retry-after when it honours it, and ignores it otherwise', () => {
    const throttle = {
      ...FAST_FAIL,
      shape: 'throttle',
      retryAfterMs: 1000,
      durationMs: 10_000,
    } as const;
    const honoured = simulate(singleRoute(doubling), { ...ONE_CALLER, outage: throttle });
    expect(honoured.attempts!.map((a) => [a.startMs, a.result])).toEqual([
      [0, 429],
      [1010, 429],
      [2020, 429],
      [3030, 429],
    ]);
    const ignored = simulate(singleRoute({ ...doubling, honour_retry_after: false }), {
      ...ONE_CALLER,
      outage: throttle,
    });
    expect(ignored.attempts!.map((a) => a.startMs)).toEqual([0, 110, 320, 730]);
  });

  it('does not retry a status outside retry_on', () => {
    const sim = simulate(singleRoute({ ...doubling, retry_on: [429, 500] }), {
      ...ONE_CALLER,
      outage: { ...FAST_FAIL, durationMs: 10_000 },
    });
    expect(sim.totalAttempts).toBe(1);
  });

  it('spends the route timeout on an outage that hangs', () => {
    const sim = simulate(singleRoute({ ...doubling, max_attempts: 2 }), {
      ...ONE_CALLER,
      outage: { ...FAST_FAIL, hardDownAs: 'timeout', durationMs: 60_000 },
    });
    // timeout_ms is 5000: attempt 0–5000, wait 100, attempt 5100–10100.
    expect(sim.attempts!.map((a) => [a.startMs, a.endMs, a.result])).toEqual([
      [0, 5000, 'timeout'],
      [5100, 10_100, 'timeout'],
    ]);
  });
});

describe('storm simulation: layers and fallbacks', () => {
  it('multiplies stacked layers: 3 SDK tries over 4 gateway tries give 12 attempts per caller', () => {
    const plan = singleRoute(
      { max_attempts: 4, initial_backoff_ms: 10 },
      `layers:\n  - { name: sdk, retry: ${retryYaml({ max_attempts: 3, initial_backoff_ms: 10 })} }\nbudget: { max_attempts_per_request: 20 }\n`,
    );
    const sim = simulate(plan, {
      callers: 50,
      arrivalWindowMs: 1000,
      outage: { ...FAST_FAIL, durationMs: 60_000 },
    });
    expect(sim.result.amplification).toBe(12);
    expect(sim.result.amplification).toBe(worstCaseChainAttempts(plan.chains[0]!));
  });

  it('adds fallbacks: the primary down costs its retries plus one fallback answer', () => {
    const plan = planOf(
      `routes:\n  - ${ROUTE_A}\n  - ${ROUTE_B}\nretry: ${retryYaml({ max_attempts: 2, initial_backoff_ms: 50 })}\n`,
    );
    const primaryDown = simulate(plan, {
      callers: 100,
      outage: { ...FAST_FAIL, scope: 'primary', durationMs: 30_000 },
    });
    expect(primaryDown.result.amplification).toBe(3);
    expect(primaryDown.result.shares.usable).toBe(1);
    expect(
      new Set(primaryDown.attempts!.filter((a) => a.result === 'ok').map((a) => a.route)),
    ).toEqual(new Set(['b']));
    const allDown = simulate(plan, {
      callers: 100,
      outage: { ...FAST_FAIL, scope: 'all', durationMs: 30_000 },
    });
    expect(allDown.result.amplification).toBe(4);
    expect(allDown.result.shares.controlledFailure).toBe(1);
  });

  it('counts callers whose request used more attempts than the budget allows', () => {
    const plan = singleRoute(
      { max_attempts: 5, initial_backoff_ms: 10 },
      'budget: { max_attempts_per_request: 4 }\n',
    );
    const sim = simulate(plan, { callers: 10, outage: { ...FAST_FAIL, durationMs: 60_000 } });
    expect(sim.result.shares.overBudget).toBe(1);
  });
});

describe('storm simulation: population figures', () => {
  const plan = planOf(
    `routes:\n  - ${ROUTE_A}\nretry: ${retryYaml({ max_attempts: 3, initial_backoff_ms: 1000, jitter: 'full' })}\n`,
  );

  it('measures the no-retry baseline from arrivals: 1000 callers over 10 s is 100 per second', () => {
    const sim = simulate(plan, { callers: 1000, arrivalWindowMs: 10_000 }, false);
    expect(sim.result.baselinePeakAttemptsPerSecond).toBe(100);
    expect(sim.result.peakAttemptsPerSecond).toBeGreaterThan(200);
    expect(sim.result.series.reduce((sum, p) => sum + p.baseline, 0)).toBe(1000);
  });

  it('replays exactly from the same seed and differs with another', () => {
    const one = simulate(plan, { callers: 500, seed: 7 });
    const again = simulate(plan, { callers: 500, seed: 7 });
    const other = simulate(plan, { callers: 500, seed: 8 });
    expect(again.attempts).toEqual(one.attempts);
    expect(other.attempts!.map((a) => a.startMs)).not.toEqual(one.attempts!.map((a) => a.startMs));
  });

  it('keeps the chart to at most 60 points however long the storm lasts', () => {
    const sim = simulate(plan, {
      callers: 200,
      arrivalWindowMs: 600_000,
      outage: { durationMs: 600_000 },
    });
    expect(sim.result.series.length).toBeLessThanOrEqual(60);
    expect(sim.result.series.length).toBeGreaterThan(30);
  });

  it('lets a partial outage fail about the stated share of attempts', () => {
    const sim = simulate(plan, {
      callers: 5000,
      outage: { shape: 'partial', failFraction: 0.3, durationMs: 60_000 },
    });
    const failed = sim.attempts!.filter((a) => a.result !== 'ok').length;
    expect(failed / sim.totalAttempts).toBeGreaterThan(0.27);
    expect(failed / sim.totalAttempts).toBeLessThan(0.33);
  });
});

describe('storm simulation: groups and bounds', () => {
  it('sends each try of a load-balanced group to one child: half the tries reach the down route', () => {
    const base = planOf(
      `routes:\n  - ${ROUTE_A}\n  - ${ROUTE_B}\nretry: ${retryYaml({ max_attempts: 3, initial_backoff_ms: 10 })}\n`,
    );
    const policy =
      base.chains[0]!.target.kind === 'fallback' ? base.chains[0]!.target.targets[0]!.retry : null;
    const at = base.chains[0]!.at;
    const plan = {
      ...base,
      chains: [
        {
          ...base.chains[0]!,
          target: {
            kind: 'loadbalance' as const,
            retry: policy,
            at,
            targets: [
              { kind: 'route' as const, route: 'a', retry: null, at },
              { kind: 'route' as const, route: 'b', retry: null, at },
            ],
          },
        },
      ],
    };
    const sim = simulate(
      plan,
      { callers: 20_000, outage: { scope: 'primary', durationMs: 60_000 } },
      false,
    );
    // Each try succeeds with probability 1/2, at most 3 tries: 1 + 1/2 + 1/4 = 1.75 attempts,
    // and 1 − 1/8 of the callers end usable.
    expect(sim.result.amplification).toBeCloseTo(1.75, 1);
    expect(sim.result.shares.usable).toBeCloseTo(0.875, 1);
  });
});
