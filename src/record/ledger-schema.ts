import { z } from 'zod';
import { ENDPOINT_FAMILIES, EndpointFamilySchema, StatusClassSchema } from '../contract/index.js';
import { FailCategorySchema, FallbackDecisionSchema, VerdictStatusSchema } from '../judge/index.js';
import { GatewayKindSchema, OutageShapeSchema, UpstreamSchema } from '../observations/index.js';
import { SeveritySchema } from '../routing/index.js';
import { count, nullableText } from './ledger-fields.js';
import { recordedRecordSchema } from './recorded-schema.js';
import { scenarioRecordSchema } from './scenario-schema.js';

// The fallback decision ledger, version 1. This schema is the single source of the type and of
// the shipped JSON Schema (schema/ledger.schema.json); `ledger verify` checks files against it.
// Fields may be added in a later minor revision; none is renamed or removed within v1.

export const LEDGER_SCHEMA_VERSION = 'fallback-gate.ledger/v1';

/** What a ledger entry never claims, whatever it observed. */
export const NOT_ASSERTED = [
  'availability',
  'price',
  'quota',
  'latency',
  'provider_health',
] as const;

const statusClass = StatusClassSchema;
const decision = FallbackDecisionSchema;
const family = EndpointFamilySchema;
const familyOrMixed = z.enum([...ENDPOINT_FAMILIES, 'mixed']);
const failCategory = FailCategorySchema;
const figure = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const verdictRecordSchema = z
  .strictObject({
    id: z.string().describe('Stable verdict id, for example attempts_within_budget.'),
    subject: z.string().describe('chain:<name>, chain:<name>/scenario:<name> or route:<name>.'),
    status: VerdictStatusSchema.describe('unknown is an evidence gap.'),
    figures: z.record(z.string(), figure).describe('The numbers behind the verdict.'),
    reason: z.string(),
  })
  .describe('One checked claim.');

export const routeRecordSchema = z
  .strictObject({
    name: z.string(),
    endpoint_family: family,
    upstream: UpstreamSchema.describe('mock: the embedded provider stood in.'),
    request_id: z.string(),
    request_id_source: z.enum(['provider', 'generated']),
    prompt_class: z.string().describe('A class of prompt, never the prompt itself.'),
    started_at: z.iso.datetime(),
    duration_ms: z.number().nonnegative(),
    http_status: z.int().nullable(),
    status_class: statusClass,
    status_reason: z.string(),
    output: z
      .strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), length: count })
      .nullable()
      .describe('Generated text is kept only as a digest and a length.'),
    environment_mismatch: z
      .string()
      .nullable()
      .describe('Why this is not live evidence for the configured endpoint; null when it is.'),
    verdicts: z.array(verdictRecordSchema),
  })
  .describe('The happy path of one route.');

export const chainRecordSchema = z
  .strictObject({
    name: z.string(),
    route_order: z.array(z.string()),
    endpoint_family: familyOrMixed,
    request_id: z.string().nullable().describe("The primary's happy-path request id."),
    prompt_class: z.string(),
    status_class: statusClass
      .nullable()
      .describe("The primary's status class; null when not observed."),
    status_reason: z.string(),
    retry_attempts: count.describe(
      'Observed retries (attempts − 1) of the worst caller request; from the error path when it ran.',
    ),
    retry_attempts_source: z
      .enum(['error_path', 'happy_path', 'not_observed', 'logged', 'stated'])
      .describe('logged: read from logs given to `record`; stated: given by the operator.'),
    worst_case_attempts: z
      .int()
      .positive()
      .nullable()
      .describe('null: no routing config declared one (a recorded entry without --config).'),
    worst_case_attempts_saturated: z
      .literal(true)
      .optional()
      .describe('Present when the worst case reached 2^53 − 1: the true figure is at least that.'),
    caller_outcome: z
      .enum(['usable_or_controlled_failure', 'hang', 'unknown', 'not_observed'])
      .describe(
        'Whether every caller request ended with a usable response or a controlled failure.',
      ),
    fallback_decision: decision,
    decision_rule: z.string().describe('The decision-table row that decided.'),
    decision_paused: z.boolean(),
    evidence_gaps: z.array(z.string()),
    reason: z.string(),
    source_ledger_id: z
      .string()
      .nullable()
      .describe('In a merged entry, the entry this chain came from; null otherwise.'),
    scenarios: z.array(scenarioRecordSchema),
    verdicts: z.array(verdictRecordSchema),
  })
  .describe('One fallback chain: its decision and the evidence behind it.');

export const findingRecordSchema = z.strictObject({
  id: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  fix: z.string(),
  at: z.strictObject({ file: z.string(), line: z.int().positive(), column: z.int().positive() }),
});

export const stormRecordSchema = z.strictObject({
  chain: z.string(),
  seed: z.number(),
  callers: count,
  outage: z.strictObject({
    shape: OutageShapeSchema,
    duration_ms: z.number().nonnegative(),
  }),
  amplification: z.number().nonnegative(),
  peak_attempts_per_second: z.number().nonnegative(),
  baseline_peak_attempts_per_second: z.number().nonnegative(),
  drain_ms: z.number().nonnegative(),
  shares: z.strictObject({
    usable: z.number().min(0).max(1),
    controlled_failure: z.number().min(0).max(1),
    over_budget: z.number().min(0).max(1),
  }),
  series: z.array(
    z.strictObject({
      t_seconds: z.number(),
      policy: z.number().nonnegative(),
      baseline: z.number().nonnegative(),
    }),
  ),
});

export const problemRecordSchema = z.strictObject({
  category: failCategory,
  subject: z.string(),
  message: z.string(),
  fix: z.string(),
  fails_job: z.boolean().describe('Whether the fail policy makes this problem fail the job.'),
});

export const ledgerEntrySchema = z
  .strictObject({
    schema_version: z.literal(LEDGER_SCHEMA_VERSION),
    origin: z
      .enum(['gate', 'recorded'])
      .optional()
      .describe(
        'gate (or absent): measured by a gate run; recorded: stated by a person with `record`.',
      ),
    ledger_id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a ULID'),
    timestamp: z.iso.datetime(),
    endpoint_family: familyOrMixed,
    request_id: z.string().describe("The headline chain's primary request id, or not_observed."),
    prompt_class: z.string(),
    status_class: statusClass.nullable(),
    status_reason: z.string(),
    retry_attempts: count.describe('Observed retries of the worst caller request across chains.'),
    fallback_decision: decision.describe('The most severe chain decision.'),
    decision_paused: z.boolean(),
    passed: z.boolean(),
    operator_initials: nullableText,
    follow_up_owner: nullableText,
    evidence_links: z.array(z.string()),
    run: z
      .strictObject({
        repository: nullableText,
        commit: nullableText,
        ref: nullableText,
        event: nullableText,
        run_url: nullableText,
      })
      .describe('Where the gate ran; null outside a workflow.'),
    config: z.strictObject({
      file: z.string(),
      format: z
        .enum(['native', 'litellm', 'portkey', 'mixed', 'none'])
        .describe('none: a recorded entry given no routing config.'),
      digest: z.string(),
    }),
    change: z
      .strictObject({
        base_digest: nullableText,
        head_digest: z.string(),
        routes_added: z.array(z.string()),
        routes_removed: z.array(z.string()),
        hosts_added: z.array(z.string()),
        hosts_removed: z.array(z.string()),
        models_changed: z.array(
          z.strictObject({ route: z.string(), from: z.string(), to: z.string() }),
        ),
        retry_policies_changed: z.array(z.string()),
        budget_changed: z.boolean(),
        touches: z.array(z.enum(['routing', 'hosts', 'models', 'retry_policy', 'budget'])),
        mixed_scope: z.boolean(),
      })
      .nullable()
      .describe('What the change touches against the base config; null without a base.'),
    environment: z.strictObject({
      gate_version: z.string(),
      node_version: z.string(),
      runner_os: z.string(),
      driver: z
        .enum(['reference', 'command', 'gateway', 'mixed', 'none'])
        .describe('none: nothing was driven (a recorded entry).'),
      gateway: z
        .strictObject({
          name: GatewayKindSchema,
          version: z.string().nullable(),
          observed_on_gateway: z
            .array(z.string())
            .describe("Verdicts judged from the real gateway's requests on the wire."),
          modelled: z
            .array(z.string())
            .describe("Verdicts judged from the gate's reading of the config, not the gateway."),
          direct: z
            .array(z.string())
            .describe(
              'Verdicts from requests sent straight to the routes, not through the gateway.',
            ),
        })
        .optional()
        .describe(
          'With the gateway driver: which gateway ran, and which verdicts it stands behind.',
        ),
      upstream: z.enum(['live', 'mock', 'mixed', 'none']),
      environment_mismatch: z.boolean(),
      mismatch_reasons: z.array(z.string()),
    }),
    chains: z.array(chainRecordSchema),
    routes: z.array(routeRecordSchema),
    storm: z.array(stormRecordSchema),
    findings: z.array(findingRecordSchema),
    verdicts: z.array(verdictRecordSchema),
    gate: z.strictObject({
      passed: z.boolean(),
      fail_on: z.array(failCategory),
      problems: z.array(problemRecordSchema),
    }),
    failures: z.array(z.string()).describe('The problems that fail the job, one line each.'),
    remaining_uncertainty: z.array(z.string()),
    does_not_assert: z.array(z.enum(NOT_ASSERTED)),
    merged_from: z
      .array(
        z.strictObject({
          ledger_id: z.string(),
          passed: z.boolean(),
          fallback_decision: decision,
          runner_os: z.string(),
        }),
      )
      .describe('The entries a `ledger merge` combined; empty for a single run.'),
    recorded: recordedRecordSchema.optional(),
    integrity: z
      .strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) })
      .describe('sha256 of the canonical JSON of the entry without this field.'),
  })
  .describe('fallback-gate fallback decision ledger entry, v1.');

export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type RouteRecord = z.infer<typeof routeRecordSchema>;
export type ChainRecord = z.infer<typeof chainRecordSchema>;
export type VerdictRecord = z.infer<typeof verdictRecordSchema>;
export type { RecordedRecord } from './recorded-schema.js';
export type { AttemptRecordOut, ScenarioRecord } from './scenario-schema.js';
