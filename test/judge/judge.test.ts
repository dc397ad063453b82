import { describe, expect, it } from 'vitest';
import { judge } from '../../src/judge/judge.js';
import { planFromText } from '../../src/plan/load.js';
import type { HappyPathObservation } from '../../src/observations/types.js';

const plan = planFromText(
  'cfg.yaml',
  `routes:
  - { name: a, endpoint_family: chat_completions, base_url: "https://a.test/v1", model: m }
  - { name: b, endpoint_family: chat_completions, base_url: "https://b.test/v1", model: m }
`,
);

function seen(
  route: string,
  statusClass: HappyPathObservation['statusClass'],
): HappyPathObservation {
  return {
    route,
    family: 'chat_completions',
    upstream: 'mock',
    environmentMismatch: null,
    requestId: `req_${route}`,
    requestIdSource: 'provider',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 5,
    httpStatus: statusClass === '2xx_usable' ? 200 : 503,
    statusClass,
    reason: statusClass,
    output: null,
  };
}

describe('judge', () => {
  it('keeps the primary when it answers usably', () => {
    const j = judge({
      plan,
      analysis: { findings: [], change: null },
      observations: {
        happyPath: [seen('a', '2xx_usable'), seen('b', '2xx_usable')],
        errorPath: [],
        storm: [],
      },
    });
    expect(j).toMatchObject({ decision: 'keep_primary', passed: true, failures: [] });
  });

  it('uses the fallback when the primary fails transiently and the fallback is usable', () => {
    const j = judge({
      plan,
      analysis: { findings: [], change: null },
      observations: {
        happyPath: [seen('a', 'retryable'), seen('b', '2xx_usable')],
        errorPath: [],
        storm: [],
      },
    });
    expect(j.decision).toBe('use_fallback');
    expect(j.passed).toBe(true);
  });

  it('escalates and fails when nothing usable remains', () => {
    const j = judge({
      plan,
      analysis: { findings: [], change: null },
      observations: {
        happyPath: [seen('a', 'terminal'), seen('b', 'retryable')],
        errorPath: [],
        storm: [],
      },
    });
    expect(j.decision).toBe('escalate');
    expect(j.passed).toBe(false);
  });

  it('pauses when the primary was not observed', () => {
    const j = judge({
      plan,
      analysis: { findings: [], change: null },
      observations: { happyPath: [seen('b', '2xx_usable')], errorPath: [], storm: [] },
    });
    expect(j.paused).toBe(true);
    expect(j.decisions[0]?.evidenceGaps).toEqual(['happy path of route a']);
  });
});

describe('a decision rests on evidence from the environment it claims', () => {
  /** A scenario in which the primary recovered under retries: on the embedded mock. */
  const recovered = {
    scenario: 'throttle-then-recover',
    chain: 'default',
    driver: 'reference' as const,
    expectation: '',
    samples: [0, 1, 2].map((sample) => ({
      sample,
      attempts: [429, 200].map((status, i) => ({
        sample,
        seq: i + 1,
        route: 'a',
        atMs: i * 2500,
        durationMs: 1,
        method: 'POST',
        path: '/v1/chat/completions',
        fault: status === 200 ? ('ok' as const) : ('status' as const),
        status,
        retryAfterMs: status === 429 ? 2000 : null,
        retryHeaders: {},
        requestId: null,
      })),
      outcome: { kind: 'usable' as const, route: 'a' },
      elapsedMs: 2501,
    })),
    wallMs: 2600,
    longestMandatedWaitMs: 2000,
    evidenceGaps: [],
    fallbackExpected: false,
  };

  it('a mock primary that failed transiently and recovers under injected faults is retried', () => {
    const j = judge({
      plan,
      analysis: { findings: [], change: null },
      observations: {
        happyPath: [seen('a', 'retryable'), seen('b', '2xx_usable')],
        errorPath: [recovered],
        storm: [],
      },
    });
    expect(j.decisions[0]?.rule).toBe('primary_recovers_with_retries');
  });

  it('a live primary that is down does not get retry_primary from the mock recovering', () => {
    const j = judge({
      plan,
      analysis: { findings: [], change: null },
      observations: {
        happyPath: [{ ...seen('a', 'retryable'), upstream: 'live' }, seen('b', '2xx_usable')],
        errorPath: [recovered],
        storm: [],
      },
    });
    expect(j.decisions[0]?.decision).not.toBe('retry_primary');
    expect(j.decisions[0]?.decision).not.toBe('keep_primary');
    expect(j.decisions[0]?.rule).toBe('fallback_usable');
  });
});
