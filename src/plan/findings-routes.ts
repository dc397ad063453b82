import { routeOrder } from '../retry/index.js';
import type { Finding, Route, RoutingPlan, Target } from '../routing/index.js';
import { hostOf } from './adapter-common.js';

// The shape of the fallback tree: cycles, fallbacks that share the primary's host or speak
// another endpoint family, and routes no chain reaches.

export function fallbackFindings(target: Target, routes: ReadonlyMap<string, Route>): Finding[] {
  if (target.kind === 'route') return [];
  const out = target.targets.flatMap((t) => fallbackFindings(t, routes));
  if (target.kind !== 'fallback') return out;
  const firstRoute = (t: Target): Route | undefined => routes.get(routeOrder(t)[0] ?? '');
  const [primaryTarget, ...rest] = target.targets;
  const primary = primaryTarget ? firstRoute(primaryTarget) : undefined;
  if (!primary) return out;
  const seen = new Set<string>([primary.name]);
  for (const t of rest) {
    const fallback = firstRoute(t);
    if (!fallback) continue;
    if (t.kind === 'route' && seen.has(fallback.name)) {
      out.push({
        id: 'route_cycle',
        severity: 'error',
        message: `route "${fallback.name}" appears again as its own fallback`,
        fix: 'list each route once per chain',
        at: t.at,
      });
      continue;
    }
    seen.add(fallback.name);
    if (hostOf(fallback.baseUrl) === hostOf(primary.baseUrl)) {
      out.push({
        id: 'fallback_same_host',
        severity: 'warning',
        message: `fallback "${fallback.name}" is on the same host as "${primary.name}" (${hostOf(primary.baseUrl)}): an outage of that host takes both down`,
        fix: 'fall back to another provider or region',
        at: t.at,
      });
    }
    if (fallback.family !== primary.family) {
      out.push({
        id: 'fallback_family_mismatch',
        severity: 'error',
        message: `fallback "${fallback.name}" speaks ${fallback.family} while "${primary.name}" speaks ${primary.family}: the caller cannot use its answer`,
        fix: 'fall back to a route of the same endpoint family',
        at: t.at,
      });
    }
  }
  return out;
}

export function reachabilityFindings(plan: RoutingPlan): Finding[] {
  const used = new Set(plan.chains.flatMap((c) => routeOrder(c.target)));
  return plan.routes
    .filter((r) => !used.has(r.name))
    .map((r) => ({
      id: 'route_unreachable',
      severity: 'warning' as const,
      message: `route "${r.name}" is in no chain, so no request ever reaches it`,
      fix: 'add it to a chain as primary or fallback, or remove it',
      at: r.at,
    }));
}
