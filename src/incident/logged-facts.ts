import { classifyHttpStatus, type StatusClass } from '../contract/index.js';
import type { RoutingPlan } from '../routing/index.js';
import {
  type RecordedRecord,
  type ScenarioRecord,
  TIMELINE_ATTEMPTS,
  TIMELINE_SAMPLES,
} from '../record/index.js';
import { familyOfPath, reportedRetries, routeNameOf, type RebuiltRequest } from './timeline.js';
import type { judgeTimeline } from './timeline-judge.js';

// What the logs show about the requests in question, as the recorded entry's records: the facts
// of the headline request, each request's summary, and the logged timeline as a scenario.

export interface Observed {
  family: 'chat_completions' | 'responses' | null;
  requestId: string | null;
  statusClass: StatusClass | null;
  status: number | null;
  retries: number;
  route: string;
}

export function observedFacts(request: RebuiltRequest, plan: RoutingPlan | null): Observed {
  const last = request.attempts.at(-1)!;
  const families = new Set(request.attempts.map((a) => familyOfPath(a.path)));
  const family = families.size === 1 ? [...families][0]! : null;
  return {
    family,
    requestId:
      last.requestId ?? request.attempts.find((a) => a.requestId !== null)?.requestId ?? null,
    // A logged 2xx says nothing about whether the body was usable: that stays the operator's to say.
    statusClass:
      last.status === null ? 'retryable' : (classifyHttpStatus(last.status)?.statusClass ?? null),
    status: last.status,
    retries: retriesOf(request),
    route: routeNameOf(last, plan),
  };
}

/** Retries of a request: the attempts logged, or what the stack reported when that is more. */
export function retriesOf(request: RebuiltRequest): number {
  return Math.max(request.attempts.length - 1, reportedRetries(request) ?? 0);
}

export function statusReason(stated: StatusClass | undefined, observed: Observed | null): string {
  if (stated) return 'stated by the operator';
  if (!observed) return 'not recorded';
  if (observed.statusClass === null) {
    return `HTTP ${observed.status ?? '?'} on the last logged attempt; whether the body was usable is not in the log`;
  }
  return observed.status === null
    ? 'no answer on the last logged attempt (connection failed or timed out)'
    : `HTTP ${observed.status} on the last logged attempt`;
}

export function requestRecord(r: RebuiltRequest): RecordedRecord['requests'][number] {
  const last = r.attempts.at(-1)!;
  const first = r.attempts[0]!;
  return {
    request_id: last.requestId ?? r.attempts.find((a) => a.requestId !== null)?.requestId ?? null,
    started_at: first.startedMs !== null ? new Date(first.startedMs).toISOString() : null,
    hosts: [...new Set(r.attempts.map((a) => a.host))],
    paths: [...new Set(r.attempts.map((a) => a.path))],
    attempts: r.attempts.length,
    retry_attempts: r.attempts.length - 1,
    reported_retries: reportedRetries(r),
    final_status: last.status,
    final_status_class:
      last.status === null ? 'retryable' : (classifyHttpStatus(last.status)?.statusClass ?? null),
    timed: r.timed,
    source: `${first.at.file}:${first.at.line}`,
  };
}

export function scenarioRecord(
  s: ReturnType<typeof judgeTimeline>['scenario'],
  total: number,
  untimed: number,
): ScenarioRecord {
  const shown = s.samples
    .slice(0, TIMELINE_SAMPLES)
    .flatMap((sample) => sample.attempts)
    .slice(0, TIMELINE_ATTEMPTS);
  const attempts = s.samples.reduce((n, x) => n + x.attempts.length, 0);
  return {
    name: s.scenario,
    driver: 'command',
    expectation: s.expectation,
    samples: total,
    wall_ms: s.wallMs,
    longest_mandated_wait_ms: 0,
    retry_attempts: Math.max(0, ...s.samples.map((x) => x.attempts.length - 1)),
    outcomes: { usable: 0, controlled_failure: 0, hang: 0, unknown: total },
    evidence_gaps:
      untimed > 0
        ? [
            `${untimed} logged request(s) carry no time of day: their attempts are in logged order with at_ms 0, and their waits were not judged`,
          ]
        : [],
    timeline: shown.map((a) => ({
      sample: a.sample,
      seq: a.seq,
      route: a.route,
      at_ms: a.atMs,
      duration_ms: a.durationMs,
      method: a.method,
      path: a.path,
      fault: 'logged',
      status: a.status,
      retry_after_ms: a.retryAfterMs,
      retry_headers: { ...a.retryHeaders },
      request_id: a.requestId,
    })),
    timeline_omitted: attempts - shown.length,
  };
}
