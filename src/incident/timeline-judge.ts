import {
  errorPathVerdicts,
  type Verdict,
  type VerdictId,
  type VerdictSubject,
} from '../judge/index.js';
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
] as const satisfies readonly VerdictId[];
type TimelineVerdictId = (typeof TIMELINE_VERDICTS)[number];
/** These compare waits with a declared policy: without a routing config there is none. */
const NEEDS_POLICY = new Set<TimelineVerdictId>([
  'attempts_within_declared_policy',
  'backoff_present',
  'jitter_present',
]);
/** These compare times: an untimed log cannot support them. */
const NEEDS_TIME = new Set<TimelineVerdictId>([
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
  const all = loggedScenario(input.requests, chain, input.plan);
  const timedRequests = input.requests.filter((r) => r.timed);
  const byId = (verdicts: Verdict[]) => new Map(verdicts.map((v) => [v.id, v]));
  const judged: Judged = {
    configGiven: input.plan !== null,
    subject: { kind: 'scenario', chain, scenario: INCIDENT_SCENARIO },
    counted: byId(errorPathVerdicts(plan, [all])),
    timed: byId(
      timedRequests.length > 0
        ? errorPathVerdicts(plan, [loggedScenario(timedRequests, chain, input.plan)])
        : [],
    ),
    timedRequests: timedRequests.length,
    untimed: input.requests.length - timedRequests.length,
  };
  const verdicts = TIMELINE_VERDICTS.flatMap((id) => timelineVerdict(id, judged) ?? []);
  return { plan, chain, verdicts, scenario: all };
}

/** The logged requests as the samples of one observed scenario. */
function loggedScenario(
  requests: readonly RebuiltRequest[],
  chain: string,
  config: RoutingPlan | null,
): ScenarioObservation {
  const samples = requests.map((r, sample) => loggedSample(r, sample, config));
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
}

function loggedSample(r: RebuiltRequest, sample: number, config: RoutingPlan | null) {
  const t0 = r.attempts[0]?.startedMs ?? 0;
  const attempts: AttemptRecord[] = r.attempts.map((a, i) => ({
    sample,
    seq: i + 1,
    route: routeNameOf(a, config),
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
}

/** The scenario verdicts of a timeline, judged over every request and over the timed ones. */
interface Judged {
  configGiven: boolean;
  subject: VerdictSubject;
  counted: Map<VerdictId, Verdict>;
  timed: Map<VerdictId, Verdict>;
  timedRequests: number;
  untimed: number;
}

/** One verdict of the timeline, as far as a log (and a config, when given) can support it. */
function timelineVerdict(id: TimelineVerdictId, judged: Judged): Verdict | null {
  const { subject, untimed } = judged;
  if (NEEDS_POLICY.has(id) && !judged.configGiven) {
    return {
      id,
      subject,
      status: 'unknown',
      figures: {},
      reason:
        'no routing config was given (--config), so there is no declared policy to compare with',
    };
  }
  const verdict = NEEDS_TIME.has(id) ? judged.timed.get(id) : judged.counted.get(id);
  if (NEEDS_TIME.has(id) && judged.timedRequests === 0) {
    return {
      id,
      subject,
      status: 'unknown',
      figures: { untimed_requests: untimed },
      reason: 'the log carries no time of day for the attempts, so waits cannot be measured',
    };
  }
  if (!verdict) return null;
  if (id === 'retry_after_honoured' && !judged.configGiven && verdict.status === 'pass') {
    // Without the caller's declared policy a retry after the announced time may be its own
    // backoff: only a retry sooner than announced is a finding here.
    return {
      ...verdict,
      status: 'unknown',
      reason: `${verdict.reason}; with no routing config (--config) it cannot be told from the caller's own backoff`,
    };
  }
  return NEEDS_TIME.has(id) && untimed > 0
    ? { ...verdict, figures: { ...verdict.figures, untimed_requests_left_out: untimed } }
    : verdict;
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
