import { describe, expect, it } from 'vitest';
import { errorPathVerdicts } from '../../../src/judge/scenario-verdicts.js';
import { renderSubject } from '../../../src/judge/subject.js';
import type { Verdict } from '../../../src/judge/types.js';
import { runErrorPath, type ErrorPathOptions } from '../../../src/probe/error-path-run.js';
import type { RoutingPlan } from '../../../src/routing/types.js';
import { NODE, ROOT } from '../../helpers/spawn.js';
import { plan, policy, route, useMock } from './fixtures.js';

// The command driver against a small caller whose habits can be broken one at a time: each
// verdict passes on the well-behaved caller and fails on the caller built to break it.

const mock = useMock();
const CLIENT = `"${NODE}" test/fixtures/clients/policy-client.mjs`;

/**
 * Each process's clock starts before its first request reaches the wire, and on a busy machine a
 * fresh process's first request can take over a second: a short per-attempt timeout would fire
 * on the client before it read the proxy's answer. Routes here allow 5 s.
 */
const routes = () => [route('primary', { timeoutMs: 5000 }), route('backup', { timeoutMs: 5000 })];

/** The declared policy the well-behaved client follows: 2 attempts, 500 ms full-jitter backoff. */
const declared = (overrides: Parameters<typeof plan>[0] = {}): RoutingPlan =>
  plan({
    routes: routes(),
    retry: policy({ initialBackoffMs: 500, jitter: 'full' }),
    ...overrides,
  });

async function verdictsFor(
  p: RoutingPlan,
  args: string,
  scenarios: string[],
  extra: Partial<ErrorPathOptions> = {},
): Promise<Verdict[]> {
  const m = await mock();
  const run = await runErrorPath(p, {
    driver: 'command',
    command: `${CLIENT} ${args}`,
    cwd: ROOT,
    scenarios,
    samples: 3,
    upstreamBaseUrl: m.url,
    env: { PATH: process.env.PATH ?? '' },
    knobs: { retryAfterMs: 500 },
    ...extra,
  });
  return errorPathVerdicts(p, run.observations);
}

const status = (verdicts: Verdict[], id: string, scenario: string) =>
  verdicts.find((v) => v.id === id && renderSubject(v.subject).endsWith(`scenario:${scenario}`))
    ?.status;

describe('command driver: each verdict passes on a well-behaved caller', () => {
  it('passes every verdict in every standard scenario', { timeout: 120_000 }, async () => {
    const verdicts = await verdictsFor(declared(), '--backoff-ms=500', [], {
      samples: 5,
      knobs: { retryAfterMs: 1000 },
    });
    const failed = verdicts.filter((v) => v.status === 'fail');
    expect(failed.map((v) => `${renderSubject(v.subject)} ${v.id}: ${v.reason}`)).toEqual([]);
    // A verdict the gate could not time on a busy machine is unknown and names the delay it
    // measured (the caller's own timers can fire early then); every other one passes.
    const ids = new Set(
      verdicts
        .filter((v) => v.status === 'pass' || v.figures.measured_delay_ms !== undefined)
        .map((v) => v.id),
    );
    expect([...ids].sort()).toEqual(
      [
        'attempts_within_budget',
        'attempts_within_declared_policy',
        'backoff_present',
        'caller_outcome',
        'fallback_engaged',
        'jitter_present',
        'retry_after_honoured',
        'stop_rule',
        'terminal_not_retried',
      ].sort(),
    );
  });
});

describe('command driver: each verdict fails on a caller built to break it', () => {
  it('attempts_within_budget fails on a caller that tries each route 3 times (6 > budget 4)', async () => {
    const verdicts = await verdictsFor(declared(), '--attempts=3 --backoff-ms=20', [
      'unavailable-exhausts',
    ]);
    const budget = verdicts.find((v) => v.id === 'attempts_within_budget');
    expect(budget?.status).toBe('fail');
    expect(budget?.figures.max_attempts_observed).toBe(6);
    expect(budget?.figures.budget).toBe(4);
  });

  it('attempts_within_declared_policy fails when the caller retries more than declared, even inside the budget', async () => {
    const p = declared({ budget: { maxAttemptsPerRequest: 10 } });
    const verdicts = await verdictsFor(p, '--attempts=3 --backoff-ms=20', ['unavailable-exhausts']);
    expect(status(verdicts, 'attempts_within_budget', 'unavailable-exhausts')).toBe('pass');
    const declaredVerdict = verdicts.find((v) => v.id === 'attempts_within_declared_policy');
    expect(declaredVerdict?.status).toBe('fail');
    expect(declaredVerdict?.figures).toMatchObject({
      max_attempts_observed: 6,
      declared_worst_case: 4,
    });
  });

  it('backoff_present fails on a caller that retries at once', async () => {
    // A 10 s full-jitter ceiling makes "near zero" anything under 1 s: far above the time a
    // retrying-at-once process takes to send its next request on a busy machine (up to 230 ms
    // seen with four CPU-bound competitors), so the verdict stays clear of the timing noise.
    const p = declared({
      retry: policy({ initialBackoffMs: 10_000, maxBackoffMs: 10_000, jitter: 'full' }),
    });
    const verdicts = await verdictsFor(p, '--no-backoff', ['unavailable-exhausts'], {
      samples: 5,
    });
    const backoff = verdicts.find((v) => v.id === 'backoff_present');
    expect(backoff?.status, backoff?.reason).toBe('fail');
    expect(Number(backoff?.figures.near_zero_waits)).toBeGreaterThanOrEqual(
      Number(backoff?.figures.near_zero_needed),
    );
  });

  it('backoff_present fails when waits are shorter than a declared fixed backoff', async () => {
    const p = plan({ routes: routes(), retry: policy({ initialBackoffMs: 300, jitter: 'none' }) });
    const verdicts = await verdictsFor(p, '--backoff-ms=60 --no-jitter', ['unavailable-exhausts']);
    const backoff = verdicts.find((v) => v.id === 'backoff_present');
    expect(backoff?.status).toBe('fail');
    expect(backoff?.figures.declared_minimum_ms).toBe(300);
  });

  it('jitter_present fails on a caller whose concurrent samples retry in lockstep', async () => {
    const p = plan({
      routes: routes(),
      retry: policy({ initialBackoffMs: 2000, maxBackoffMs: 2000, jitter: 'full' }),
    });
    // Judged against a 10 s declared range, a lockstep spread must reach 670 ms before it passes
    // for jitter: far beyond what scheduling on a busy machine adds (120 ms seen under load).
    const wide = plan({
      routes: routes(),
      retry: policy({ initialBackoffMs: 10_000, maxBackoffMs: 10_000, jitter: 'full' }),
    });
    const lockstep = await verdictsFor(
      wide,
      '--backoff-ms=2000 --no-jitter',
      ['unavailable-exhausts'],
      {
        samples: 5,
      },
    );
    const jitter = lockstep.find((v) => v.id === 'jitter_present');
    expect(jitter?.status, jitter?.reason).toBe('fail');
    expect(Number(jitter?.figures.largest_spread_ms)).toBeLessThan(
      Number(jitter?.figures.spread_needed_ms),
    );
    const jittered = await verdictsFor(p, '--backoff-ms=2000', ['unavailable-exhausts'], {
      samples: 5,
    });
    expect(jittered.find((v) => v.id === 'jitter_present')?.status).toBe('pass');
  });

  it('retry_after_honoured fails on a caller that ignores retry-after', async () => {
    const verdicts = await verdictsFor(declared(), '--ignore-retry-after --backoff-ms=50', [
      'throttle-then-recover',
    ]);
    const honoured = verdicts.find((v) => v.id === 'retry_after_honoured');
    expect(honoured?.status).toBe('fail');
    expect(honoured?.figures.announced_ms).toBe(500);
    expect(Number(honoured?.figures.shortest_gap_ms)).toBeLessThan(500);
  });

  it('terminal_not_retried fails on a caller that retries a 400', async () => {
    const verdicts = await verdictsFor(declared(), '--retry-terminal --backoff-ms=20', [
      'terminal',
    ]);
    const terminal = verdicts.find((v) => v.id === 'terminal_not_retried');
    expect(terminal?.status).toBe('fail');
    expect(terminal?.figures.attempts_after_terminal).toBe(6); // 1 extra per route, 2 routes, 3 samples
  });

  it('stop_rule and caller_outcome fail on a caller that never stops; its process tree is killed at the deadline', async () => {
    const p = declared({ budget: { maxElapsedMs: 800 } });
    const started = performance.now();
    const verdicts = await verdictsFor(
      p,
      '--never-stop --backoff-ms=50',
      ['unavailable-exhausts'],
      { deadlineMs: 2000 },
    );
    expect(performance.now() - started).toBeLessThan(6000);
    const stop = verdicts.find((v) => v.id === 'stop_rule');
    expect(stop?.status).toBe('fail');
    expect(Number(stop?.figures.attempts_after_max_elapsed)).toBeGreaterThan(0);
    const outcome = verdicts.find((v) => v.id === 'caller_outcome');
    expect(outcome?.status).toBe('fail');
    expect(outcome?.figures.hang).toBe(3);
  });

  it('fallback_engaged fails on a caller that gives up on the primary without trying the fallback', async () => {
    const verdicts = await verdictsFor(declared(), '--no-fallback --backoff-ms=20', [
      'primary-down-fallback-up',
    ]);
    const fallback = verdicts.find((v) => v.id === 'fallback_engaged');
    expect(fallback?.status).toBe('fail');
    expect(fallback?.figures.samples_with_fallback).toBe(0);
    expect(status(verdicts, 'caller_outcome', 'primary-down-fallback-up')).toBe('fail');
  });

  it("caller_outcome fails on a caller that accepts the other family's body as usable", async () => {
    const verdicts = await verdictsFor(declared(), '--accept-any --backoff-ms=20', [
      'fallback-wrong-shape',
    ]);
    const outcome = verdicts.find((v) => v.id === 'caller_outcome');
    expect(outcome?.status).toBe('fail');
    expect(outcome?.reason).toMatch(/accepted an unusable body/);
  });
});

describe('command driver: no pass without evidence', () => {
  async function terminalRun(command: string) {
    const m = await mock();
    const p = declared();
    const run = await runErrorPath(p, {
      driver: 'command',
      command,
      cwd: ROOT,
      scenarios: ['terminal'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: { PATH: process.env.PATH ?? '' },
    });
    return { run, verdicts: errorPathVerdicts(p, run.observations) };
  }

  it('a command the shell cannot find (exit 127) is an evidence gap: it may not have started', async () => {
    const { run, verdicts } = await terminalRun('fallback-gate-no-such-command-xyz');
    const o = run.observations[0]!;
    expect(o.samples.map((s) => s.outcome.kind)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(o.evidenceGaps[0]).toMatch(/code 127 \(not found\): it may not have started/);
    expect(verdicts.filter((v) => v.status === 'pass').map((v) => v.id)).toEqual([]);
    expect(verdicts.find((v) => v.id === 'caller_outcome')?.status).toBe('unknown');
  });

  it('a command that exits without a single request passes nothing: the budget verdicts and the outcome are unknown', async () => {
    const { run, verdicts } = await terminalRun(`"${NODE}" scripts/does-not-exist.mjs`);
    const o = run.observations[0]!;
    expect(o.samples.every((s) => s.attempts.length === 0)).toBe(true);
    expect(o.evidenceGaps).toContainEqual(
      expect.stringMatching(/made no request at all: the command may not have started/),
    );
    const byId = Object.fromEntries(verdicts.map((v) => [v.id, v.status]));
    expect(byId).toMatchObject({
      attempts_within_budget: 'unknown',
      attempts_within_declared_policy: 'unknown',
      stop_rule: 'unknown',
      caller_outcome: 'unknown',
    });
    expect(verdicts.filter((v) => v.status === 'pass').map((v) => v.id)).toEqual([]);
  });
});
