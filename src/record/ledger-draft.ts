import { monotonicFactory } from 'ulid';
import { integrityDigest } from './canonical-json.js';
import {
  LEDGER_SCHEMA_VERSION,
  NOT_ASSERTED,
  ledgerEntrySchema,
  type LedgerEntry,
} from './ledger-schema.js';
import type { Redactor } from './redact.js';
import { NO_WORKFLOW_RUN, type RunContext } from './run-context.js';

// The one way an entry is finished, for a gate run and a recorded decision alike: the parts that
// say where and when it was made are stamped on, every string passes the redactor, and the
// integrity digest is added before the schema validates it.

const defaultId = monotonicFactory();

/** Where and when an entry is made, and the redactor it passes. */
export interface DraftSource {
  context: Pick<RunContext, 'gateVersion' | 'nodeVersion' | 'runnerOs' | 'now' | 'run'>;
  redactor: Redactor;
  /** The id source; a fixed one makes renderings reproducible in tests. */
  makeId?: (nowMs: number) => string;
}

type Stamped =
  'schema_version' | 'origin' | 'ledger_id' | 'timestamp' | 'run' | 'does_not_assert' | 'integrity';

/** What an entry says about its own run; the rest comes from its DraftSource. */
export type DraftBody = Omit<LedgerEntry, Stamped | 'environment'> & {
  environment: Omit<LedgerEntry['environment'], 'gate_version' | 'node_version' | 'runner_os'>;
};

/** Stamps, redacts, digests and validates one entry. Throws only on a gate bug (schema mismatch). */
export function assembleLedger(
  source: DraftSource,
  body: DraftBody,
  origin?: 'recorded',
): LedgerEntry {
  const { context } = source;
  const run = context.run ?? NO_WORKFLOW_RUN;
  const draft: Omit<LedgerEntry, 'integrity'> = {
    schema_version: LEDGER_SCHEMA_VERSION,
    ...(origin ? { origin } : {}),
    ledger_id: (source.makeId ?? defaultId)(context.now.getTime()),
    timestamp: context.now.toISOString(),
    ...body,
    run: {
      repository: run.repository,
      commit: run.commit,
      ref: run.ref,
      event: run.event,
      run_url: run.runUrl,
    },
    environment: {
      gate_version: context.gateVersion,
      node_version: context.nodeVersion,
      runner_os: context.runnerOs,
      ...body.environment,
    },
    does_not_assert: [...NOT_ASSERTED],
  };
  return sealLedger(source.redactor.value(draft));
}

/** Adds the integrity digest and validates; the one way a finished entry is made. */
export function sealLedger(draft: Omit<LedgerEntry, 'integrity'>): LedgerEntry {
  return ledgerEntrySchema.parse({ ...draft, integrity: { sha256: integrityDigest(draft) } });
}
