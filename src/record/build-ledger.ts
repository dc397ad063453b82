import { monotonicFactory } from 'ulid';
import { SMOKE_PROMPT_CLASS } from '../contract/families.js';
import type { StatusClass } from '../contract/status-class.js';
import type { Judgement } from '../judge/types.js';
import { routeOrder, worstCaseChainAttempts } from '../plan/worst-case.js';
import type { PlanAnalysis, RoutingPlan } from '../plan/types.js';
import type { Observations } from '../probe/types.js';
import {
  LEDGER_SCHEMA_VERSION,
  NOT_ASSERTED,
  ledgerEntrySchema,
  type LedgerEntry,
} from './ledger-schema.js';
import type { Redactor } from './redact.js';
import { stormRecordOf } from './storm-record.js';
import type { RunContext } from './run-context.js';

const nextUlid = monotonicFactory();

export interface LedgerInput {
  plan: RoutingPlan;
  analysis: PlanAnalysis;
  observations: Observations;
  judgement: Judgement;
  context: RunContext;
  redactor: Redactor;
}

/** Assembles, redacts and validates one ledger entry. Throws only on a gate bug (schema mismatch). */
export function buildLedger(input: LedgerInput): LedgerEntry {
  const { plan, judgement, context } = input;
  const { happyPath } = input.observations;
  const primaryName = plan.chains[0] ? routeOrder(plan.chains[0].target)[0] : undefined;
  const primary = happyPath.find((o) => o.route === primaryName) ?? happyPath[0];
  const families = new Set(plan.routes.map((r) => r.family));
  const upstreams = new Set(happyPath.map((o) => o.upstream));
  const mismatches = happyPath
    .filter((o) => o.environmentMismatch)
    .map((o) => `route ${o.route}: ${o.environmentMismatch}`);
  const uncertainty = [
    ...judgement.decisions.flatMap((d) =>
      d.evidenceGaps.map((g) => `chain ${d.chain}: not observed: ${g}`),
    ),
    ...(mismatches.length > 0
      ? [
          'some routes were checked against the embedded mock, so their result is not evidence about the live endpoint',
        ]
      : []),
    ...(input.observations.errorPath.length === 0
      ? ['the error path (injected faults) was not exercised in this run']
      : []),
  ];
  const entry: LedgerEntry = {
    schema_version: LEDGER_SCHEMA_VERSION,
    ledger_id: nextUlid(context.now.getTime()),
    timestamp: context.now.toISOString(),
    endpoint_family: families.size === 1 ? [...families][0]! : 'mixed',
    request_id: primary?.requestId ?? 'not_observed',
    prompt_class: SMOKE_PROMPT_CLASS,
    status_class: (primary?.statusClass ?? 'terminal') satisfies StatusClass,
    retry_attempts: 0,
    fallback_decision: judgement.decision,
    decision_paused: judgement.paused,
    passed: judgement.passed,
    operator_initials: context.operatorInitials,
    follow_up_owner: context.followUpOwner,
    evidence_links: context.evidenceLinks,
    config: { file: plan.file, format: plan.format, digest: plan.digest },
    environment: {
      gate_version: context.gateVersion,
      node_version: context.nodeVersion,
      runner_os: context.runnerOs,
      driver: context.driver,
      upstream: upstreams.size === 1 ? [...upstreams][0]! : 'mixed',
      environment_mismatch: mismatches.length > 0,
      mismatch_reasons: mismatches,
    },
    routes: happyPath.map((o) => ({
      name: o.route,
      endpoint_family: o.family,
      upstream: o.upstream,
      request_id: o.requestId,
      request_id_source: o.requestIdSource,
      started_at: o.startedAt,
      duration_ms: o.durationMs,
      http_status: o.httpStatus,
      status_class: o.statusClass,
      status_reason: o.reason,
      output: o.output,
      environment_mismatch: o.environmentMismatch,
    })),
    chains: plan.chains.map((chain) => {
      const d = judgement.decisions.find((x) => x.chain === chain.name);
      return {
        name: chain.name,
        route_order: routeOrder(chain.target),
        worst_case_attempts: worstCaseChainAttempts(chain),
        fallback_decision: d?.decision ?? 'escalate',
        decision_paused: d?.paused ?? true,
        evidence_gaps: d?.evidenceGaps ?? ['no decision was made for this chain'],
        reason: d?.reason ?? 'no decision was made for this chain',
      };
    }),
    verdicts: judgement.verdicts.map((v) => ({ ...v })),
    ...(input.observations.storm.length > 0
      ? { storm: input.observations.storm.map(stormRecordOf) }
      : {}),
    failures: judgement.failures,
    remaining_uncertainty: uncertainty,
    does_not_assert: [...NOT_ASSERTED],
  };
  return ledgerEntrySchema.parse(input.redactor.value(entry));
}
