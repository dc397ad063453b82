import type { Chain, RetryPolicy, Route, Target } from './types.js';

// Worst case under a full outage: every attempt fails in a retryable way, so every retry layer
// spends its whole budget. Retries multiply across nesting and add across fallbacks.

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

/** Waits between the attempts of one policy, each at its ceiling (jitter only shortens them). */
export function backoffCeilings(policy: RetryPolicy): number[] {
  const waits: number[] = [];
  for (let retry = 1; retry < policy.maxAttempts; retry++) {
    const grown = policy.initialBackoffMs * policy.multiplier ** (retry - 1);
    waits.push(Math.min(grown, policy.maxBackoffMs));
  }
  return waits;
}

/**
 * Longest time `attempts` repetitions of a unit lasting `unitMs` can take under a policy:
 * every unit runs to its deadline, every wait to its ceiling, and the policy's max elapsed
 * stops new attempts (so at most one more unit runs after it). Infinity means unbounded.
 * Waits announced by the upstream (retry-after) are not counted: they are the server's choice.
 */
function repeatedElapsed(policy: RetryPolicy | null, unitMs: number): number {
  if (!policy) return unitMs;
  const waits = backoffCeilings(policy);
  const total = unitMs * policy.maxAttempts + waits.reduce((a, b) => a + b, 0);
  if (policy.maxElapsedMs === null) return total;
  return Math.min(total, policy.maxElapsedMs + unitMs);
}

/** Worst-case time one request spends in a target; Infinity when a route has no timeout. */
export function worstCaseTargetElapsedMs(
  target: Target,
  routes: ReadonlyMap<string, Route>,
): number {
  if (target.kind === 'route') {
    const timeout = routes.get(target.route)?.timeoutMs ?? null;
    return repeatedElapsed(target.retry, timeout ?? Infinity);
  }
  const children = target.targets.map((t) => worstCaseTargetElapsedMs(t, routes));
  const inner =
    target.kind === 'fallback' ? children.reduce((a, b) => a + b, 0) : Math.max(0, ...children);
  return repeatedElapsed(target.retry, inner);
}

/** Worst-case time one caller request can take through this chain; Infinity when unbounded. */
export function worstCaseChainElapsedMs(chain: Chain, routes: readonly Route[]): number {
  const byName = new Map(routes.map((r) => [r.name, r]));
  // Layers are listed outermost first, so the innermost one wraps the target first.
  return [...chain.layers]
    .reverse()
    .reduce(
      (inner, layer) => repeatedElapsed(layer.retry, inner),
      worstCaseTargetElapsedMs(chain.target, byName),
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
