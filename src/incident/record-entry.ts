import { monotonicFactory } from 'ulid';
import { classifyHttpStatus, type StatusClass } from '../contract/index.js';
import {
  DEFAULT_FAIL_POLICY,
  isBudgetVerdict,
  renderSubject,
  type Verdict,
} from '../judge/index.js';
import type { Budget, RoutingPlan } from '../routing/index.js';
import { routeOrder, worstCaseChainAttempts } from '../retry/index.js';
import {
  type ChainRecord,
  LEDGER_SCHEMA_VERSION,
  type LedgerEntry,
  NO_WORKFLOW_RUN,
  NOT_ASSERTED,
  type RecordedRecord,
  type Redactor,
  type RunContext,
  type ScenarioRecord,
  sealLedger,
  TIMELINE_ATTEMPTS,
  TIMELINE_SAMPLES,
  verdictRecord,
} from '../record/index.js';
import { REQUIRED_FACTS, type RecordFacts } from './facts.js';
import type { ParsedLog } from './log-types.js';
import {
  familyOfPath,
  rebuildRequests,
  reportedRetries,
  routeNameOf,
  selectRequests,
  type RebuiltRequest,
} from './timeline.js';
import { judgeTimeline } from './timeline-judge.js';

// A ledger entry for a decision a person made after an incident: the facts they state, the
// attempt timeline their logs show, and the error path's verdicts on that timeline. It is the
// same v1 entry as a gate run's, marked `origin: recorded`, and it says it was not measured.

/** recorded.requests keeps at most this many requests. */
export const MAX_RECORDED_REQUESTS = 50;

const defaultId = monotonicFactory();

export interface RecordInput {
  facts: RecordFacts;
  noteFile: string | null;
  logs: readonly ParsedLog[];
  /** Requests in question (request ids or the log's trace ids); empty keeps every request. */
  select: readonly string[];
  plan: RoutingPlan | null;
  chain: string | null;
  budget: Budget;
  context: Pick<RunContext, 'gateVersion' | 'nodeVersion' | 'runnerOs' | 'now' | 'run'>;
  redactor: Redactor;
  makeId?: (nowMs: number) => string;
}

export function buildRecordedEntry(input: RecordInput): LedgerEntry {
  const { facts, plan, context } = input;
  const requests = selectRequests(rebuildRequests(input.logs), input.select);
  const judged =
    requests.length > 0
      ? judgeTimeline({ plan, chain: input.chain, budget: input.budget, requests })
      : null;
  const verdicts = judged?.verdicts ?? [];
  // The request the entry is about: the one named, else the one with the most attempts.
  const headline = [...requests].sort((a, b) => retriesOf(b) - retriesOf(a))[0] ?? null;
  const observed = headline ? observedFacts(headline, plan) : null;

  const conflicts: string[] = [];
  const pick = <T>(
    name: string,
    stated: T | undefined,
    logged: T | null | undefined,
  ): T | undefined => {
    if (stated !== undefined && logged !== null && logged !== undefined && stated !== logged) {
      conflicts.push(`${name}: stated ${String(stated)}, the logs show ${String(logged)}`);
    }
    return stated ?? logged ?? undefined;
  };
  const family = pick('endpoint family', facts.endpointFamily, observed?.family);
  const requestId = facts.requestId ?? observed?.requestId ?? undefined;
  const statusClass = pick('status class', facts.statusClass, observed?.statusClass);
  const retries = pick('retry count', facts.retryAttempts, observed?.retries);
  const route = facts.route ?? observed?.route ?? null;
  const resolved: Record<string, unknown> = {
    endpointFamily: family,
    requestId,
    statusClass,
    retryAttempts: retries,
    decision: facts.decision,
    operator: facts.operator,
    owner: facts.owner,
  };
  const missing = REQUIRED_FACTS.filter(([key]) => resolved[key] === undefined);
  const paused = missing.length > 0 || conflicts.length > 0;
  const decision = facts.decision ?? 'escalate';
  const chainName = judged?.chain ?? input.chain ?? plan?.chains[0]?.name ?? 'incident';
  const planChain = plan?.chains.find((c) => c.name === chainName) ?? null;

  const failOn = [...DEFAULT_FAIL_POLICY];
  const problems: LedgerEntry['gate']['problems'] = [
    ...missing.map(([, name, flag, key]) => ({
      category: 'evidence' as const,
      subject: renderSubject({ kind: 'ledger', field: key }),
      message: `the ${name} was not recorded, so the decision is paused`,
      fix: `give ${flag} or \`${key}\` in the note`,
      fails_job: true,
    })),
    ...conflicts.map((c) => ({
      category: 'evidence' as const,
      subject: renderSubject({ kind: 'ledger', field: 'facts' }),
      message: `a stated fact disagrees with the logs (${c}), so the decision is paused`,
      fix: 'correct the stated fact, or give the logs of the request in question (--request-id)',
      fails_job: true,
    })),
    // The chain's decision is paused, as a gate entry's would be: `ledger verify` expects it.
    ...(paused
      ? [
          {
            category: 'evidence' as const,
            subject: renderSubject({ kind: 'chain', chain: chainName }),
            message: `decision ${decision} paused until the facts above are recorded`,
            fix: 'record the missing facts, then run record again',
            fails_job: true,
          },
        ]
      : []),
    ...verdicts
      .filter((v) => v.status === 'fail' && isBudgetVerdict(v.id))
      .map((v) => ({
        category: 'budget' as const,
        subject: renderSubject(v.subject),
        message: `${v.id}: ${v.reason}`,
        fix: 'reduce the retries stacked on this path, or raise the budget deliberately',
        fails_job: true,
      })),
    ...(decision === 'escalate' && facts.decision
      ? [
          {
            category: 'escalate' as const,
            subject: renderSubject({ kind: 'chain', chain: chainName }),
            message: 'the recorded decision is to escalate',
            fix: 'send the support packet (fallback-gate packet) to the provider and track the follow-up owner',
            fails_job: true,
          },
        ]
      : []),
  ];
  const failing = problems.filter((p) => p.fails_job);
  const reason = paused
    ? `paused: ${[...missing.map(([, name]) => `${name} missing`), ...conflicts].join('; ')}`
    : `recorded by ${facts.operator ?? '?'}: ${decision}${facts.whatChanged ? ` (${facts.whatChanged})` : ''}`;

  const scenario = judged
    ? scenarioRecord(judged.scenario, requests.length, requests.filter((r) => !r.timed).length)
    : null;
  const chain: ChainRecord = {
    name: chainName,
    route_order: planChain
      ? routeOrder(planChain.target)
      : [...new Set(requests.flatMap((r) => r.attempts.map((a) => routeNameOf(a, plan))))],
    endpoint_family: family ?? 'mixed',
    request_id: requestId ?? null,
    prompt_class: facts.promptClass ?? 'not_recorded',
    status_class: statusClass ?? null,
    status_reason: statusReason(facts.statusClass, observed),
    retry_attempts: retries ?? 0,
    retry_attempts_source:
      facts.retryAttempts !== undefined ? 'stated' : observed ? 'logged' : 'not_observed',
    worst_case_attempts: planChain ? worstCaseChainAttempts(planChain) : null,
    caller_outcome: 'not_observed',
    fallback_decision: decision,
    decision_rule: 'recorded_by_operator',
    decision_paused: paused,
    evidence_gaps: [
      ...missing.map(([, name]) => `${name} (not recorded)`),
      ...conflicts.map((c) => `conflicting ${c}`),
    ],
    reason,
    source_ledger_id: null,
    scenarios: scenario ? [scenario] : [],
    verdicts: verdicts.map(verdictRecord),
  };

  const sources = input.logs.map((log) => ({
    file: log.file,
    format: log.format,
    sha256: log.sha256,
    records: log.records,
    attempts: log.attempts.length,
  }));
  const recorded: RecordedRecord = {
    recorded_by: 'operator',
    statement: `Recorded by ${facts.operator ?? 'an unnamed operator'}${
      input.logs.length > 0 ? ` from ${input.logs.length} log file(s)` : ''
    }${input.noteFile ? ' and a note' : ''}; not measured by fallback-gate.`,
    route,
    what_changed: facts.whatChanged ?? null,
    facts_missing: missing.map(([, name]) => name),
    facts_conflicting: conflicts,
    note: input.noteFile,
    sources,
    requests: requests.slice(0, MAX_RECORDED_REQUESTS).map(requestRecord),
    requests_omitted: Math.max(0, requests.length - MAX_RECORDED_REQUESTS),
  };
  const run = context.run ?? NO_WORKFLOW_RUN;
  const draft: Omit<LedgerEntry, 'integrity'> = {
    schema_version: LEDGER_SCHEMA_VERSION,
    origin: 'recorded',
    ledger_id: (input.makeId ?? defaultId)(context.now.getTime()),
    timestamp: context.now.toISOString(),
    endpoint_family: family ?? 'mixed',
    request_id: requestId ?? 'not_observed',
    prompt_class: facts.promptClass ?? 'not_recorded',
    status_class: statusClass ?? null,
    status_reason: chain.status_reason,
    retry_attempts: chain.retry_attempts,
    fallback_decision: decision,
    decision_paused: paused,
    passed: failing.length === 0,
    operator_initials: facts.operator ?? null,
    follow_up_owner: facts.owner ?? null,
    evidence_links: facts.evidenceLinks,
    run: {
      repository: run.repository,
      commit: run.commit,
      ref: run.ref,
      event: run.event,
      run_url: run.runUrl,
    },
    config: plan
      ? { file: plan.file, format: plan.format, digest: plan.digest }
      : { file: '(none)', format: 'none', digest: '' },
    change: null,
    environment: {
      gate_version: context.gateVersion,
      node_version: context.nodeVersion,
      runner_os: context.runnerOs,
      driver: 'none',
      upstream: 'none',
      environment_mismatch: false,
      mismatch_reasons: [],
    },
    chains: [chain],
    routes: [],
    storm: [],
    findings: [],
    verdicts: verdicts.map(verdictRecord),
    gate: { passed: failing.length === 0, fail_on: failOn, problems },
    failures: failing.map((p) => `${p.category}: ${p.subject}: ${p.message}`),
    remaining_uncertainty: uncertainty(
      input,
      requests,
      verdicts,
      paused,
      missing.map(([, n]) => n),
    ),
    does_not_assert: [...NOT_ASSERTED],
    merged_from: [],
    recorded,
  };
  return sealLedger(input.redactor.value(draft));
}

interface Observed {
  family: 'chat_completions' | 'responses' | null;
  requestId: string | null;
  statusClass: StatusClass | null;
  status: number | null;
  retries: number;
  route: string;
}

function observedFacts(request: RebuiltRequest, plan: RoutingPlan | null): Observed {
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
function retriesOf(request: RebuiltRequest): number {
  return Math.max(request.attempts.length - 1, reportedRetries(request) ?? 0);
}

function statusReason(stated: StatusClass | undefined, observed: Observed | null): string {
  if (stated) return 'stated by the operator';
  if (!observed) return 'not recorded';
  if (observed.statusClass === null) {
    return `HTTP ${observed.status ?? '?'} on the last logged attempt; whether the body was usable is not in the log`;
  }
  return observed.status === null
    ? 'no answer on the last logged attempt (connection failed or timed out)'
    : `HTTP ${observed.status} on the last logged attempt`;
}

function requestRecord(r: RebuiltRequest): RecordedRecord['requests'][number] {
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

function scenarioRecord(
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

function uncertainty(
  input: RecordInput,
  requests: readonly RebuiltRequest[],
  verdicts: readonly Verdict[],
  paused: boolean,
  missing: readonly string[],
): string[] {
  const lines = [
    'recorded by a person after the fact: the gate did not send these requests or measure these answers',
    ...input.facts.uncertainty,
  ];
  if (paused && missing.length > 0)
    lines.push(`decision paused until recorded: ${missing.join(', ')}`);
  if (input.logs.length === 0) {
    lines.push('no log was given (--from-log): the attempt timeline is not evidenced');
  } else if (requests.length === 0) {
    lines.push('the logs hold no request matching the ones in question (--request-id)');
  }
  if (requests.some((r) => r.attempts.some((a) => a.status !== null && a.status < 300))) {
    lines.push(
      '2xx answers in the logs say nothing about whether the body was usable to the caller',
    );
  }
  if (requests.some((r) => !r.timed)) {
    lines.push('some logged requests carry no time of day, so their waits were not judged');
  }
  for (const v of verdicts.filter((x) => x.status === 'unknown')) {
    lines.push(`not established: ${v.id}: ${v.reason}`);
  }
  return lines;
}
