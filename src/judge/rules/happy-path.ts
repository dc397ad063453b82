import { claim, type RouteRule } from './rule.js';

// The endpoint contract: a route's smoke request is answered with a usable response of its
// endpoint family (the probe classifies the answer; the reason says what was wrong).

/** The route answered its smoke request with a usable response. */
export const happyPathUsable = {
  id: 'happy_path_usable',
  category: 'contract',
  on: 'route',
  check: (observation) =>
    claim(
      observation.statusClass === '2xx_usable' ? 'pass' : 'fail',
      { http_status: observation.httpStatus, status_class: observation.statusClass },
      observation.reason,
    ),
} as const satisfies RouteRule;
