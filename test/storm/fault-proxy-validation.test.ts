import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock/server.js';
import { runErrorPath } from '../../src/probe/error-path-run.js';
import { runStorms } from '../../src/storm/run-storms.js';
import { stormScenario } from '../../src/storm/scenario.js';
import { planOf, retryYaml } from './plans.js';

// The simulation and the gate's reference driver must read a policy the same way. Here a few
// hundred concurrent callers go through the shared fault proxies while every route answers 503,
// and the simulation runs the same population against an outage that outlasts every retry. The
// time-dependent agreement (recovery mid-retry) is checked in loopback-validation.test.ts.
// (The driver's per-sample deadline once counted the declared waits alone, so on a busy machine
// callers were cut off mid-retry and the wire showed a third fewer attempts than simulated.)

/** 150 concurrent callers per core this machine offers (300 on a 2-core runner). */
const CALLERS = 150 * Math.max(1, availableParallelism());
// Every answer is an immediate 503, so the per-attempt timeout never decides anything here; it is
// long because hundreds of callers share one starved event loop with the proxies, and an attempt
// that times out before the proxy reads it never reaches the log (the gate reports that as an
// evidence gap, but this test is about counting).
const route = (name: string) =>
  `{ name: ${name}, endpoint_family: chat_completions, base_url: "https://${name}.test/v1", model: m, timeout_ms: 30000 }`;

let mock: MockProvider | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

describe('simulation against real callers through the fault proxy', () => {
  it('counts the same upstream attempts for stacked layers and a fallback, within 10 %', async () => {
    const plan = planOf(
      `routes:\n  - ${route('a')}\n  - ${route('b')}\n` +
        `retry: ${retryYaml({ max_attempts: 3, initial_backoff_ms: 5, max_backoff_ms: 20, jitter: 'full', max_elapsed_ms: null })}\n` +
        `layers:\n  - { name: sdk, retry: ${retryYaml({ max_attempts: 2, initial_backoff_ms: 5, jitter: 'equal', max_elapsed_ms: null })} }\n` +
        'budget: { max_attempts_per_request: 100, max_elapsed_ms: null }\n',
    );
    mock = await startMockProvider();
    const run = await runErrorPath(plan, {
      driver: 'reference',
      scenarios: ['unavailable-exhausts'],
      samples: CALLERS,
      upstreamBaseUrl: mock.url,
      env: {},
    });
    const observed = run.observations[0]!;
    expect(observed.samples).toHaveLength(CALLERS);
    expect(observed.evidenceGaps).toEqual([]);
    const onTheWire = observed.samples.reduce((n, s) => n + s.attempts.length, 0);

    const [storm] = runStorms(
      plan,
      stormScenario({
        callers: CALLERS,
        arrivalWindowMs: 0,
        outage: { shape: 'hard_down', scope: 'all', durationMs: 600_000 },
      }),
    );
    const simulated = storm!.amplification * storm!.callers;

    // 2 SDK attempts × (3 on a + 3 on b) = 12 per caller, by both counts.
    expect(onTheWire).toBe(CALLERS * 12);
    expect(Math.abs(onTheWire - simulated) / simulated).toBeLessThanOrEqual(0.1);
  }, 60_000);
});
