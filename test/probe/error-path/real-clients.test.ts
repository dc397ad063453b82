import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitSlack } from '../../../src/judge/scenario-context.js';
import { errorPathVerdicts } from '../../../src/judge/scenario-verdicts.js';
import { runErrorPath, type ErrorPathOptions } from '../../../src/probe/error-path-run.js';
import type { RoutingPlan } from '../../../src/routing/types.js';
import { NODE, ROOT } from '../../helpers/spawn.js';
import { useTmpDir } from '../../helpers/tmp.js';
import { at, plan, policy, route, useMock } from './fixtures.js';

// The command driver with real stacks: the official openai client, and a real Portkey gateway
// process with the openai client stacked on top of it.

const mock = useMock();
const tmp = useTmpDir();
const OPENAI_CLIENT = `"${NODE}" test/fixtures/clients/openai-client.mjs`;
const PORTKEY_CLIENT = `"${NODE}" test/fixtures/clients/portkey-client.mjs`;

async function observe(
  p: RoutingPlan,
  command: string,
  scenarios: string[],
  extra: Partial<ErrorPathOptions> = {},
) {
  const m = await mock();
  return runErrorPath(p, {
    driver: 'command',
    command,
    cwd: ROOT,
    scenarios,
    samples: 3,
    upstreamBaseUrl: m.url,
    env: { PATH: process.env.PATH ?? '' },
    knobs: { retryAfterMs: 1000 },
    ...extra,
  });
}

/** The openai client's documented retry policy: 408/409/429/5xx, 0.5 s doubling to 8 s, up to 25 % less. */
const sdkPolicy = (maxAttempts: number) =>
  policy({
    maxAttempts,
    initialBackoffMs: 500,
    maxBackoffMs: 8000,
    jitter: 'equal',
    retryOnStatuses: [408, 409, 429, 500, 502, 503, 504],
  });
const sdkPlan = (maxAttempts: number, budget: number) =>
  plan({
    routes: [route('primary')],
    retry: null,
    layers: [{ name: 'openai-sdk', retry: sdkPolicy(maxAttempts), at }],
    budget: { maxAttemptsPerRequest: budget },
  });

describe('command driver with the official openai client', () => {
  it('default retries: 3 attempts with growing waits, counted by x-stainless-retry-count, within a budget of 3', async () => {
    const p = sdkPlan(3, 3);
    const run = await observe(p, OPENAI_CLIENT, ['unavailable-exhausts', 'throttle-then-recover']);
    const down = run.observations.find((o) => o.scenario === 'unavailable-exhausts')!;
    for (const s of down.samples) {
      expect(s.attempts.map((a) => a.retryHeaders['x-stainless-retry-count'])).toEqual([
        '0',
        '1',
        '2',
      ]);
      const [a, b, c] = s.attempts;
      const first = b!.atMs - (a!.atMs + a!.durationMs!);
      const second = c!.atMs - (b!.atMs + b!.durationMs!);
      // 500 ms less at most 25 %, with the slack a busy caller's early timers need.
      expect(first).toBeGreaterThanOrEqual(375 - waitSlack(375));
      expect(second).toBeGreaterThanOrEqual(750 - waitSlack(750));
      expect(s.outcome.kind).toBe('controlled_failure');
    }
    const verdicts = errorPathVerdicts(p, run.observations);
    expect(verdicts.filter((v) => v.status === 'fail').map((v) => v.reason)).toEqual([]);
    const honoured = verdicts.find((v) => v.id === 'retry_after_honoured');
    // What the wire showed; on a busy machine the gate may read it as unknown (inside its noise).
    expect(honoured?.figures.observed_status ?? honoured?.status).toBe('pass');
    expect(honoured?.status).not.toBe('fail');
    expect(Number(honoured?.figures.shortest_gap_ms)).toBeGreaterThanOrEqual(400 - waitSlack(400));
  });

  it('maxRetries raised to 3: 4 attempts, over a budget of 3 and over the declared 3', async () => {
    const p = sdkPlan(3, 3);
    const run = await observe(p, `MAX_RETRIES=3 ${OPENAI_CLIENT}`, ['unavailable-exhausts']);
    const o = run.observations[0]!;
    expect(o.samples.map((s) => s.attempts.length)).toEqual([4, 4, 4]);
    const verdicts = errorPathVerdicts(p, run.observations);
    const statusOf = (id: string) => verdicts.find((v) => v.id === id)?.status;
    expect(statusOf('attempts_within_budget')).toBe('fail');
    expect(statusOf('attempts_within_declared_policy')).toBe('fail');
    expect(statusOf('stop_rule')).toBe('fail');
  });
});

describe('the command driver cleans up the process tree', () => {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('kills a command that overruns its deadline, and the child it left in the background', async () => {
    const pidFile = join(tmp(), 'pid');
    const started = performance.now();
    const run = await observe(
      plan({ routes: [route('primary')] }),
      `sleep 30 & echo $! > ${pidFile}; sleep 30`,
      ['terminal'],
      { samples: 1, deadlineMs: 500 },
    );
    expect(performance.now() - started).toBeLessThan(3000);
    expect(run.observations[0]?.samples[0]?.outcome.kind).toBe('hang');
    await waitFor(() => existsSync(pidFile));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await waitFor(() => !alive(pid));
    expect(alive(pid)).toBe(false);
  });

  it('kills what a command left running after it exited', async () => {
    const pidFile = join(tmp(), 'pid');
    const run = await observe(
      plan({ routes: [route('primary')] }),
      `sleep 30 & echo $! > ${pidFile}; exit 3`,
      ['terminal'],
      { samples: 1, deadlineMs: 5000 },
    );
    expect(run.observations[0]?.samples[0]?.outcome).toEqual({
      kind: 'controlled_failure',
      reason: 'the command exited with code 3',
    });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await waitFor(() => !alive(pid));
    expect(alive(pid)).toBe(false);
  });
});

describe('command driver with a real Portkey gateway', () => {
  let gateway: ChildProcess | undefined;
  afterEach(() => {
    if (gateway?.pid) gateway.kill('SIGKILL');
    gateway = undefined;
  });

  async function startGateway(): Promise<string> {
    const port = await freePort();
    gateway = spawn(
      NODE,
      [join(ROOT, 'node_modules/.bin/gateway'), `--port=${port}`, '--headless'],
      {
        stdio: 'ignore',
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => {
      try {
        return (await fetch(`${url}/`)).ok;
      } catch {
        return false;
      }
      // Offline it is up in well under a second; a busy machine can take many times that.
    }, 20_000);
    return `${url}/v1`;
  }

  it('counts gateway retries and fallback: retry.attempts 1 makes 2 primary calls, then the fallback answers', async () => {
    const portkeyUrl = await startGateway();
    // Portkey waits a fixed 1 s before its first retry.
    const gatewayRetry = policy({
      maxAttempts: 2,
      initialBackoffMs: 1000,
      jitter: 'none',
      retryOnStatuses: [429, 500, 502, 503, 504],
    });
    const p = plan({ retry: gatewayRetry, budget: { maxAttemptsPerRequest: 4 } });
    const run = await observe(
      p,
      `PORTKEY_URL=${portkeyUrl} GATEWAY_ATTEMPTS=1 ${PORTKEY_CLIENT}`,
      ['primary-down-fallback-up'],
      { deadlineMs: 15_000 },
    );
    const o = run.observations[0]!;
    for (const s of o.samples) {
      expect(s.attempts.map((a) => `${a.route}:${a.status}`)).toEqual([
        'primary:503',
        'primary:503',
        'backup:200',
      ]);
      const wait = s.attempts[1]!.atMs - (s.attempts[0]!.atMs + s.attempts[0]!.durationMs!);
      expect(wait).toBeGreaterThanOrEqual(1000);
      expect(s.outcome).toEqual({ kind: 'usable', route: 'backup' });
    }
    const verdicts = errorPathVerdicts(p, run.observations);
    expect(verdicts.filter((v) => v.status === 'fail').map((v) => v.reason)).toEqual([]);
    expect(verdicts.find((v) => v.id === 'fallback_engaged')?.status).toBe('pass');
  }, 60_000);

  it('counts SDK retries stacked on gateway retries (3 × 2 = 6) and fails the budget of 4', async () => {
    const portkeyUrl = await startGateway();
    const gatewayRetry = policy({
      maxAttempts: 2,
      initialBackoffMs: 1000,
      jitter: 'none',
      retryOnStatuses: [429, 500, 502, 503, 504],
    });
    const stacked = plan({
      routes: [route('primary')],
      retry: gatewayRetry,
      layers: [{ name: 'openai-sdk', retry: sdkPolicy(3), at }],
      budget: { maxAttemptsPerRequest: 4 },
    });
    const run = await observe(
      stacked,
      `PORTKEY_URL=${portkeyUrl} GATEWAY_ATTEMPTS=1 MAX_RETRIES=2 ${PORTKEY_CLIENT}`,
      ['unavailable-exhausts'],
      { deadlineMs: 20_000 },
    );
    const o = run.observations[0]!;
    expect(o.samples.map((s) => s.attempts.length)).toEqual([6, 6, 6]);
    expect(o.declaredAttempts).toBe(6);
    const verdicts = errorPathVerdicts(stacked, run.observations);
    const budget = verdicts.find((v) => v.id === 'attempts_within_budget');
    expect(budget?.status).toBe('fail');
    expect(budget?.figures).toMatchObject({ max_attempts_observed: 6, budget: 4 });
    expect(verdicts.find((v) => v.id === 'attempts_within_declared_policy')?.status).toBe('pass');
    // The same wire judged against a config that forgets the SDK layer: the hidden retries show.
    const forgetful = plan({
      routes: [route('primary')],
      retry: gatewayRetry,
      budget: { maxAttemptsPerRequest: 4 },
    });
    const hidden = errorPathVerdicts(forgetful, run.observations).find(
      (v) => v.id === 'attempts_within_declared_policy',
    );
    expect(hidden?.status).toBe('fail');
    expect(hidden?.figures).toMatchObject({ max_attempts_observed: 6, declared_worst_case: 2 });
  }, 60_000);
});

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
