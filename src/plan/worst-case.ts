import type { Chain, RetryPolicy, Target } from './types.js';

// Worst case under a full outage: every attempt fails in a retryable way, so every retry layer
// spends its whole budget. Retries multiply across nesting and add across fallbacks.

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
    target.kind === 'fallback' ? children.reduce((a, b) => a + b, 0) : Math.max(0, ...children);
  return own * inner;
}

/** Upstream attempts one caller request can cause through this chain. */
export function worstCaseChainAttempts(chain: Chain): number {
  return chain.layers.reduce(
    (total, layer) => total * layer.retry.maxAttempts,
    worstCaseTargetAttempts(chain.target),
  );
}

/** Route names in the order a full outage tries them (one pass of the innermost groups). */
export function routeOrder(target: Target): string[] {
  if (target.kind === 'route') return [target.route];
  return target.targets.flatMap(routeOrder);
}
