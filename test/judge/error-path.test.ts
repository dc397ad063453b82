import { describe, expect, it } from 'vitest';
import { nearZeroWaitsNeeded, jitterSpreadShare } from '../../src/judge/jitter-statistics.js';
import { errorPathVerdicts } from '../../src/judge/scenario-verdicts.js';
import { judge } from '../../src/judge/judge.js';
import type {
  AttemptRecord,
  CallerOutcome,
  ScenarioObservation,
} from '../../src/observations/types.js';
import { at, plan, policy } from '../probe/error-path/fixtures.js';

// The error-path verdicts on hand-written attempt logs: the numbers and the edge cases.

type Step = [route: string, atMs: number, status: number | null, extra?: Partial<AttemptRecord>];

function sample(index: number, steps: Step[], outcome: CallerOutcome) {
  const attempts: AttemptRecord[] = steps.map(([route, atMs, status, extra], i) => ({
    sample: index,
    seq: i + 1,
    route,
    atMs,
    durationMs: status === null ? null : 1,
    method: 'POST',
    path: '/v1/chat/completions',
    fault: status === null ? 'hang' : status === 200 ? 'ok' : 'status',
    status,
    retryAfterMs: null,
    retryHeaders: {},
    requestId: `req_${index}_${i}`,
    statusClass: status === 200 ? '2xx_usable' : status === 400 ? 'terminal' : 'retryable',
    abandonedAfterMs: status === null ? 400 : null,
    ...extra,
  }));
  return { sample: index, attempts, outcome, elapsedMs: 0 };
}

function observation(
  samples: ReturnType<typeof sample>[],
  extra: Partial<ScenarioObservation> = {},
): ScenarioObservation {
  return {
    scenario: 's',
    chain: 'default',
    driver: 'command',
    expectation: '',
    samples,
    wallMs: 0,
    longestMandatedWaitMs: 0,
    evidenceGaps: [],
    allowedOutcomes: ['usable', 'controlled_failure'],
    fallbackExpected: false,
    ...extra,
  };
}

const failed = { kind: 'controlled_failure', reason: 'x' } as const;
const usable = { kind: 'usable', route: 'backup' } as const;
const find = (o: ScenarioObservation, id: string, p = plan()) =>
  errorPathVerdicts(p, [o]).find((v) => v.id === id);

describe('error-path verdicts on hand-written logs', () => {
  it('makes the attempt counts unknown, not guessed, when the log has a gap', () => {
    const o = observation([sample(0, [['primary', 0, 503]], failed)], {
      evidenceGaps: ['2 request(s) reached a fault proxy without a sample prefix'],
    });
    expect(find(o, 'attempts_within_budget')?.status).toBe('unknown');
    expect(find(o, 'attempts_within_budget')?.reason).toMatch(/without a sample prefix/);
  });

  it('checks backoff at a stacked layer boundary against the layer, not the route', () => {
    // Route: 2 attempts, 100 ms fixed. Layer: 2 attempts, 1000 ms fixed. Attempt 3 starts a new pass.
    const p = plan({
      order: ['primary'],
      layers: [{ name: 'sdk', retry: policy({ initialBackoffMs: 1000 }), at }],
    });
    const good = observation([
      sample(
        0,
        [
          ['primary', 0, 503],
          ['primary', 101, 503],
          ['primary', 1102, 503],
          ['primary', 1203, 503],
        ],
        failed,
      ),
    ]);
    expect(find(good, 'backoff_present', p)?.status).toBe('pass');
    const early = observation([
      sample(
        0,
        [
          ['primary', 0, 503],
          ['primary', 101, 503],
          ['primary', 300, 503],
        ],
        failed,
      ),
    ]);
    const verdict = find(early, 'backoff_present', p);
    expect(verdict?.status).toBe('fail');
    expect(verdict?.figures.declared_minimum_ms).toBe(1000);
  });

  it('measures the wait after a hang from when the caller gave up on it', () => {
    const o = observation([
      sample(
        0,
        [
          ['primary', 0, null],
          ['primary', 401 + 100, 200],
        ],
        { kind: 'usable', route: 'primary' },
      ),
    ]);
    expect(find(o, 'backoff_present')?.figures.shortest_wait_ms).toBe(101);
  });

  it('passes retry-after when the caller never came back to that route', () => {
    const o = observation([
      sample(
        0,
        [
          ['primary', 0, 429, { retryAfterMs: 1000 }],
          ['backup', 5, 200],
        ],
        usable,
      ),
    ]);
    const v = find(o, 'retry_after_honoured');
    expect(v?.status).toBe('pass');
    expect(v?.figures.followed_by_retry).toBe(0);
  });

  it('does not report terminal or retry-after verdicts where none was sent', () => {
    const o = observation([sample(0, [['primary', 0, 200]], { kind: 'usable', route: 'primary' })]);
    expect(find(o, 'terminal_not_retried')).toBeUndefined();
    expect(find(o, 'retry_after_honoured')).toBeUndefined();
  });

  it('fails the fallback when it was sent while a primary attempt was still open', () => {
    const hedged = sample(
      0,
      [
        ['primary', 0, 503, { durationMs: 300 }],
        ['backup', 10, 200],
      ],
      usable,
    );
    const v = find(observation([hedged], { fallbackExpected: true }), 'fallback_engaged');
    expect(v?.status).toBe('fail');
    expect(v?.reason).toMatch(/still open/);
  });

  it('fails a usable outcome that the scenario does not allow', () => {
    const o = observation(
      [sample(0, [['primary', 0, 200]], { kind: 'usable', route: 'primary' })],
      {
        allowedOutcomes: ['controlled_failure'],
      },
    );
    expect(find(o, 'caller_outcome')?.status).toBe('fail');
  });

  it('calls full-jitter backoff unknown when there are too few waits to tell it from noise', () => {
    const p = plan({
      retry: policy({ jitter: 'full', initialBackoffMs: 500 }),
      order: ['primary'],
    });
    const o = observation([
      sample(
        0,
        [
          ['primary', 0, 503],
          ['primary', 3, 503],
        ],
        failed,
      ),
    ]);
    expect(find(o, 'backoff_present', p)?.status).toBe('unknown');
  });

  it('keeps the statistical thresholds at the stated false-alarm rate', () => {
    // k of n full-jitter waits under 10 % of their ceiling happens by chance with probability ≤ 1e-4.
    expect(nearZeroWaitsNeeded(3)).toBeNull();
    expect(nearZeroWaitsNeeded(5)).toBe(5);
    expect(nearZeroWaitsNeeded(10)).toBe(7);
    expect(nearZeroWaitsNeeded(30)).toBe(11);
    // Range of 5 uniforms under t: 5t^4 − 4t^5 = 1e-4.
    const t = jitterSpreadShare(5);
    expect(5 * t ** 4 - 4 * t ** 5).toBeCloseTo(1e-4, 8);
    expect(t).toBeGreaterThan(0.06);
    expect(t).toBeLessThan(0.07);
  });

  it('fails the gate when an error-path verdict fails', () => {
    const p = plan({ budget: { maxAttemptsPerRequest: 1 } });
    const o = observation([
      sample(
        0,
        [
          ['primary', 0, 503],
          ['primary', 200, 503],
        ],
        failed,
      ),
    ]);
    const judgement = judge({
      plan: p,
      analysis: { findings: [], change: null },
      observations: { happyPath: [], errorPath: [o], storm: [] },
    });
    expect(judgement.passed).toBe(false);
    expect(judgement.failures.join('\n')).toMatch(
      /scenario:s: 2 upstream attempts for one request, over the budget of 1/,
    );
  });
});

describe('fallback_engaged on a chain that starts with a load-balanced group', () => {
  /** fallback[ loadbalance[east, west] (2 tries), claude ] */
  const lbPlan = () => {
    const p = plan({ retry: null });
    p.chains[0]!.target = {
      kind: 'fallback',
      retry: null,
      at,
      targets: [
        {
          kind: 'loadbalance',
          retry: policy({ maxAttempts: 2, initialBackoffMs: 10, maxBackoffMs: 10 }),
          at,
          targets: [
            { kind: 'route', route: 'east', retry: null, at },
            { kind: 'route', route: 'west', retry: null, at },
          ],
        },
        { kind: 'route', route: 'claude', retry: null, at },
      ],
    };
    return p;
  };
  const down = (samples: ReturnType<typeof sample>[]) =>
    observation(samples, { fallbackExpected: true, allowedOutcomes: ['usable'] });
  const fromClaude = { kind: 'usable', route: 'claude' } as const;
  const fromWest = { kind: 'usable', route: 'west' } as const;

  it('passes a sample that picked a healthy member: it needed no fallback', () => {
    const o = down([
      sample(0, [['west', 0, 200]], fromWest),
      sample(
        1,
        [
          ['east', 0, 503],
          ['west', 20, 503],
          ['claude', 40, 200],
        ],
        fromClaude,
      ),
    ]);
    const v = find(o, 'fallback_engaged', lbPlan());
    expect(v?.status, v?.reason).toBe('pass');
    expect(v?.figures).toMatchObject({ samples_needing_fallback: 1, samples_with_fallback: 1 });
  });

  it('fails a sample whose every try on the group failed and that stopped there', () => {
    const o = down([
      sample(
        0,
        [
          ['east', 0, 503],
          ['east', 20, 503],
        ],
        failed,
      ),
      sample(
        1,
        [
          ['west', 0, 503],
          ['east', 20, 503],
          ['claude', 40, 200],
        ],
        fromClaude,
      ),
    ]);
    const v = find(o, 'fallback_engaged', lbPlan());
    expect(v?.status).toBe('fail');
    expect(v?.reason).toMatch(
      /1 of 2 samples whose every attempt on primary group east, west failed/,
    );
  });
});
