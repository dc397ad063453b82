import { describe, expect, it } from 'vitest';
import { errorPathVerdicts } from '../../src/judge/scenario-verdicts.js';
import type {
  AttemptRecord,
  CallerOutcome,
  ScenarioObservation,
  ScenarioTiming,
} from '../../src/observations/types.js';
import { plan, policy, route } from '../probe/error-path/fixtures.js';

// A timing verdict whose margin lies within the disturbance the gate measured while the scenario
// ran is unknown, naming that delay: never a fail, never a pass. Hand-written logs, so each margin
// is known exactly.

type Step = [route: string, atMs: number, status: number, extra?: Partial<AttemptRecord>];

function sample(index: number, steps: Step[], outcome: CallerOutcome) {
  const attempts: AttemptRecord[] = steps.map(([name, atMs, status, extra], i) => ({
    sample: index,
    seq: i + 1,
    route: name,
    atMs,
    durationMs: 1,
    method: 'POST',
    path: '/v1/chat/completions',
    fault: status === 200 ? 'ok' : 'status',
    status,
    retryAfterMs: null,
    retryHeaders: {},
    requestId: `req_${index}_${i}`,
    statusClass: status === 200 ? '2xx_usable' : status === 400 ? 'terminal' : 'retryable',
    abandonedAfterMs: null,
    ...extra,
  }));
  return { sample: index, attempts, outcome, elapsedMs: 0 };
}

const timing = (disturbanceMs: number, extra: Partial<ScenarioTiming> = {}): ScenarioTiming => ({
  eventLoopDelayMaxMs: disturbanceMs,
  eventLoopDelayP99Ms: 0,
  lateStartMaxMs: null,
  disturbanceMs,
  concurrency: 1,
  runs: 1,
  firstRunDisturbanceMs: null,
  ...extra,
});

function observation(
  samples: ReturnType<typeof sample>[],
  t: ScenarioTiming | undefined,
): ScenarioObservation {
  return {
    scenario: 's',
    chain: 'default',
    driver: 'reference',
    expectation: '',
    samples,
    wallMs: 0,
    longestMandatedWaitMs: 0,
    evidenceGaps: [],
    allowedOutcomes: ['usable', 'controlled_failure'],
    fallbackExpected: false,
    ...(t ? { timing: t } : {}),
  };
}

const failed = { kind: 'controlled_failure', reason: 'x' } as const;
/** One route, 2 attempts, a fixed 300 ms backoff. */
const p = plan({ routes: [route('primary')], retry: policy({ initialBackoffMs: 300 }) });
const verdict = (o: ScenarioObservation, id: string) =>
  errorPathVerdicts(p, [o]).find((v) => v.id === id);

/** A retry 200 ms after a 503 that ended at 1 ms: 94 ms short of 300 ms less its 6 ms slack. */
const shortWait = () => [
  sample(
    0,
    [
      ['primary', 0, 503],
      ['primary', 201, 503],
    ],
    failed,
  ),
];

describe('timing verdicts against the measured disturbance', () => {
  it('fails a wait that is short by more than the disturbance', () => {
    const v = verdict(observation(shortWait(), timing(40)), 'backoff_present');
    expect(v?.status).toBe('fail');
  });

  it('reads the same short wait as unknown when the gate was off by more than its margin', () => {
    const v = verdict(observation(shortWait(), timing(150, { runs: 2 })), 'backoff_present');
    expect(v?.status).toBe('unknown');
    expect(v?.figures).toMatchObject({
      observed_status: 'fail',
      margin_ms: 94,
      measured_delay_ms: 150,
    });
    expect(v?.reason).toMatch(
      /^inside the timing noise in both runs: the margin of 94 ms is within the 150 ms/,
    );
  });

  it('does not pass a wait that clears its minimum by less than the disturbance', () => {
    // 302 ms after the answer ended: 2 ms over the minimum, plus the 6 ms slack (2 %).
    const o = (t: ScenarioTiming) =>
      observation(
        [
          sample(
            0,
            [
              ['primary', 0, 503],
              ['primary', 303, 503],
            ],
            failed,
          ),
        ],
        t,
      );
    expect(verdict(o(timing(3)), 'backoff_present')?.status).toBe('pass');
    const noisy = verdict(o(timing(20)), 'backoff_present');
    expect(noisy?.status).toBe('unknown');
    expect(noisy?.figures).toMatchObject({ observed_status: 'pass', margin_ms: 8 });
  });

  it('reads an early return after retry-after as unknown only inside the noise', () => {
    const o = (t: ScenarioTiming) =>
      observation(
        [
          sample(
            0,
            [
              ['primary', 0, 429, { retryAfterMs: 1000 }],
              ['primary', 356, 200],
            ],
            { kind: 'usable', route: 'primary' },
          ),
        ],
        t,
      );
    // 355 ms after an announced 1000 ms: 625 ms short once the 20 ms slack is allowed.
    expect(verdict(o(timing(100)), 'retry_after_honoured')?.status).toBe('fail');
    const noisy = verdict(o(timing(1000)), 'retry_after_honoured');
    expect(noisy?.status).toBe('unknown');
    expect(noisy?.figures.margin_ms).toBe(625);
  });

  it('reads a retried terminal answer as unknown when the caller could have missed it', () => {
    // The 400 was ready after 1 ms; the route's timeout is 1000 ms.
    const o = (t: ScenarioTiming) =>
      observation(
        [
          sample(
            0,
            [
              ['primary', 0, 400],
              ['primary', 500, 400],
            ],
            failed,
          ),
        ],
        t,
      );
    expect(verdict(o(timing(200)), 'terminal_not_retried')?.status).toBe('fail');
    expect(verdict(o(timing(1200)), 'terminal_not_retried')?.status).toBe('unknown');
  });

  it('sets each wait against the stalls around its two ends, not the worst stall of the scenario', () => {
    // Two samples, each a 503 then a retry 303 ms after it (9 ms clear of 300 ms less its 6 ms slack).
    // Sample 0 started at t=1000, sample 1 at t=5000; the gate's loop stalled 400 ms at t=3000.
    const o = (stallAt: number, stallMs = 400) => {
      const samples = [0, 1].map((i) => ({
        ...sample(
          i,
          [
            ['primary', 0, 503],
            ['primary', 304, 503],
          ],
          failed,
        ),
        startedAtMs: i === 0 ? 1000 : 5000,
      }));
      return observation(
        samples,
        timing(400, { stalls: [{ fromMs: stallAt - stallMs, toMs: stallAt }] }),
      );
    };
    // Nowhere near either wait: the pass stands despite a 400 ms stall in the scenario.
    expect(verdict(o(3000), 'backoff_present')?.status).toBe('pass');
    // 100 ms inside sample 1's wait, clear of both its ends (t=5001 and t=5304): it moved nothing.
    expect(verdict(o(5200, 100), 'backoff_present')?.status).toBe('pass');
    // Ending as sample 1's retry arrived: that retry may have been held back, so unknown.
    const overlapped = verdict(o(5304), 'backoff_present');
    expect(overlapped?.status).toBe('unknown');
    expect(overlapped?.figures).toMatchObject({ margin_ms: 9, measured_delay_ms: 400 });
  });

  it('leaves counts alone, and verdicts of a scenario that was not measured', () => {
    const noisy = observation(shortWait(), timing(10_000));
    expect(verdict(noisy, 'attempts_within_budget')?.status).toBe('pass');
    expect(verdict(noisy, 'attempts_within_declared_policy')?.status).toBe('pass');
    expect(verdict(observation(shortWait(), undefined), 'backoff_present')?.status).toBe('fail');
    expect(verdict(observation(shortWait(), timing(0)), 'backoff_present')?.status).toBe('fail');
  });
});
