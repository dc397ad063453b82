import { errorPathVerdicts, type Verdict } from '../judge/index.js';
import { positionAt } from '../common/index.js';
import type { Budget, Chain, RetryPolicy, RoutingPlan } from '../routing/index.js';
import type { AttemptRecord, ScenarioObservation } from '../observations/index.js';
import type { RebuiltRequest } from './timeline.js';
import { routeNameOf } from './timeline.js';

// The one adapter between a timeline rebuilt from logs and the judge: the requests become the
// samples of one observed scenario, and the error path's own verdict functions judge them, so
// a logged incident is held to exactly the rules an injected fault is.

/** Verdicts a logged timeline can support; the rest need the gate's own probes. */
export const TIMELINE_VERDICTS = [
  'attempts_within_budget',
  'attempts_within_declared_policy',
  'backoff_present',
  'jitter_present',
  'retry_after_honoured',
  'terminal_not_retried',
  'stop_rule',
] as const;
/** These compare waits with a declared policy: without a routing config there is none. */
const NEEDS_POLICY = new Set([
  'attempts_within_declared_policy',
  'backoff_present',
  'jitter_present',
]);
/** These compare times: an untimed log cannot support them. */
const NEEDS_TIME = new Set([
  'backoff_present',
  'jitter_present',
  'retry_after_honoured',
  'stop_rule',
]);

export const INCIDENT_CHAIN = 'incident';
export const INCIDENT_SCENARIO = 'logged';

export interface TimelineJudgeInput {
  /** The routing config in force during the incident; null when none was given. */
  plan: RoutingPlan | null;
  /** The chain of that config the requests went through. */
  chain: string | null;
  budget: Budget;
  requests: readonly RebuiltRequest[];
}

export interface TimelineJudgement {
  plan: RoutingPlan;
  chain: string;
  verdicts: Verdict[];
  scenario: ScenarioObservation;
}

export function judgeTimeline(input: TimelineJudgeInput): TimelineJudgement {
  const plan = input.plan
    ? { ...input.plan, budget: input.budget }
    : syntheticPlan(input.requests, input.budget);
  const chain = input.chain ?? plan.chains[0]?.name ?? INCIDENT_CHAIN;
  const toSample = (r: RebuiltRequest, sample: number) => {
    const t0 = r.attempts[0]?.startedMs ?? 0;
    const attempts: AttemptRecord[] = r.attempts.map((a, i) => ({
      sample,
      seq: i + 1,
      route: routeNameOf(a, input.plan),
      atMs: a.startedMs !== null ? a.startedMs - t0 : 0,
      durationMs: a.durationMs,
      method: a.method,
      path: a.path,
      fault: a.status === null ? 'reset' : a.status < 300 ? 'ok' : 'status',
      status: a.status,
      retryAfterMs: a.retryAfterMs,
      retryHeaders: a.retryHeaders,
      requestId: a.requestId,
      // A logged 2xx says nothing about the body; only retryable and terminal matter here.
      statusClass: a.status === null ? 'retryable' : null,
    }));
    const last = attempts.at(-1);
    return {
      sample,
      attempts,
      outcome: {
        kind: 'unknown' as const,
        reason: 'a log shows the attempts, not what the caller received',
      },
      elapsedMs: last ? last.atMs + (last.durationMs ?? 0) : 0,
    };
  };
  const observation = (requests: readonly RebuiltRequest[]): ScenarioObservation => {
    const samples = requests.map(toSample);
    return {
      scenario: INCIDENT_SCENARIO,
      chain,
      driver: 'command',
      expectation: 'the logged requests stayed within the budget and the declared retry policy',
      samples,
      wallMs: Math.max(0, ...samples.map((s) => s.elapsedMs)),
      longestMandatedWaitMs: 0,
      evidenceGaps: [],
      kind: 'user',
      fallbackExpected: false,
    };
  };
  const all = observation(input.requests);
  const timedRequests = input.requests.filter((r) => r.timed);
  const subject = `chain:${chain}/scenario:${INCIDENT_SCENARIO}`;
  const byId = (verdicts: Verdict[]) => new Map(verdicts.map((v) => [v.id, v]));
  const counted = byId(errorPathVerdicts(plan, [all]));
  const timed = byId(
    timedRequests.length > 0 ? errorPathVerdicts(plan, [observation(timedRequests)]) : [],
  );
  const untimed = input.requests.length - timedRequests.length;
  const verdicts: Verdict[] = [];
  for (const id of TIMELINE_VERDICTS) {
    if (NEEDS_POLICY.has(id) && !input.plan) {
      verdicts.push({
        id,
        subject,
        status: 'unknown',
        figures: {},
        reason:
          'no routing config was given (--config), so there is no declared policy to compare with',
      });
      continue;
    }
    const verdict = NEEDS_TIME.has(id) ? timed.get(id) : counted.get(id);
    if (NEEDS_TIME.has(id) && timedRequests.length === 0) {
      verdicts.push({
        id,
        subject,
        status: 'unknown',
        figures: { untimed_requests: untimed },
        reason: 'the log carries no time of day for the attempts, so waits cannot be measured',
      });
      continue;
    }
    if (!verdict) continue;
    if (id === 'retry_after_honoured' && !input.plan && verdict.status === 'pass') {
      // Without the caller's declared policy a retry after the announced time may be its own
      // backoff: only a retry sooner than announced is a finding here.
      verdicts.push({
        ...verdict,
        status: 'unknown',
        reason: `${verdict.reason}; with no routing config (--config) it cannot be told from the caller's own backoff`,
      });
      continue;
    }
    verdicts.push(
      NEEDS_TIME.has(id) && untimed > 0
        ? { ...verdict, figures: { ...verdict.figures, untimed_requests_left_out: untimed } }
        : verdict,
    );
  }
  return { plan, chain, verdicts, scenario: all };
}

const honoursRetryAfter = (maxAttempts: number): RetryPolicy => ({
  maxAttempts,
  initialBackoffMs: 0,
  maxBackoffMs: 0,
  multiplier: 1,
  jitter: 'none',
  retryOnStatuses: [],
  retryOnNetworkErrors: true,
  honourRetryAfter: true,
  maxElapsedMs: null,
  at: positionAt('(no config)'),
});

function syntheticPlan(requests: readonly RebuiltRequest[], budget: Budget): RoutingPlan {
  const at = positionAt('(no config)');
  const hosts = [...new Set(requests.flatMap((r) => r.attempts.map((a) => routeNameOf(a, null))))];
  const chain: Chain = {
    name: INCIDENT_CHAIN,
    layers: [],
    target: {
      kind: 'fallback',
      targets: hosts.map((route) => ({ kind: 'route' as const, route, retry: null, at })),
      // Stands for "a caller that honours retry-after", so that a retry sooner than announced
      // is judged; what it proves without a config is limited in judgeTimeline.
      retry: honoursRetryAfter(Math.max(1, ...requests.map((r) => r.attempts.length))),
      at,
    },
    at,
  };
  return {
    file: '(none)',
    format: 'native',
    digest: '',
    routes: [],
    chains: [chain],
    budget,
    owners: { operatorInitials: null, followUpOwner: null },
    scenarios: [],
    unsupported: [],
  };
}
