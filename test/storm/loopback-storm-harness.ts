import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { request, type Agent } from 'undici';
import { chatCompletionBody } from '../../src/mock/bodies.js';
import type { FaultStep } from '../../src/contract/fault-plan.js';
import { playFault } from '../../src/mock/play-fault.js';
import type { Chain, RetryPolicy, Route, Target } from '../../src/routing/types.js';
import { firstBackoff, waitBeforeRetry, type Backoff } from '../../src/retry/backoff.js';
import { isRetried } from '../../src/retry/policy-run.js';
import { seededRandom } from '../../src/retry/random.js';
import { parseRetryAfter } from '../../src/retry/retry-after.js';
import type { Outage } from '../../src/storm/scenario.js';

// An independent check of the storm simulation with real parts: real HTTP on loopback, real
// timers, and callers that execute the retry policy as plain async code (no virtual time, no
// event queue, no policy interpreter). Each route is its own upstream server whose answers follow
// the outage by wall-clock time, played by the same fault player as the mock provider.

export interface LoopbackAttempt {
  route: string;
  caller: number;
  atMs: number;
  status: number;
}

export interface OutageUpstream {
  url: string;
  close(): Promise<void>;
}

/** An upstream for one route: the outage's fault while it lasts (when down), then healthy. */
export async function startOutageUpstream(
  route: string,
  down: boolean,
  outage: Outage,
  clock: () => number,
  log: LoopbackAttempt[],
): Promise<OutageUpstream> {
  const server: Server = createServer((req, res) => {
    const atMs = clock();
    const caller = Number(req.headers['x-storm-caller']);
    req.resume();
    req.on('end', () => {
      const step: FaultStep =
        down && atMs < outage.durationMs
          ? outage.shape === 'throttle'
            ? {
                kind: 'status',
                status: 429,
                retryAfterMs: outage.retryAfterMs,
                delayMs: outage.failLatencyMs,
              }
            : { kind: 'status', status: 503, delayMs: outage.failLatencyMs }
          : { kind: 'ok', delayMs: outage.okLatencyMs };
      void playFault(step, res, {
        family: 'chat_completions',
        model: 'm',
        requestId: `req_${caller}_${log.length}`,
        healthy: () =>
          Promise.resolve({
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: Buffer.from(JSON.stringify(chatCompletionBody('m'))),
          }),
      }).then((played) => log.push({ route, caller, atMs, status: played.status ?? 0 }));
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a real caller saw of its own timing: attempt durations and how late its waits ended. */
export interface CallerObserver {
  /** Each attempt's duration as the caller saw it; status null for a network error or timeout. */
  attempt?: (durationMs: number, ok: boolean, status: number | null) => void;
  waitOvershoot?: (lateByMs: number) => void;
}

type Result = { ok: true } | { ok: false; status: number | null; retryAfterMs: number | null };

/** One real caller request executing the chain's policy with real waits. */
export async function callThroughChain(
  chain: Chain,
  routes: ReadonlyMap<string, Route>,
  urls: ReadonlyMap<string, string>,
  caller: number,
  dispatcher: Agent,
  observer: CallerObserver = {},
): Promise<Result> {
  const random = seededRandom(1000 + caller);

  async function send(routeName: string): Promise<Result> {
    const started = performance.now();
    const result = await sendOnce(routeName);
    observer.attempt?.(performance.now() - started, result.ok, result.ok ? 200 : result.status);
    return result;
  }

  async function sendOnce(routeName: string): Promise<Result> {
    const route = routes.get(routeName)!;
    try {
      const response = await request(`${urls.get(routeName)!}/chat/completions`, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json', 'x-storm-caller': String(caller) },
        body: JSON.stringify({ model: route.model, messages: [] }),
        signal: AbortSignal.timeout(route.timeoutMs ?? 10_000),
      });
      await response.body.text();
      if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true };
      return {
        ok: false,
        status: response.statusCode,
        retryAfterMs: parseRetryAfter(response.headers),
      };
    } catch {
      return { ok: false, status: null, retryAfterMs: null };
    }
  }

  async function withRetry(policy: RetryPolicy | null, once: () => Promise<Result>) {
    if (!policy) return once();
    const started = performance.now();
    let backoff: Backoff | null = null;
    for (let tries = 1; ; tries++) {
      const result = await once();
      if (result.ok || tries >= policy.maxAttempts) return result;
      if (!isRetried(policy, result)) return result;
      backoff = backoff ? backoff.next(random) : firstBackoff(policy, random);
      const { waitMs: wait } = waitBeforeRetry(
        backoff.delayMs,
        result.retryAfterMs,
        policy.honourRetryAfter,
      );
      const elapsed = performance.now() - started;
      if (policy.maxElapsedMs !== null && elapsed + wait > policy.maxElapsedMs) return result;
      const sleptFrom = performance.now();
      await sleep(wait);
      observer.waitOvershoot?.(performance.now() - sleptFrom - wait);
    }
  }

  async function target(t: Target): Promise<Result> {
    return withRetry(t.retry, async () => {
      if (t.kind === 'route') return send(t.route);
      if (t.kind === 'loadbalance') {
        return target(t.targets[Math.floor(random() * t.targets.length)]!);
      }
      let last: Result = { ok: false, status: null, retryAfterMs: null };
      for (const child of t.targets) {
        last = await target(child);
        if (last.ok) return last;
      }
      return last;
    });
  }

  async function layers(index: number): Promise<Result> {
    const layer = chain.layers[index];
    if (!layer) return target(chain.target);
    return withRetry(layer.retry, () => layers(index + 1));
  }

  return layers(0);
}
