import { describe, expect, it } from 'vitest';
import { errorPathVerdicts } from '../../../src/judge/scenario-verdicts.js';
import { anyInsideNoise } from '../../../src/judge/timing-noise.js';
import { executeChain } from '../../../src/probe/drivers/reference.js';
import { runErrorPath } from '../../../src/probe/error-path-run.js';
import { sampleSeed } from '../../../src/probe/sample-run.js';
import { workerPool } from '../../../src/probe/worker-pool.js';
import type { ScenarioObservation } from '../../../src/observations/types.js';
import { NODE, ROOT } from '../../helpers/spawn.js';
import { plan, route, useMock } from './fixtures.js';

// The gate times itself: each scenario records how late its own event loop ran, a scenario whose
// timing verdicts sit inside that disturbance runs once more, and command samples go through a
// bounded pool.

const mock = useMock();

/** Blocks this process's event loop for `ms`, as a CPU-starved runner would. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

describe('the gate measures its own event-loop delay per scenario', () => {
  it('records a 400 ms stall during the scenario, and little without one', async () => {
    const m = await mock();
    const run = (stallMs: number) => {
      if (stallMs > 0) setTimeout(() => stall(stallMs), 50);
      return runErrorPath(plan(), {
        driver: 'reference',
        scenarios: ['unavailable-exhausts'],
        samples: 3,
        upstreamBaseUrl: m.url,
        env: {},
      });
    };
    const stalled = (await run(400)).observations[0]!.timing!;
    expect(stalled.eventLoopDelayMaxMs).toBeGreaterThanOrEqual(350);
    expect(stalled.disturbanceMs).toBe(stalled.eventLoopDelayMaxMs);
    expect(stalled.lateStartMaxMs).toBeNull();
    expect(stalled.concurrency).toBe(3);
    const calm = (await run(0)).observations[0]!.timing!;
    expect(calm.eventLoopDelayMaxMs).toBeLessThan(stalled.eventLoopDelayMaxMs);
  });

  it('runs a scenario inside its noise exactly once more, and records both disturbances', async () => {
    const m = await mock();
    const asked: ScenarioObservation[] = [];
    const run = await runErrorPath(plan(), {
      driver: 'reference',
      scenarios: ['unavailable-exhausts', 'terminal'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: {},
      insideNoise: (o) => {
        asked.push(o);
        return o.scenario === 'terminal';
      },
    });
    expect(asked.map((o) => o.scenario).sort()).toEqual(['terminal', 'unavailable-exhausts']);
    const byName = new Map(run.observations.map((o) => [o.scenario, o]));
    expect(byName.get('unavailable-exhausts')?.timing).toMatchObject({
      runs: 1,
      firstRunDisturbanceMs: null,
    });
    const rerun = byName.get('terminal')!.timing!;
    expect(rerun.runs).toBe(2);
    expect(rerun.firstRunDisturbanceMs).toBe(
      asked.find((o) => o.scenario === 'terminal')!.timing!.disturbanceMs,
    );
  });

  it("a stall longer than a verdict's margin makes it unknown after the re-run, never pass or fail", async () => {
    const m = await mock();
    // A 300 ms retry-after against a 1 s stall in each run: every gap's margin is inside the noise.
    // The stall starts when the first sample begins its wait, so it falls inside the scenario
    // however late a busy machine starts it.
    const p = plan({ routes: [route('primary', { timeoutMs: 5000 })] });
    let armed = true;
    const executor: typeof executeChain = (chain, options) =>
      executeChain(chain, {
        ...options,
        onEvent: (event) => {
          options.onEvent?.(event);
          if (event.type === 'wait' && armed) {
            armed = false;
            setImmediate(() => stall(1000));
          }
        },
      });
    const result = await runErrorPath(p, {
      driver: 'reference',
      scenarios: ['throttle-then-recover'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: {},
      knobs: { retryAfterMs: 300 },
      executor,
      insideNoise: (o) => {
        // Stall the second run too, while it waits out its retry-after.
        armed = true;
        return anyInsideNoise(errorPathVerdicts(p, [o]));
      },
    });
    const o = result.observations[0]!;
    expect(o.timing?.runs).toBe(2);
    const retryAfter = errorPathVerdicts(p, [o]).find((v) => v.id === 'retry_after_honoured');
    expect(retryAfter?.status).toBe('unknown');
    expect(retryAfter?.figures.observed_status).toBe('pass');
    expect(retryAfter?.reason).toMatch(/^inside the timing noise in both runs/);
  });
});

describe('command samples go through a bounded pool', () => {
  it('runs 4 samples of a 300 ms command 2 at a time, and records the pool size', async () => {
    const m = await mock();
    const run = await runErrorPath(plan({ routes: [route('primary')] }), {
      driver: 'command',
      command: `"${NODE}" -e "setTimeout(() => {}, 300)"`,
      cwd: ROOT,
      scenarios: ['terminal'],
      samples: 4,
      upstreamBaseUrl: m.url,
      env: { PATH: process.env.PATH ?? '' },
      concurrency: 2,
    });
    const o = run.observations[0]!;
    expect(o.samples).toHaveLength(4);
    // Two rounds of two: never all four at once.
    expect(o.wallMs).toBeGreaterThanOrEqual(600);
    expect(o.timing?.concurrency).toBe(2);
    expect(o.timing?.lateStartMaxMs).toBeGreaterThanOrEqual(0);
  });

  it('never runs more tasks at once than its size', async () => {
    const pool = workerPool(3);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        pool(async () => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(3);
  });
});

describe('the reference driver draws the same jitter for the same inputs', () => {
  it('seeds each sample by chain, scenario and sample: fixed across runs, different between samples', () => {
    expect(sampleSeed('default', 'timeout', 0)).toBe(sampleSeed('default', 'timeout', 0));
    const seeds = new Set(
      ['timeout', 'reset'].flatMap((scenario) =>
        [0, 1, 2, 3, 4].map((sample) => sampleSeed('default', scenario, sample)),
      ),
    );
    expect(seeds.size).toBe(10);
  });
});
