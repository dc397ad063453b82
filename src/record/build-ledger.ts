import { SMOKE_PROMPT_CLASS } from '../contract/index.js';
import {
  DECISION_SEVERITY,
  type Judgement,
  renderSubject,
  type Verdict,
  type VerdictId,
} from '../judge/index.js';
import { isSaturated, routeOrder, worstCaseChainAttempts } from '../retry/index.js';
import type { Chain, PlanAnalysis, RoutingPlan } from '../routing/index.js';
import type {
  HappyPathObservation,
  Observations,
  ScenarioObservation,
  StormResult,
} from '../observations/index.js';
import { assembleLedger } from './ledger-draft.js';
import type { ChainRecord, LedgerEntry, RouteRecord, ScenarioRecord } from './ledger-schema.js';
import type { Redactor } from './redact.js';
import type { RunContext } from './run-context.js';

export { sealLedger } from './ledger-draft.js';

/** Timelines keep the first samples of each scenario, up to this many attempts. */
export const TIMELINE_SAMPLES = 3;
export const TIMELINE_ATTEMPTS = 60;
/** Storm series are thinned to at most this many points. */
export const STORM_SERIES_POINTS = 120;

export interface LedgerInput {
  plan: RoutingPlan;
  analysis: PlanAnalysis;
  observations: Observations;
  judgement: Judgement;
  context: RunContext;
  redactor: Redactor;
  /** The id source; a fixed one makes renderings reproducible in tests. */
  makeId?: (nowMs: number) => string;
}

/** Assembles, redacts and validates one ledger entry. Throws only on a gate bug (schema mismatch). */
export function buildLedger(input: LedgerInput): LedgerEntry {
  const { plan, judgement, context, analysis } = input;
  const { happyPath, errorPath, storm } = input.observations;
  const chains = plan.chains.map((chain) => chainRecord(chain, input));
  const headline =
    [...chains].sort(
      (a, b) => DECISION_SEVERITY[b.fallback_decision] - DECISION_SEVERITY[a.fallback_decision],
    )[0] ?? null;
  const families = new Set(plan.routes.map((r) => r.family));
  const upstreams = new Set(happyPath.map((o) => o.upstream));
  const drivers = new Set(errorPath.map((s) => s.driver));
  const mismatches = happyPath
    .filter((o) => o.environmentMismatch)
    .map((o) => `route ${o.route}: ${o.environmentMismatch}`);
  if (plan.format !== 'native' && drivers.has('reference')) {
    mismatches.push(
      `driver reference on a ${plan.format} config: the gateway's own retry code was not run; behaviour verdicts describe the declared policy as the gate reads it (run the gateway with --driver command to check it)`,
    );
  }
  return assembleLedger(input, {
    endpoint_family: families.size === 1 ? [...families][0]! : 'mixed',
    request_id: headline?.request_id ?? 'not_observed',
    prompt_class: SMOKE_PROMPT_CLASS,
    status_class: headline?.status_class ?? null,
    status_reason: headline?.status_reason ?? 'no chain was observed',
    retry_attempts: Math.max(0, ...chains.map((c) => c.retry_attempts)),
    fallback_decision: judgement.decision,
    decision_paused: judgement.paused,
    passed: judgement.passed,
    operator_initials: context.operatorInitials,
    follow_up_owner: context.followUpOwner,
    evidence_links: context.evidenceLinks,
    config: { file: plan.file, format: plan.format, digest: plan.digest },
    change: analysis.change ? changeRecord(analysis.change) : null,
    environment: {
      driver: drivers.size > 1 ? 'mixed' : ([...drivers][0] ?? context.driver),
      ...gatewayEnvironment(errorPath, judgement.verdicts),
      upstream: upstreams.size === 0 ? 'none' : upstreams.size === 1 ? [...upstreams][0]! : 'mixed',
      environment_mismatch: mismatches.length > 0,
      mismatch_reasons: mismatches,
    },
    chains,
    routes: happyPath.map((o) => routeRecord(o, judgement.verdicts)),
    storm: storm.map(stormRecord),
    findings: analysis.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      message: f.message,
      fix: f.fix,
      at: { file: f.at.file, line: f.at.line, column: f.at.column },
    })),
    verdicts: judgement.verdicts.map(verdictRecord),
    gate: {
      passed: judgement.passed,
      fail_on: [...judgement.failOn],
      problems: judgement.problems.map((p) => ({
        category: p.category,
        subject: p.subject,
        message: p.message,
        fix: p.fix,
        fails_job: p.failsJob,
      })),
    },
    failures: judgement.failures,
    remaining_uncertainty: remainingUncertainty(
      input,
      happyPath.some((o) => o.environmentMismatch),
    ),
    merged_from: [],
  });
}

function changeRecord(change: NonNullable<PlanAnalysis['change']>): LedgerEntry['change'] {
  return {
    base_digest: change.baseDigest,
    head_digest: change.headDigest,
    routes_added: change.routesAdded,
    routes_removed: change.routesRemoved,
    hosts_added: change.hostsAdded,
    hosts_removed: change.hostsRemoved,
    models_changed: change.modelsChanged,
    retry_policies_changed: change.retryPoliciesChanged,
    budget_changed: change.budgetChanged,
    touches: change.touches,
    mixed_scope: change.mixedScope,
  };
}

function chainRecord(chain: Chain, input: LedgerInput): ChainRecord {
  const { judgement } = input;
  const order = routeOrder(chain.target);
  const primary = input.observations.happyPath.find((o) => o.route === order[0]);
  const scenarios = input.observations.errorPath.filter((s) => s.chain === chain.name);
  const samples = scenarios.flatMap((s) => s.samples);
  const families = new Set(
    order.flatMap((name) => input.plan.routes.filter((r) => r.name === name).map((r) => r.family)),
  );
  const decision = judgement.decisions.find((d) => d.chain === chain.name);
  const outcomes = samples.map((s) => s.outcome.kind);
  return {
    name: chain.name,
    route_order: order,
    endpoint_family: families.size === 1 ? [...families][0]! : 'mixed',
    request_id: primary?.requestId ?? null,
    prompt_class: SMOKE_PROMPT_CLASS,
    status_class: primary?.statusClass ?? null,
    status_reason: primary?.reason ?? `the primary route ${order[0] ?? '(none)'} was not observed`,
    retry_attempts: Math.max(0, ...samples.map((s) => s.attempts.length - 1)),
    retry_attempts_source:
      samples.length > 0 ? 'error_path' : primary ? 'happy_path' : 'not_observed',
    worst_case_attempts: worstCaseChainAttempts(chain),
    ...(isSaturated(worstCaseChainAttempts(chain))
      ? { worst_case_attempts_saturated: true as const }
      : {}),
    caller_outcome:
      samples.length === 0
        ? 'not_observed'
        : outcomes.includes('hang')
          ? 'hang'
          : outcomes.includes('unknown')
            ? 'unknown'
            : 'usable_or_controlled_failure',
    fallback_decision: decision?.decision ?? 'escalate',
    decision_rule: decision?.rule ?? 'none',
    decision_paused: decision?.paused ?? true,
    evidence_gaps: decision?.evidenceGaps ?? ['no decision was made for this chain'],
    reason: decision?.reason ?? 'no decision was made for this chain',
    source_ledger_id: null,
    scenarios: scenarios.map(scenarioRecord),
    verdicts: judgement.verdicts
      .filter((v) => v.subject.kind !== 'route' && v.subject.chain === chain.name)
      .map(verdictRecord),
  };
}

function scenarioRecord(s: ScenarioObservation): ScenarioRecord {
  const shown = [...s.samples]
    .sort((a, b) => a.sample - b.sample)
    .slice(0, TIMELINE_SAMPLES)
    .flatMap((sample) => sample.attempts)
    .slice(0, TIMELINE_ATTEMPTS);
  const total = s.samples.reduce((n, sample) => n + sample.attempts.length, 0);
  const count = (kind: string) => s.samples.filter((x) => x.outcome.kind === kind).length;
  return {
    name: s.scenario,
    driver: s.driver,
    ...(s.gateway
      ? {
          gateway: {
            name: s.gateway.name,
            version: s.gateway.version,
            attribution: s.gateway.attribution,
            startup_ms: s.gateway.startupMs,
            config_changes: [...s.gateway.configChanges],
            ...(s.gateway.restarts !== undefined ? { restarts: s.gateway.restarts } : {}),
            ...(s.gateway.planAttempts !== undefined
              ? { plan_attempts: s.gateway.planAttempts }
              : {}),
          },
        }
      : {}),
    expectation: s.expectation,
    samples: s.samples.length,
    wall_ms: s.wallMs,
    longest_mandated_wait_ms: s.longestMandatedWaitMs,
    retry_attempts: Math.max(0, ...s.samples.map((x) => x.attempts.length - 1)),
    outcomes: {
      usable: count('usable'),
      controlled_failure: count('controlled_failure'),
      hang: count('hang'),
      unknown: count('unknown'),
    },
    evidence_gaps: s.evidenceGaps,
    timeline: shown.map((a) => ({
      sample: a.sample,
      seq: a.seq,
      route: a.route,
      at_ms: a.atMs,
      duration_ms: a.durationMs,
      abandoned_after_ms: a.abandonedAfterMs ?? null,
      method: a.method,
      path: a.path,
      fault: a.fault,
      status: a.status,
      retry_after_ms: a.retryAfterMs,
      retry_headers: { ...a.retryHeaders },
      request_id: a.requestId,
    })),
    timeline_omitted: total - shown.length,
    ...(s.timing
      ? {
          timing: {
            event_loop_delay_max_ms: s.timing.eventLoopDelayMaxMs,
            event_loop_delay_p99_ms: s.timing.eventLoopDelayP99Ms,
            late_start_max_ms: s.timing.lateStartMaxMs,
            disturbance_ms: s.timing.disturbanceMs,
            concurrency: s.timing.concurrency,
            runs: s.timing.runs,
            first_run_disturbance_ms: s.timing.firstRunDisturbanceMs,
          },
        }
      : {}),
  };
}

/** Verdicts judged from the plan and the simulation, never from a gateway's requests. */
const MODELLED_VERDICTS = new Set<VerdictId>([
  'worst_case_attempts_within_budget',
  'amplification_within_budget',
]);

/** Which gateway ran, and which verdicts stand on its observed behaviour rather than a model. */
function gatewayEnvironment(
  errorPath: readonly ScenarioObservation[],
  verdicts: readonly Verdict[],
): { gateway?: NonNullable<LedgerEntry['environment']['gateway']> } {
  const ran = errorPath.find((s) => s.gateway)?.gateway;
  if (!ran) return {};
  const onGateway = new Set(
    errorPath
      .filter((s) => s.driver === 'gateway' && s.samples.length > 0)
      .map((s) => renderSubject({ kind: 'scenario', chain: s.chain, scenario: s.scenario })),
  );
  const ids = (keep: (v: Verdict) => boolean) => [
    ...new Set(verdicts.filter(keep).map((v) => v.id)),
  ];
  return {
    gateway: {
      name: ran.name,
      version: ran.version,
      observed_on_gateway: ids(
        (v) => onGateway.has(renderSubject(v.subject)) && v.status !== 'unknown',
      ),
      modelled: ids((v) => MODELLED_VERDICTS.has(v.id)),
      direct: ids((v) => v.subject.kind === 'route'),
    },
  };
}

function routeRecord(o: HappyPathObservation, verdicts: readonly Verdict[]): RouteRecord {
  return {
    name: o.route,
    endpoint_family: o.family,
    upstream: o.upstream,
    request_id: o.requestId,
    request_id_source: o.requestIdSource,
    prompt_class: SMOKE_PROMPT_CLASS,
    started_at: o.startedAt,
    duration_ms: o.durationMs,
    http_status: o.httpStatus,
    status_class: o.statusClass,
    status_reason: o.reason,
    output: o.output ? { sha256: o.output.sha256, length: o.output.length } : null,
    environment_mismatch: o.environmentMismatch,
    verdicts: verdicts
      .filter((v) => v.subject.kind === 'route' && v.subject.route === o.route)
      .map(verdictRecord),
  };
}

export function stormRecord(s: StormResult): LedgerEntry['storm'][number] {
  const step = Math.max(1, Math.ceil(s.series.length / STORM_SERIES_POINTS));
  return {
    chain: s.chain,
    seed: s.seed,
    callers: s.callers,
    outage: { shape: s.outage.shape, duration_ms: s.outage.durationMs },
    amplification: s.amplification,
    peak_attempts_per_second: s.peakAttemptsPerSecond,
    baseline_peak_attempts_per_second: s.baselinePeakAttemptsPerSecond,
    drain_ms: s.drainMs,
    shares: {
      usable: s.shares.usable,
      controlled_failure: s.shares.controlledFailure,
      over_budget: s.shares.overBudget,
    },
    series: s.series
      .filter((_, i) => i % step === 0)
      .map((p) => ({ t_seconds: p.tSeconds, policy: p.policy, baseline: p.baseline })),
  };
}

export function verdictRecord(v: Verdict): LedgerEntry['verdicts'][number] {
  return {
    id: v.id,
    subject: renderSubject(v.subject),
    status: v.status,
    figures: { ...v.figures },
    reason: v.reason,
  };
}

function remainingUncertainty(input: LedgerInput, mismatch: boolean): string[] {
  const { judgement, observations } = input;
  const gapText = new Set(judgement.decisions.flatMap((d) => d.evidenceGaps));
  const lines = [
    ...judgement.decisions.flatMap((d) =>
      d.evidenceGaps.map((g) => `chain ${d.chain}: not observed: ${g}`),
    ),
    ...judgement.verdicts
      .filter((v) => v.status === 'unknown')
      .filter(
        (v) => ![...gapText].some((g) => g.startsWith(`${v.id} for ${renderSubject(v.subject)}`)),
      )
      .map((v) => `not established: ${v.id} for ${renderSubject(v.subject)}: ${v.reason}`),
  ];
  for (const s of observations.errorPath) {
    for (const gap of s.evidenceGaps) {
      lines.push(`chain ${s.chain}, scenario ${s.scenario}: not observed: ${gap}`);
    }
  }
  if (mismatch) {
    lines.push(
      'some routes were checked against the embedded mock, so their result is not evidence about the live endpoint',
    );
  }
  if (
    input.plan.format !== 'native' &&
    observations.errorPath.some((s) => s.driver === 'reference')
  ) {
    lines.push(
      `the error path ran the declared policy (driver reference), not the ${input.plan.format} gateway itself: its own retry behaviour is unverified`,
    );
  }
  if (observations.errorPath.length === 0) {
    lines.push(
      'the error path (injected faults) was not exercised in this run: retry behaviour on the wire is unverified',
    );
  }
  if (observations.storm.length === 0) {
    lines.push('no retry-storm simulation ran: amplification under an outage is unverified');
  }
  return lines;
}
