import type { Chain, Target } from '../routing/index.js';
import { routeOrder } from './worst-case.js';

// What a chain's shape means for the error path. A chain may start with a group: the primary is
// then not one route but the chain's head, the first node a request reaches that is not a
// fallback group (a single route, or a load-balanced group). A load balancer sends each try to
// one member and never fails over inside it; only a fallback group beyond the head moves a
// request to other routes after the head has failed.

/** The first node a request reaches, descending through the first member of fallback groups. */
export function chainHead(chain: Chain): Target {
  let node = chain.target;
  while (node.kind === 'fallback' && node.targets[0]) node = node.targets[0];
  return node;
}

/** Every route of the chain's head, in order: one route, or the members of a load balancer. */
export function headRoutes(chain: Chain): string[] {
  return [...new Set(routeOrder(chainHead(chain)))];
}

/** Routes a fallback group moves to after the head has failed, in the order they are tried. */
export function fallbackRoutes(chain: Chain): string[] {
  const head = new Set(headRoutes(chain));
  return [...new Set(routeOrder(chain.target))].filter((r) => !head.has(r));
}

/** Whether the chain has somewhere to go once its head has failed. */
export function hasFallbackBeyondHead(chain: Chain): boolean {
  return fallbackRoutes(chain).length > 0;
}
