import type { RoutingPlan } from '../routing/index.js';
import type { LogAttempt, ParsedLog } from './log-types.js';

// Rebuilds caller requests from logged attempts. A log that groups attempts (a trace id, the
// SDK's retryOf) is followed; otherwise consecutive attempts form one request until one is
// answered with a 2xx (a retrying stack stops there) or the stack's own retry count says 0
// (a new request's first attempt).

export interface RebuiltRequest {
  file: string;
  attempts: LogAttempt[];
  /** All attempts carry a wall-clock time. */
  timed: boolean;
}

export function rebuildRequests(logs: readonly ParsedLog[]): RebuiltRequest[] {
  const out: RebuiltRequest[] = [];
  for (const log of logs) {
    const grouped = new Map<string, LogAttempt[]>();
    let current: LogAttempt[] | null = null;
    const sequence: LogAttempt[][] = [];
    for (const a of orderOf(log.attempts)) {
      if (a.group !== null) {
        const list = grouped.get(a.group);
        if (list) list.push(a);
        else grouped.set(a.group, [a]);
        continue;
      }
      const first = Object.values(a.retryHeaders).length > 0 && retryCountOf(a) === 0;
      if (!current || first) {
        current = [];
        sequence.push(current);
      }
      current.push(a);
      if (a.status !== null && a.status >= 200 && a.status < 300) current = null;
    }
    for (const attempts of [...grouped.values(), ...sequence]) {
      out.push({ file: log.file, attempts, timed: attempts.every((a) => a.startedMs !== null) });
    }
  }
  return out.sort((a, b) => (a.attempts[0]?.startedMs ?? 0) - (b.attempts[0]?.startedMs ?? 0));
}

function orderOf(attempts: readonly LogAttempt[]): LogAttempt[] {
  const timed = attempts.every((a) => a.startedMs !== null);
  // Stable: attempts without times keep the log's order.
  return timed ? [...attempts].sort((a, b) => a.startedMs! - b.startedMs!) : [...attempts];
}

/** The retry number an attempt's bookkeeping states (0 = first attempt), or null. */
export function retryCountOf(a: LogAttempt): number | null {
  const v =
    a.retryHeaders['x-stainless-retry-count'] ??
    a.retryHeaders['x-portkey-retry-attempt-count'] ??
    a.retryHeaders['x-litellm-attempted-retries'];
  return v === undefined ? null : Number(v);
}

/** Retries the stack itself reported for the request: the largest count any attempt carries. */
export function reportedRetries(request: RebuiltRequest): number | null {
  const values = request.attempts.flatMap((a) =>
    [
      a.retryHeaders['x-stainless-retry-count'],
      a.retryHeaders['x-portkey-retry-attempt-count'],
      a.retryHeaders['x-litellm-attempted-retries'],
      a.retryHeaders.retry_success_count,
    ]
      .filter((v): v is string => v !== undefined)
      .map(Number),
  );
  return values.length > 0 ? Math.max(...values) : null;
}

/** Keeps the requests that contain one of the ids (request id or the log's own group id). */
export function selectRequests(
  requests: readonly RebuiltRequest[],
  ids: readonly string[],
): RebuiltRequest[] {
  if (ids.length === 0) return [...requests];
  return requests.filter((r) =>
    r.attempts.some((a) => ids.includes(a.requestId ?? '') || ids.includes(a.group ?? '')),
  );
}

/**
 * The route an attempt went to: the config's route on that host (and model, when both are
 * known), else the host itself.
 */
export function routeNameOf(a: LogAttempt, plan: RoutingPlan | null): string {
  if (plan) {
    const onHost = plan.routes.filter((r) => hostOf(r.baseUrl) === a.host);
    const exact = onHost.find((r) => a.model !== null && r.model === a.model);
    const route = exact ?? (onHost.length === 1 ? onHost[0] : undefined);
    if (route) return route.name;
  }
  return a.host;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export type EndpointFamilyGuess = 'chat_completions' | 'responses' | null;

/** The endpoint family a path belongs to, when the path says so. */
export function familyOfPath(path: string): EndpointFamilyGuess {
  if (/\/chat\/completions$/.test(path)) return 'chat_completions';
  if (/\/responses$/.test(path)) return 'responses';
  return null;
}
