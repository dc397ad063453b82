import type { Chain, RetryPolicy, Route, Target } from '../routing/index.js';
import { backoffCeilings } from './backoff.js';

// Worst case under a full outage: every attempt fails in a retryable way, so every retry layer
// spends its whole budget. Retries multiply across nesting and add across fallbacks; a
// load-balanced group counts as its most expensive member, whichever member a try picks.
// Elapsed time: any attempt may fail at once or run to its timeout, whichever is longer for the
// request, and every wait sits at its ceiling; the stop rule (policy-run.ts) lets no retry start
// later than max elapsed after the policy's first try, so at most one more unit runs after it.

/**
 * The largest attempt count the gate represents exactly (2^53 − 1). A worst case at or above it
 * is reported as this value and flagged as saturated: still over any budget, never a crash.
 */
export const ATTEMPTS_CEILING = Number.MAX_SAFE_INTEGER;

/** Whether a worst-case attempt count reached the ceiling (the true figure is at least this). */
export function isSaturated(attempts: number): boolean {
  return attempts >= ATTEMPTS_CEILING;
}

function saturate(value: number): number {
  return Number.isFinite(value) && value < ATTEMPTS_CEILING ? value : ATTEMPTS_CEILING;
}

function attemptsOf(policy: RetryPolicy | null): number {
  return policy ? policy.maxAttempts : 1;
}

export function worstCaseTargetAttempts(target: Target): number {
  const own = attemptsOf(target.retry);
  if (target.kind === 'route') return own;
  const children = target.targets.map(worstCaseTargetAttempts);
  // A fallback group tries every child in turn; a load balancer sends each try to one child,
  // so its worst case is the most expensive child.
  const inner =
    target.kind === 'fallback'
      ? children.reduce((a, b) => saturate(a + b), 0)
      : Math.max(0, ...children);
  return saturate(own * inner);
}

/** Upstream attempts one caller request can cause through this chain. */
export function worstCaseChainAttempts(chain: Chain): number {
  return chain.layers.reduce(
    (total, layer) => saturate(total * layer.retry.maxAttempts),
    worstCaseTargetAttempts(chain.target),
  );
}

/** Route names in the order a full outage tries them (one pass of the innermost groups). */
export function routeOrder(target: Target): string[] {
  if (target.kind === 'route') return [target.route];
  return target.targets.flatMap(routeOrder);
}

export { backoffCeilings };

/** What the elapsed worst case assumes beyond the declared policy. */
export interface ElapsedAssumptions {
  /** Per-attempt timeout of a route that declares none; Infinity (the default) is unbounded. */
  defaultTimeoutMs?: number;
  /**
   * The longest wait an upstream announces through retry-after; each honoured wait may then be
   * that much longer than its backoff ceiling. 0 (the default): announced waits are the
   * server's choice and are not counted.
   */
  retryAfterMs?: number;
}

/**
 * Longest time `attempts` repetitions of a unit lasting `unitMs` can take under a policy:
 * every unit runs to its deadline, every wait to its ceiling, and the policy's max elapsed
 * stops new attempts (so at most one more unit runs after it). Infinity means unbounded.
 * Waits announced by the upstream (retry-after) are not counted: they are the server's choice.
 */
function repeatedElapsed(
  policy: RetryPolicy | null,
  unitMs: number,
  assume: ElapsedAssumptions = {},
): number {
  if (!policy) return unitMs;
  const announced = policy.honourRetryAfter ? (assume.retryAfterMs ?? 0) : 0;
  const waits = backoffCeilings(policy).map((w) => Math.max(w, announced));
  const total = unitMs * policy.maxAttempts + waits.reduce((a, b) => a + b, 0);
  if (policy.maxElapsedMs === null) return total;
  return Math.min(total, policy.maxElapsedMs + unitMs);
}

/** Worst-case time one request spends in a target; Infinity when a route has no timeout. */
export function worstCaseTargetElapsedMs(
  target: Target,
  routes: ReadonlyMap<string, Route>,
  assume: ElapsedAssumptions = {},
): number {
  if (target.kind === 'route') {
    const timeout = routes.get(target.route)?.timeoutMs ?? null;
    return repeatedElapsed(target.retry, timeout ?? assume.defaultTimeoutMs ?? Infinity, assume);
  }
  const children = target.targets.map((t) => worstCaseTargetElapsedMs(t, routes, assume));
  const inner =
    target.kind === 'fallback' ? children.reduce((a, b) => a + b, 0) : Math.max(0, ...children);
  return repeatedElapsed(target.retry, inner, assume);
}

/** Worst-case time one caller request can take through this chain; Infinity when unbounded. */
export function worstCaseChainElapsedMs(
  chain: Chain,
  routes: readonly Route[] | ReadonlyMap<string, Route>,
  assume: ElapsedAssumptions = {},
): number {
  const byName =
    routes instanceof Map
      ? (routes as ReadonlyMap<string, Route>)
      : new Map((routes as readonly Route[]).map((r) => [r.name, r]));
  // Layers are listed outermost first, so the innermost one wraps the target first.
  return [...chain.layers]
    .reverse()
    .reduce(
      (inner, layer) => repeatedElapsed(layer.retry, inner, assume),
      worstCaseTargetElapsedMs(chain.target, byName, assume),
    );
}

const MAX_SEQUENCE = 1000;

/**
 * The attempts of a full outage in the order they reach upstreams. A load balancer's pick is
 * shown as its most expensive child (the worst case). Capped at 1000 entries.
 */
export function attemptSequence(chain: Chain): string[] {
  const out: string[] = [];
  const emit = (target: Target): void => {
    for (let i = 0; i < attemptsOf(target.retry) && out.length < MAX_SEQUENCE; i++) {
      if (target.kind === 'route') out.push(target.route);
      else if (target.kind === 'fallback') target.targets.forEach(emit);
      else {
        const worst = target.targets.reduce<Target | undefined>(
          (best, t) =>
            best === undefined || worstCaseTargetAttempts(t) > worstCaseTargetAttempts(best)
              ? t
              : best,
          undefined,
        );
        if (worst) emit(worst);
      }
    }
  };
  const layers = chain.layers.reduce((n, l) => n * l.retry.maxAttempts, 1);
  for (let i = 0; i < layers && out.length < MAX_SEQUENCE; i++) emit(chain.target);
  return out.slice(0, MAX_SEQUENCE);
}

/** Run-length form of an attempt sequence: `primary×3 → backup×3`. */
export function describeSequence(sequence: readonly string[], total: number): string {
  const runs: { name: string; count: number }[] = [];
  for (const name of sequence) {
    const last = runs[runs.length - 1];
    if (last && last.name === name) last.count++;
    else runs.push({ name, count: 1 });
  }
  const text = runs.map((r) => (r.count > 1 ? `${r.name}×${r.count}` : r.name)).join(' → ');
  return sequence.length < total ? `${text} → … (${total - sequence.length} more)` : text;
}
