import type {
  Chain,
  Finding,
  RetryPolicy,
  RoutingPlan,
  SourcePosition,
  Target,
} from '../routing/index.js';

// Retry policies: layers that multiply, retries with no wait, no jitter, no stop rule in time,
// or on statuses a retry cannot fix.

/** Statuses that do not change on a retry: the request itself is wrong or not allowed. */
export const TERMINAL_STATUSES = [400, 401, 403, 404, 422];

export function stackingFindings(chain: Chain, attempts: number): Finding[] {
  const retrying: { name: string; policy: RetryPolicy; at: SourcePosition }[] = chain.layers
    .filter((l) => l.retry.maxAttempts > 1)
    .map((l) => ({ name: l.name, policy: l.retry, at: l.at }));
  const deepest = deepestRetryPath(chain.target);
  const all = [...retrying, ...deepest.map((p) => ({ name: 'routing', policy: p, at: p.at }))];
  if (all.length < 2) return [];
  // Point at a place in the file: a layer declared on the command line sits at 1:1.
  const first = all.find((a) => a.at.line !== 1 || a.at.column !== 1) ?? all[0];
  if (!first) return [];
  return [
    {
      id: 'stacked_retries',
      severity: 'warning',
      message: `chain "${chain.name}": retries are stacked in ${all.length} layers (${all.map((a) => `${a.name} ×${a.policy.maxAttempts}`).join(', ')}), so they multiply to ${attempts} attempts`,
      fix: 'retry in one layer only: set the other layers to a single attempt (for example the client SDK maxRetries: 0)',
      at: first.at,
    },
  ];
}

/** The retrying policies along the path through the tree that has the most of them. */
function deepestRetryPath(target: Target): RetryPolicy[] {
  const own = target.retry && target.retry.maxAttempts > 1 ? [target.retry] : [];
  if (target.kind === 'route') return own;
  const below = target.targets
    .map(deepestRetryPath)
    .reduce<RetryPolicy[]>((best, p) => (p.length > best.length ? p : best), []);
  return [...own, ...below];
}

function allPolicies(plan: RoutingPlan): RetryPolicy[] {
  const out: RetryPolicy[] = [];
  const walk = (t: Target): void => {
    if (t.retry) out.push(t.retry);
    if (t.kind !== 'route') t.targets.forEach(walk);
  };
  for (const chain of plan.chains) {
    chain.layers.forEach((l) => out.push(l.retry));
    walk(chain.target);
  }
  return out;
}

export function policyFindings(plan: RoutingPlan): Finding[] {
  const out: Finding[] = [];
  for (const policy of allPolicies(plan)) {
    if (policy.maxAttempts <= 1) continue;
    if (policy.initialBackoffMs === 0 || policy.maxBackoffMs === 0) {
      out.push({
        id: 'retry_without_backoff',
        severity: 'warning',
        message: 'retries are sent immediately, with no wait between attempts',
        fix: 'set an initial backoff (for example 500 ms) that grows with each retry',
        at: policy.at,
      });
    }
    if (policy.jitter === 'none') {
      out.push({
        id: 'retry_without_jitter',
        severity: 'warning',
        message: 'retry waits have no jitter, so clients that failed together retry together',
        fix: 'use full or equal jitter',
        at: policy.at,
      });
    }
    const terminal = policy.retryOnStatuses.filter((s) => TERMINAL_STATUSES.includes(s));
    if (terminal.length > 0) {
      out.push({
        id: 'retry_on_terminal_status',
        severity: 'error',
        message: `retries on ${terminal.join(', ')}, which a retry cannot fix (the request or its credential is wrong)`,
        fix: `remove ${terminal.join(', ')} from the retried statuses`,
        at: policy.at,
      });
    }
    if (policy.maxElapsedMs === null) {
      out.push({
        id: 'max_elapsed_missing',
        severity: 'warning',
        message: 'no stop rule in time: retries continue however long the request has taken',
        fix: 'set a maximum elapsed time after which no retry starts',
        at: policy.at,
      });
    }
  }
  return out;
}
