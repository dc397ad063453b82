import { buildSmokeRequest } from '../../contract/index.js';
import type { Chain, Route } from '../../routing/index.js';
import { type AttemptOutcome, compileChain, PolicyRun, type Random } from '../../retry/index.js';
import { attemptResultOf, postJson, type AttemptResult } from '../http.js';
import type { CallerOutcome } from '../../observations/index.js';

// The reference driver: the gate itself executes the declared policy and sends every attempt
// through the fault proxies. It does not decide anything about retries: it drives the retry
// core's PolicyRun (the same interpreter the storm simulation runs in virtual time) with real
// sockets and a real clock, so what it does on the wire is what the policy means. Time and
// transport are injected, so the same executor also runs in virtual time.

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
  | { type: 'stop'; atMs: number; reason: 'max_elapsed' | 'deadline'; marginMs?: number };

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

/** Runs one caller request through the chain as declared. Never throws for a failed request. */
export async function executeChain(chain: Chain, options: ExecuteOptions): Promise<Execution> {
  const started = options.clock.now();
  let attempts = 0;
  const emit = (event: ExecutionEvent) => options.onEvent?.(event);
  const at = () => options.clock.now() - started;
  const run = new PolicyRun(compileChain(chain, [...options.routes.values()]), {
    now: () => options.clock.now(),
    random: options.random,
    observer: {
      wait: (ms, retry, reason) => emit({ type: 'wait', atMs: at(), ms, retry, reason }),
      stop: (reason, marginMs) => emit({ type: 'stop', atMs: at(), reason, marginMs }),
    },
  });
  const hang = (): Execution => {
    emit({ type: 'stop', atMs: at(), reason: 'deadline' });
    return { outcome: { kind: 'hang', afterMs: Math.round(at()) }, attempts };
  };

  let last: AttemptResult | null = null;
  let step = run.start();
  for (;;) {
    if (step === 'done') break;
    if (step === 'wait') {
      // A wait that would end at or after the deadline is where the caller would still be
      // running when the sample is cut off.
      if (options.clock.now() + run.waitMs >= options.deadlineAt) return hang();
      await options.clock.sleep(run.waitMs);
      step = run.resume();
      continue;
    }
    const route = options.routes.get(step.route);
    if (!route) throw new Error(`chain ${chain.name} names unknown route ${step.route}`);
    if (options.clock === realClock) await freshTick();
    const remaining = options.deadlineAt - options.clock.now();
    if (remaining <= 0) return hang();
    attempts += 1;
    // Whole milliseconds: timer APIs such as AbortSignal.timeout reject fractions.
    const timeout = Math.max(
      1,
      Math.floor(Math.min(route.timeoutMs ?? options.defaultTimeoutMs, remaining)),
    );
    const atMs = at();
    last = await options.transport.attempt(route, timeout);
    emit({ type: 'attempt', atMs, route: route.name, result: last.kind });
    step = run.answer(toOutcome(last));
  }
  if (run.outcome.ok && last?.kind === 'usable') {
    return { outcome: { kind: 'usable', route: last.route }, attempts };
  }
  return {
    outcome: {
      kind: 'controlled_failure',
      reason: last ? describe(last) : 'no route was tried',
    },
    attempts,
  };
}

/** How the retry core sees an attempt's result. */
export function toOutcome(result: AttemptResult): AttemptOutcome {
  switch (result.kind) {
    case 'usable':
      return { ok: true };
    case 'status':
      return { ok: false, status: result.status, retryAfterMs: result.retryAfterMs };
    case 'network':
      return { ok: false, status: null, retryAfterMs: null };
    case 'unusable':
      return { ok: false, status: 200, retryAfterMs: null, unusable: true };
  }
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
      return attemptResultOf(route, result);
    },
  };
}
