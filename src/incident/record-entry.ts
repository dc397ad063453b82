import type { StatusClass } from '../contract/index.js';
import {
  DEFAULT_FAIL_POLICY,
  type FallbackDecision,
  isBudgetVerdict,
  renderSubject,
  type Verdict,
} from '../judge/index.js';
import type { Budget, RoutingPlan } from '../routing/index.js';
import { routeOrder, worstCaseChainAttempts } from '../retry/index.js';
import {
  assembleLedger,
  type ChainRecord,
  type DraftSource,
  type LedgerEntry,
  type RecordedRecord,
  verdictRecord,
} from '../record/index.js';
import { REQUIRED_FACTS, type RecordFacts } from './facts.js';
import type { ParsedLog } from './log-types.js';
import {
  type Observed,
  observedFacts,
  requestRecord,
  retriesOf,
  scenarioRecord,
  statusReason,
} from './logged-facts.js';
import { rebuildRequests, routeNameOf, selectRequests, type RebuiltRequest } from './timeline.js';
import { judgeTimeline } from './timeline-judge.js';

// A ledger entry for a decision a person made after an incident: the facts they state, the
// attempt timeline their logs show, and the error path's verdicts on that timeline. It is the
// same v1 entry as a gate run's, marked `origin: recorded`, and it says it was not measured.

/** recorded.requests keeps at most this many requests. */
export const MAX_RECORDED_REQUESTS = 50;

export interface RecordInput extends DraftSource {
  facts: RecordFacts;
  noteFile: string | null;
  logs: readonly ParsedLog[];
  /** Requests in question (request ids or the log's trace ids); empty keeps every request. */
  select: readonly string[];
  plan: RoutingPlan | null;
  chain: string | null;
  budget: Budget;
}

export function buildRecordedEntry(input: RecordInput): LedgerEntry {
  const { facts, plan } = input;
  const requests = selectRequests(rebuildRequests(input.logs), input.select);
  const judged =
    requests.length > 0
      ? judgeTimeline({ plan, chain: input.chain, budget: input.budget, requests })
      : null;
  const verdicts = judged?.verdicts ?? [];
  // The request the entry is about: the one named, else the one with the most attempts.
  const headline = [...requests].sort((a, b) => retriesOf(b) - retriesOf(a))[0] ?? null;
  const observed = headline ? observedFacts(headline, plan) : null;
  const resolved = resolveFacts(facts, observed);
  const chainName = judged?.chain ?? input.chain ?? plan?.chains[0]?.name ?? 'incident';
  const problems = recordedProblems(facts, resolved, chainName, verdicts);
  const failing = problems.filter((p) => p.fails_job);
  const chain = recordedChain(input, resolved, { chainName, judged, requests, observed });
  return assembleLedger(
    input,
    {
      endpoint_family: resolved.family ?? 'mixed',
      request_id: resolved.requestId ?? 'not_observed',
      prompt_class: facts.promptClass ?? 'not_recorded',
      status_class: resolved.statusClass ?? null,
      status_reason: chain.status_reason,
      retry_attempts: chain.retry_attempts,
      fallback_decision: resolved.decision,
      decision_paused: resolved.paused,
      passed: failing.length === 0,
      operator_initials: facts.operator ?? null,
      follow_up_owner: facts.owner ?? null,
      evidence_links: facts.evidenceLinks,
      config: plan
        ? { file: plan.file, format: plan.format, digest: plan.digest }
        : { file: '(none)', format: 'none', digest: '' },
      change: null,
      environment: {
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
      gate: { passed: failing.length === 0, fail_on: [...DEFAULT_FAIL_POLICY], problems },
      failures: failing.map((p) => `${p.category}: ${p.subject}: ${p.message}`),
      remaining_uncertainty: uncertainty(
        input,
        requests,
        verdicts,
        resolved.paused,
        resolved.missing.map(([, n]) => n),
      ),
      merged_from: [],
      recorded: recordedRecord(input, resolved, requests),
    },
    'recorded',
  );
}

/** The facts of the entry: stated ones win, the logs fill the gaps, and disagreement is kept. */
interface Resolved {
  family: 'chat_completions' | 'responses' | undefined;
  requestId: string | undefined;
  statusClass: StatusClass | undefined;
  retries: number | undefined;
  route: string | null;
  missing: (typeof REQUIRED_FACTS)[number][];
  conflicts: string[];
  paused: boolean;
  decision: FallbackDecision;
}

function resolveFacts(facts: RecordFacts, observed: Observed | null): Resolved {
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
  return { family, requestId, statusClass, retries, route, missing, conflicts, paused, decision };
}

/** What fails the recorded entry: missing or conflicting facts, budget verdicts, an escalation. */
function recordedProblems(
  facts: RecordFacts,
  { missing, conflicts, paused, decision }: Resolved,
  chainName: string,
  verdicts: readonly Verdict[],
): LedgerEntry['gate']['problems'] {
  return [
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
}

function recordedChain(
  input: RecordInput,
  resolved: Resolved,
  found: {
    chainName: string;
    judged: ReturnType<typeof judgeTimeline> | null;
    requests: readonly RebuiltRequest[];
    observed: Observed | null;
  },
): ChainRecord {
  const { facts, plan } = input;
  const { chainName, judged, requests, observed } = found;
  const { missing, conflicts, paused, decision } = resolved;
  const planChain = plan?.chains.find((c) => c.name === chainName) ?? null;
  const reason = paused
    ? `paused: ${[...missing.map(([, name]) => `${name} missing`), ...conflicts].join('; ')}`
    : `recorded by ${facts.operator ?? '?'}: ${decision}${facts.whatChanged ? ` (${facts.whatChanged})` : ''}`;
  const scenario = judged
    ? scenarioRecord(judged.scenario, requests.length, requests.filter((r) => !r.timed).length)
    : null;
  return {
    name: chainName,
    route_order: planChain
      ? routeOrder(planChain.target)
      : [...new Set(requests.flatMap((r) => r.attempts.map((a) => routeNameOf(a, plan))))],
    endpoint_family: resolved.family ?? 'mixed',
    request_id: resolved.requestId ?? null,
    prompt_class: facts.promptClass ?? 'not_recorded',
    status_class: resolved.statusClass ?? null,
    status_reason: statusReason(facts.statusClass, observed),
    retry_attempts: resolved.retries ?? 0,
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
    verdicts: (judged?.verdicts ?? []).map(verdictRecord),
  };
}

function recordedRecord(
  input: RecordInput,
  { route, missing, conflicts }: Resolved,
  requests: readonly RebuiltRequest[],
): RecordedRecord {
  const { facts } = input;
  return {
    recorded_by: 'operator',
    statement: `Recorded by ${facts.operator ?? 'an unnamed operator'}${
      input.logs.length > 0 ? ` from ${input.logs.length} log file(s)` : ''
    }${input.noteFile ? ' and a note' : ''}; not measured by fallback-gate.`,
    route,
    what_changed: facts.whatChanged ?? null,
    facts_missing: missing.map(([, name]) => name),
    facts_conflicting: conflicts,
    note: input.noteFile,
    sources: input.logs.map((log) => ({
      file: log.file,
      format: log.format,
      sha256: log.sha256,
      records: log.records,
      attempts: log.attempts.length,
    })),
    requests: requests.slice(0, MAX_RECORDED_REQUESTS).map(requestRecord),
    requests_omitted: Math.max(0, requests.length - MAX_RECORDED_REQUESTS),
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
