import { positionAt } from '../common/index.js';
import { routeOrder } from '../retry/index.js';
import type {
  Chain,
  ChangeSummary,
  Finding,
  RetryPolicy,
  RoutingPlan,
  Target,
} from '../routing/index.js';
import { hostOf } from './adapter-common.js';

// What a change does compared with the base config, and whether it mixes concerns.

/** A change that mixes a routing fix with a model migration or a retry redesign. */
export function scopeFindings(plan: RoutingPlan, change: ChangeSummary | null): Finding[] {
  if (!change?.mixedScope) return [];
  return [
    {
      id: 'scope_mixed',
      severity: 'warning',
      message: `the change mixes ${change.touches.join(', ')}: a routing fix and a model migration or retry redesign are hard to review and to roll back together`,
      fix: 'split the change into one pull request per concern',
      at: positionAt(plan.file),
    },
  ];
}

/** What the head config changes compared with the base config. */
export function summariseChange(base: RoutingPlan, head: RoutingPlan): ChangeSummary {
  const baseRoutes = new Map(base.routes.map((r) => [r.name, r]));
  const headRoutes = new Map(head.routes.map((r) => [r.name, r]));
  const routesAdded = [...headRoutes.keys()].filter((n) => !baseRoutes.has(n));
  const routesRemoved = [...baseRoutes.keys()].filter((n) => !headRoutes.has(n));
  const baseHosts = new Set(base.routes.map((r) => hostOf(r.baseUrl)));
  const headHosts = new Set(head.routes.map((r) => hostOf(r.baseUrl)));
  const hostsAdded = [...headHosts].filter((h) => !baseHosts.has(h)).sort();
  const hostsRemoved = [...baseHosts].filter((h) => !headHosts.has(h)).sort();
  const modelsChanged: ChangeSummary['modelsChanged'] = [];
  let baseUrlChanged = false;
  for (const [name, route] of headRoutes) {
    const before = baseRoutes.get(name);
    if (!before) continue;
    if (before.model !== route.model)
      modelsChanged.push({ route: name, from: before.model, to: route.model });
    if (before.baseUrl !== route.baseUrl) baseUrlChanged = true;
  }
  const baseChains = new Map(base.chains.map((c) => [c.name, c]));
  const retryPoliciesChanged: string[] = [];
  let orderChanged = base.chains.length !== head.chains.length;
  for (const chain of head.chains) {
    const before = baseChains.get(chain.name);
    if (!before) {
      orderChanged = true;
      continue;
    }
    if (routeOrder(before.target).join('\n') !== routeOrder(chain.target).join('\n'))
      orderChanged = true;
    if (retrySignature(before) !== retrySignature(chain)) retryPoliciesChanged.push(chain.name);
  }
  const budgetChanged =
    base.budget.maxAttemptsPerRequest !== head.budget.maxAttemptsPerRequest ||
    base.budget.maxElapsedMs !== head.budget.maxElapsedMs ||
    base.budget.maxAmplification !== head.budget.maxAmplification;
  const touches: ChangeSummary['touches'] = [];
  if (routesAdded.length > 0 || routesRemoved.length > 0 || orderChanged) touches.push('routing');
  if (hostsAdded.length > 0 || hostsRemoved.length > 0 || baseUrlChanged) touches.push('hosts');
  if (modelsChanged.length > 0) touches.push('models');
  if (retryPoliciesChanged.length > 0) touches.push('retry_policy');
  if (budgetChanged) touches.push('budget');
  // A routing fix (order, routes, hosts) is one concern; a model migration and a retry
  // redesign are two more. Any two together are a mixed change.
  const concerns = [
    touches.includes('routing') || touches.includes('hosts'),
    touches.includes('models'),
    touches.includes('retry_policy'),
  ].filter(Boolean).length;
  return {
    baseDigest: base.digest,
    headDigest: head.digest,
    routesAdded,
    routesRemoved,
    hostsAdded,
    hostsRemoved,
    modelsChanged,
    retryPoliciesChanged,
    budgetChanged,
    touches,
    mixedScope: concerns >= 2,
  };
}

function retrySignature(chain: Chain): string {
  const policy = (p: RetryPolicy | null): string =>
    p
      ? [
          p.maxAttempts,
          p.initialBackoffMs,
          p.maxBackoffMs,
          p.multiplier,
          p.jitter,
          p.retryOnStatuses.join(','),
          p.retryOnNetworkErrors,
          p.honourRetryAfter,
          p.maxElapsedMs,
        ].join('/')
      : '-';
  const walk = (t: Target): string =>
    t.kind === 'route'
      ? `${t.route}:${policy(t.retry)}`
      : `${t.kind}:${policy(t.retry)}(${t.targets.map(walk).join(';')})`;
  return `${chain.layers.map((l) => policy(l.retry)).join('|')}#${walk(chain.target)}`;
}
