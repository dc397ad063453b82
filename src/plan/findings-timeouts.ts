import type { Finding, RoutingPlan } from '../routing/index.js';
import { formatMs } from './format.js';

// Per-attempt timeouts: missing, or longer than the whole request budget.

export function timeoutFindings(plan: RoutingPlan): Finding[] {
  const out: Finding[] = [];
  for (const route of plan.routes) {
    if (route.timeoutMs === null) {
      out.push({
        id: 'timeout_missing',
        severity: 'warning',
        message:
          plan.format === 'litellm'
            ? `route "${route.name}" sets no timeout: LiteLLM's default of 6000 s per attempt applies, so a hung upstream holds the request for 100 minutes`
            : `route "${route.name}" has no timeout: a hung upstream holds the request without limit`,
        fix: 'set a per-attempt timeout on this route',
        at: route.at,
      });
    } else if (plan.budget.maxElapsedMs !== null && route.timeoutMs > plan.budget.maxElapsedMs) {
      out.push({
        id: 'timeout_unbounded',
        severity: 'warning',
        message: `route "${route.name}": one attempt may take ${formatMs(route.timeoutMs)}, longer than the whole request budget of ${formatMs(plan.budget.maxElapsedMs)}`,
        fix: 'set the per-attempt timeout well below the request budget',
        at: route.at,
      });
    }
  }
  return out;
}
