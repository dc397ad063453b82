import { z } from 'zod';
import { stormRecordSchema } from './storm-record.js';

// The fallback decision ledger, version 1. This schema is the single source of the type and of
// the shipped JSON Schema; `ledger verify` checks files against it.

export const LEDGER_SCHEMA_VERSION = 'fallback-gate.ledger/v1';

/** What a ledger entry never claims, whatever it observed. */
export const NOT_ASSERTED = [
  'availability',
  'price',
  'quota',
  'latency',
  'provider_health',
] as const;

const statusClass = z.enum(['2xx_usable', '2xx_unusable', 'retryable', 'terminal']);
const decision = z.enum(['keep_primary', 'retry_primary', 'use_fallback', 'escalate']);
const family = z.enum(['chat_completions', 'responses']);

export const routeRecordSchema = z.strictObject({
  name: z.string(),
  endpoint_family: family,
  upstream: z.enum(['live', 'mock']),
  request_id: z.string(),
  request_id_source: z.enum(['provider', 'generated']),
  started_at: z.iso.datetime(),
  duration_ms: z.number().nonnegative(),
  http_status: z.int().nullable(),
  status_class: statusClass,
  status_reason: z.string(),
  /** Generated text is kept only as a digest. */
  output: z
    .strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), length: z.int().nonnegative() })
    .nullable(),
  environment_mismatch: z.string().nullable(),
});

export const verdictRecordSchema = z.strictObject({
  id: z.string(),
  subject: z.string(),
  status: z.enum(['pass', 'fail', 'unknown']),
  figures: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  reason: z.string(),
});

export const chainRecordSchema = z.strictObject({
  name: z.string(),
  route_order: z.array(z.string()),
  worst_case_attempts: z.int().positive(),
  fallback_decision: decision,
  decision_paused: z.boolean(),
  evidence_gaps: z.array(z.string()),
  reason: z.string(),
});

export const ledgerEntrySchema = z.strictObject({
  schema_version: z.literal(LEDGER_SCHEMA_VERSION),
  ledger_id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a ULID'),
  timestamp: z.iso.datetime(),
  endpoint_family: z.enum(['chat_completions', 'responses', 'mixed']),
  request_id: z.string(),
  prompt_class: z.string(),
  status_class: statusClass,
  retry_attempts: z.int().nonnegative(),
  fallback_decision: decision,
  decision_paused: z.boolean(),
  passed: z.boolean(),
  operator_initials: z.string().nullable(),
  follow_up_owner: z.string().nullable(),
  evidence_links: z.array(z.string()),
  config: z.strictObject({
    file: z.string(),
    format: z.enum(['native', 'litellm', 'portkey']),
    digest: z.string(),
  }),
  environment: z.strictObject({
    gate_version: z.string(),
    node_version: z.string(),
    runner_os: z.string(),
    driver: z.enum(['reference', 'command']),
    upstream: z.enum(['live', 'mock', 'mixed']),
    environment_mismatch: z.boolean(),
    mismatch_reasons: z.array(z.string()),
  }),
  routes: z.array(routeRecordSchema),
  chains: z.array(chainRecordSchema),
  verdicts: z.array(verdictRecordSchema),
  /** Retry-storm simulation figures per chain; absent when the simulation was not run. */
  storm: z.array(stormRecordSchema).optional(),
  failures: z.array(z.string()),
  remaining_uncertainty: z.array(z.string()),
  does_not_assert: z.array(z.enum(NOT_ASSERTED)),
});

export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type RouteRecord = z.infer<typeof routeRecordSchema>;
