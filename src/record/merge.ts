import { monotonicFactory } from 'ulid';
import { DECISION_SEVERITY, mostSevere } from '../judge/index.js';
import { sealLedger } from './ledger-draft.js';
import {
  LEDGER_SCHEMA_VERSION,
  NOT_ASSERTED,
  type LedgerEntry,
  type RecordedRecord,
} from './ledger-schema.js';
import { createRedactor } from './redact.js';
import { GateError } from '../common/index.js';

// Matrix jobs each write an entry; `ledger merge` makes one entry of them. The merged decision is
// the most severe one, it passed only if every job passed, and every chain keeps the id of the
// entry it came from.

const defaultId = monotonicFactory();

export class MergeError extends GateError {
  readonly code = 'merge';
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

export interface MergeOptions {
  now: Date;
  makeId?: (nowMs: number) => string;
}

export function mergeLedgers(entries: readonly LedgerEntry[], options: MergeOptions): LedgerEntry {
  const first = mergeable(entries);
  const decision = mostSevere(entries.map((e) => e.fallback_decision));
  const headline = entries.find((e) => e.fallback_decision === decision) ?? first;
  const chains = entries.flatMap((e) =>
    e.chains.map((c) => ({ ...c, source_ledger_id: c.source_ledger_id ?? e.ledger_id })),
  );
  const families = unique(entries.map((e) => e.endpoint_family));
  const formats = unique(entries.map((e) => e.config.format));
  const recorded = entries.flatMap((e) => (e.recorded ? [e.recorded] : []));
  const draft: Omit<LedgerEntry, 'integrity'> = {
    schema_version: LEDGER_SCHEMA_VERSION,
    // Any recorded part means not everything in the merged entry was measured by the gate.
    ...(recorded.length > 0 ? { origin: 'recorded' as const } : {}),
    ledger_id: (options.makeId ?? defaultId)(options.now.getTime()),
    timestamp: options.now.toISOString(),
    endpoint_family: families.length === 1 ? families[0]! : 'mixed',
    request_id: headline.request_id,
    prompt_class: headline.prompt_class,
    status_class: headline.status_class,
    status_reason: headline.status_reason,
    retry_attempts: Math.max(0, ...entries.map((e) => e.retry_attempts)),
    fallback_decision: decision,
    decision_paused: entries.some((e) => e.decision_paused),
    passed: entries.every((e) => e.passed),
    operator_initials: joined(entries.map((e) => e.operator_initials)),
    follow_up_owner: joined(entries.map((e) => e.follow_up_owner)),
    evidence_links: unique(entries.flatMap((e) => e.evidence_links)),
    run: first.run,
    config: {
      file: unique(entries.map((e) => e.config.file)).join(', '),
      format: formats.length === 1 ? formats[0]! : 'mixed',
      digest: unique(entries.map((e) => e.config.digest)).join(', '),
    },
    change: entries.find((e) => e.change !== null)?.change ?? null,
    environment: mergeEnvironment(entries),
    chains: chains.sort(
      (a, b) => DECISION_SEVERITY[b.fallback_decision] - DECISION_SEVERITY[a.fallback_decision],
    ),
    routes: entries.flatMap((e) => e.routes),
    storm: entries.flatMap((e) => e.storm),
    findings: uniqueBy(entries.flatMap((e) => e.findings)),
    verdicts: entries.flatMap((e) => e.verdicts),
    gate: {
      passed: entries.every((e) => e.gate.passed),
      fail_on: first.gate.fail_on,
      problems: entries.flatMap((e) => e.gate.problems),
    },
    failures: entries.flatMap((e) => e.failures),
    remaining_uncertainty: unique(entries.flatMap((e) => e.remaining_uncertainty)),
    does_not_assert: [...NOT_ASSERTED],
    ...(recorded.length > 0 ? { recorded: mergeRecorded(recorded) } : {}),
    merged_from: entries.flatMap((e) =>
      e.merged_from.length > 0
        ? e.merged_from
        : [
            {
              ledger_id: e.ledger_id,
              passed: e.passed,
              fallback_decision: e.fallback_decision,
              runner_os: e.environment.runner_os,
            },
          ],
    ),
  };
  return sealLedger(createRedactor([]).value(draft));
}

/** The first entry, once the entries can be merged: at least one, one fail-on policy, each run once. */
function mergeable(entries: readonly LedgerEntry[]): LedgerEntry {
  const first = entries[0];
  if (!first) throw new MergeError('nothing to merge: give at least one ledger file');
  const policy = first.gate.fail_on.join(',');
  const odd = entries.find((e) => e.gate.fail_on.join(',') !== policy);
  if (odd) {
    throw new MergeError(
      `entries ${first.ledger_id} and ${odd.ledger_id} were judged with different fail-on policies (${policy || 'none'} and ${odd.gate.fail_on.join(',') || 'none'}): run every job with the same --fail-on`,
    );
  }
  assertEachRunOnce(entries);
  return first;
}

/**
 * Each run counts once: the same entry given twice, or a run that is already inside a merged
 * ledger given again, would count its chains and problems twice.
 */
function assertEachRunOnce(entries: readonly LedgerEntry[]): void {
  const digests = new Set<string>();
  const mergedIds = new Map<string, string>();
  for (const entry of entries) {
    if (digests.has(entry.integrity.sha256)) {
      throw new MergeError(
        `ledger ${entry.ledger_id} is given more than once: give each run's ledger once`,
      );
    }
    digests.add(entry.integrity.sha256);
  }
  for (const entry of entries) {
    const ids = entry.merged_from.length > 0 ? entry.merged_from.map((m) => m.ledger_id) : [];
    for (const id of ids) {
      const other = mergedIds.get(id);
      if (other !== undefined && other !== entry.integrity.sha256) {
        throw new MergeError(
          `ledger ${id} is inside more than one of the merged ledgers given: give each run's ledger once`,
        );
      }
      mergedIds.set(id, entry.integrity.sha256);
    }
  }
  for (const entry of entries) {
    if (entry.merged_from.length === 0 && mergedIds.has(entry.ledger_id)) {
      throw new MergeError(
        `ledger ${entry.ledger_id} is given both on its own and inside a merged ledger: give each run's ledger once`,
      );
    }
  }
}

function mergeEnvironment(entries: readonly LedgerEntry[]): LedgerEntry['environment'] {
  const drivers = unique(entries.map((e) => e.environment.driver));
  const upstreams = unique(entries.map((e) => e.environment.upstream).filter((u) => u !== 'none'));
  return {
    gate_version: unique(entries.map((e) => e.environment.gate_version)).join(', '),
    node_version: unique(entries.map((e) => e.environment.node_version)).join(', '),
    runner_os: unique(entries.map((e) => e.environment.runner_os)).join(', '),
    driver: drivers.length === 1 ? drivers[0]! : 'mixed',
    upstream: upstreams.length === 0 ? 'none' : upstreams.length === 1 ? upstreams[0]! : 'mixed',
    environment_mismatch: entries.some((e) => e.environment.environment_mismatch),
    mismatch_reasons: unique(entries.flatMap((e) => e.environment.mismatch_reasons)),
  };
}

/** The recorded parts of the entries, as one. */
function mergeRecorded(recorded: readonly RecordedRecord[]): RecordedRecord {
  return {
    recorded_by: 'operator' as const,
    statement: unique(recorded.map((r) => r.statement)).join(' '),
    route: joined(recorded.map((r) => r.route)),
    what_changed: joined(recorded.map((r) => r.what_changed)),
    facts_missing: unique(recorded.flatMap((r) => r.facts_missing)),
    facts_conflicting: unique(recorded.flatMap((r) => r.facts_conflicting)),
    note: joined(recorded.map((r) => r.note)),
    sources: recorded.flatMap((r) => r.sources),
    requests: recorded.flatMap((r) => r.requests),
    requests_omitted: recorded.reduce((n, r) => n + r.requests_omitted, 0),
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const v of values) seen.set(JSON.stringify(v), v);
  return [...seen.values()];
}

function joined(values: readonly (string | null)[]): string | null {
  const present = unique(values.filter((v): v is string => v !== null && v.length > 0));
  return present.length > 0 ? present.join(', ') : null;
}
