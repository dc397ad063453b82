import { buildSmokeRequest, checkSuccessBody } from '../../contract/families.js';
import type { NetworkFault } from '../../contract/status-class.js';
import type { Chain, RetryPolicy, Route, Target } from '../../plan/types.js';
import { postJson } from '../http.js';
import type { CallerOutcome } from '../types.js';
import { exponentialBackoff, type Random } from './backoff.js';

// The reference driver: the gate itself executes the declared policy (retry layers around a
// tree of fallback and load-balance groups, each node with its own retry policy) and sends every
// attempt through the fault proxies. What it does on the wire is what the policy means.
// Time and transport are injected, so the same executor also runs in virtual time to compute
// the floor and ceiling of a scenario's timeline.

/** What one attempt came back with, as the caller classifies it. */
export type AttemptResult =
  | { kind: 'usable'; route: string }
  | { kind: 'status'; route: string; status: number; retryAfterMs: number | null }
  | { kind: 'network'; route: string; fault: NetworkFault }
  | { kind: 'unusable'; route: string; reason: string };

export interface Transport {
  attempt(route: Route, timeoutMs: number): Promise<AttemptResult>;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Something the executor did, in order; lets tests replay a timeline exactly. */
export type ExecutionEvent =
  | { type: 'attempt'; atMs: number; route: string; result: AttemptResult['kind'] }
  | { type: 'wait'; atMs: number; ms: number; retry: number; reason: 'backoff' | 'retry_after' }
  | { type: 'stop'; atMs: number; reason: string };

export interface ExecuteOptions {
  routes: ReadonlyMap<string, Route>;
  transport: Transport;
  clock: Clock;
  random: Random;
  /** Per-attempt timeout for a route that declares none (its hang is bounded by this). */
  defaultTimeoutMs: number;
  /** Absolute clock time after which nothing new starts: the sample's deadline. */
  deadlineAt: number;
  onEvent?: (event: ExecutionEvent) => void;
}

export interface Execution {
  outcome: CallerOutcome;
  attempts: number;
}

class DeadlineReached extends Error {}

/** Runs one caller request through the chain as declared. Never throws for a failed request. */
export async function executeChain(chain: Chain, options: ExecuteOptions): Promise<Execution> {
  const started = options.clock.now();
  let attempts = 0;
  const emit = (event: ExecutionEvent) => options.onEvent?.(event);
  const at = () => options.clock.now() - started;

  const sendOnce = async (routeName: string): Promise<AttemptResult> => {
    const route = options.routes.get(routeName);
    if (!route) throw new Error(`chain ${chain.name} names unknown route ${routeName}`);
    if (options.clock === realClock) await freshTick();
    const remaining = options.deadlineAt - options.clock.now();
    if (remaining <= 0) throw new DeadlineReached();
    attempts += 1;
    // Whole milliseconds: timer APIs such as AbortSignal.timeout reject fractions.
    const timeout = Math.max(
      1,
      Math.floor(Math.min(route.timeoutMs ?? options.defaultTimeoutMs, remaining)),
    );
    const atMs = at();
    const result = await options.transport.attempt(route, timeout);
    emit({ type: 'attempt', atMs, route: routeName, result: result.kind });
    return result;
  };

  const withRetries = async (
    policy: RetryPolicy | null,
    run: () => Promise<AttemptResult>,
  ): Promise<AttemptResult> => {
    let result = await run();
    if (!policy) return result;
    const first = options.clock.now();
    let backoff = exponentialBackoff(policy, options.random);
    for (let attempt = 1; attempt < policy.maxAttempts && retryable(policy, result); attempt++) {
      let wait = backoff.delayMs;
      let reason: 'backoff' | 'retry_after' = 'backoff';
      if (policy.honourRetryAfter && result.kind === 'status' && result.retryAfterMs !== null) {
        if (result.retryAfterMs > wait) reason = 'retry_after';
        wait = Math.max(wait, result.retryAfterMs);
      }
      const now = options.clock.now();
      // Stop rule: no retry starts after the policy's max elapsed time or the deadline.
      if (policy.maxElapsedMs !== null && now + wait - first > policy.maxElapsedMs) {
        emit({ type: 'stop', atMs: at(), reason: 'max_elapsed' });
        return result;
      }
      if (now + wait >= options.deadlineAt) throw new DeadlineReached();
      emit({ type: 'wait', atMs: at(), ms: wait, retry: attempt, reason });
      await options.clock.sleep(wait);
      backoff = backoff.next();
      result = await run();
    }
    return result;
  };

  const runTarget = async (target: Target): Promise<AttemptResult> => {
    if (target.kind === 'route') return withRetries(target.retry, () => sendOnce(target.route));
    if (target.kind === 'loadbalance') {
      return withRetries(target.retry, () => {
        const index = Math.min(
          target.targets.length - 1,
          Math.floor(options.random() * target.targets.length),
        );
        return runTarget(target.targets[index]!);
      });
    }
    return withRetries(target.retry, async () => {
      let last: AttemptResult | undefined;
      for (const child of target.targets) {
        last = await runTarget(child);
        if (last.kind === 'usable') return last;
      }
      if (!last) throw new Error(`chain ${chain.name} has an empty fallback group`);
      return last;
    });
  };

  const runLayers = (index: number): Promise<AttemptResult> => {
    const layer = chain.layers[index];
    if (!layer) return runTarget(chain.target);
    return withRetries(layer.retry, () => runLayers(index + 1));
  };

  try {
    const result = await runLayers(0);
    if (result.kind === 'usable')
      return { outcome: { kind: 'usable', route: result.route }, attempts };
    return { outcome: { kind: 'controlled_failure', reason: describe(result) }, attempts };
  } catch (error) {
    if (error instanceof DeadlineReached) {
      emit({ type: 'stop', atMs: at(), reason: 'deadline' });
      return { outcome: { kind: 'hang', afterMs: Math.round(at()) }, attempts };
    }
    throw error;
  }
}

function retryable(policy: RetryPolicy, result: AttemptResult): boolean {
  if (result.kind === 'status') return policy.retryOnStatuses.includes(result.status);
  if (result.kind === 'network') return policy.retryOnNetworkErrors;
  return false;
}

function describe(result: AttemptResult): string {
  switch (result.kind) {
    case 'status':
      return `route ${result.route} answered HTTP ${result.status}`;
    case 'network':
      return `route ${result.route}: ${result.fault.replaceAll('_', ' ')}`;
    case 'unusable':
      return `route ${result.route}: ${result.reason}`;
    case 'usable':
      return `route ${result.route} answered usably`;
  }
}

/**
 * Node's timers count from the event loop's cached time, which lags the real clock when the
 * loop is busy, so a timer can fire early by that lag. Sleeping until the monotonic clock says
 * so keeps every wait at least what the policy asked for.
 */
export const realClock: Clock = {
  now: () => performance.now(),
  sleep: async (ms) => {
    const until = performance.now() + Math.max(0, ms);
    for (let left = ms; left > 0; left = until - performance.now()) {
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
    }
  },
};

/** A turn of the event loop, so the next timer starts from a fresh loop time. */
const freshTick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Sends the family's smoke request to a base URL chosen per route (a fault proxy's sample URL). */
export function httpTransport(baseUrlFor: (route: Route) => string): Transport {
  return {
    async attempt(route, timeoutMs) {
      const { path, body } = buildSmokeRequest(route.family, route.model);
      const result = await postJson({
        url: `${baseUrlFor(route)}${path}`,
        body,
        apiKey: null,
        deadlineMs: timeoutMs,
      });
      if (result.kind === 'fault') {
        if (result.fault === 'body_too_large') {
          return { kind: 'unusable', route: route.name, reason: 'response body over the size cap' };
        }
        return { kind: 'network', route: route.name, fault: result.fault };
      }
      if (result.status < 200 || result.status >= 300) {
        return {
          kind: 'status',
          route: route.name,
          status: result.status,
          retryAfterMs: parseRetryAfter(result.headers),
        };
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(result.bodyText);
      } catch {
        return { kind: 'unusable', route: route.name, reason: 'body is not JSON' };
      }
      const check = checkSuccessBody(route.family, parsed);
      return check.usable
        ? { kind: 'usable', route: route.name }
        : { kind: 'unusable', route: route.name, reason: check.reason };
    },
  };
}

/** retry-after-ms wins over retry-after (seconds or an HTTP date), as the OpenAI clients read them. */
export function parseRetryAfter(
  headers: Record<string, string>,
  nowMs: number = Date.now(),
): number | null {
  const ms = headers['retry-after-ms'];
  if (ms !== undefined && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) {
    return Number(ms);
  }
  const value = headers['retry-after'];
  if (value === undefined || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
