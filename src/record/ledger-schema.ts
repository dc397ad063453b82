import { z } from 'zod';
import { ENDPOINT_FAMILIES, EndpointFamilySchema, StatusClassSchema } from '../contract/index.js';
import { FailCategorySchema, FallbackDecisionSchema, VerdictStatusSchema } from '../judge/index.js';
import {
  DriverSchema,
  GatewayKindSchema,
  LogFormatSchema,
  OutageShapeSchema,
  UpstreamSchema,
} from '../observations/index.js';
import { SeveritySchema } from '../routing/index.js';

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
const count = z.int().nonnegative();
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

export const attemptRecordSchema = z
  .strictObject({
    sample: count,
    seq: z.int().positive(),
    route: z.string(),
    at_ms: z.number().nonnegative().describe('Since the sample started, monotonic clock.'),
    duration_ms: z.number().nonnegative().nullable(),
    abandoned_after_ms: z
      .number()
      .nonnegative()
      .nullable()
      .optional()
      .describe('When the caller closed the connection without an answer (it gave up on a hang).'),
    method: z.string(),
    path: z.string(),
    fault: z.string().describe('What the fault plan did with this attempt.'),
    status: z.int().nullable().describe('null for a reset, a hang or a dropped connection.'),
    retry_after_ms: z.number().nonnegative().nullable(),
    retry_headers: z.record(z.string(), z.string()),
    request_id: z.string().nullable(),
  })
  .describe('One attempt seen on the wire.');

const outcomeCounts = z.strictObject({
  usable: count,
  controlled_failure: count,
  hang: count,
  unknown: count,
});

const gatewayRunSchema = z
  .strictObject({
    name: GatewayKindSchema,
    version: z.string().nullable().describe('As the installed gateway reports it.'),
    attribution: z
      .enum(['per_sample', 'sequential'])
      .describe(
        'per_sample: each sample carried its own upstream URLs and samples ran at once; sequential: one after another.',
      ),
    startup_ms: z
      .number()
      .nonnegative()
      .nullable()
      .describe('Gateway start-up, not counted against the caller.'),
    config_changes: z
      .array(z.string())
      .describe("What the run's copy of the config changed besides upstreams and keys."),
    restarts: count
      .optional()
      .describe('Fresh gateways started between sequential samples after a caller gave up.'),
    plan_attempts: count
      .optional()
      .describe(
        "Attempts the gate's reading of the config predicts per request here, beside what the gateway did.",
      ),
  })
  .describe('The real gateway this scenario ran through (gateway driver).');
const scenarioTimingSchema = z
  .strictObject({
    event_loop_delay_max_ms: z
      .number()
      .nonnegative()
      .describe("Longest stall of the gate's event loop beyond its 10 ms sampling interval."),
    event_loop_delay_p99_ms: z.number().nonnegative(),
    late_start_max_ms: z
      .number()
      .nonnegative()
      .nullable()
      .describe('Command driver: the longest a sample process took to start; null otherwise.'),
    disturbance_ms: z
      .number()
      .nonnegative()
      .describe('What any timing in the scenario may be off by; margins within it are unknown.'),
    concurrency: count.describe(
      'Samples run at once (the worker pool size for the command driver).',
    ),
    runs: z.union([z.literal(1), z.literal(2)]).describe('2 when it ran again inside its noise.'),
    first_run_disturbance_ms: z.number().nonnegative().nullable(),
  })
  .describe('How well the gate could time this scenario on this machine.');

export const scenarioRecordSchema = z
  .strictObject({
    name: z.string(),
    driver: DriverSchema,
    gateway: gatewayRunSchema.optional(),
    expectation: z.string(),
    samples: count,
    wall_ms: z.number().nonnegative(),
    longest_mandated_wait_ms: z.number().nonnegative(),
    retry_attempts: count.describe('Most retries one caller request made: attempts − 1.'),
    outcomes: outcomeCounts.describe('How the caller requests ended.'),
    evidence_gaps: z.array(z.string()),
    timeline: z.array(attemptRecordSchema).describe('Attempts of the first samples, in order.'),
    timeline_omitted: count.describe('Attempts left out of the timeline to bound its size.'),
    timing: scenarioTimingSchema.optional(),
  })
  .describe('One injected-fault scenario run against the chain.');

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

const nullableText = z.string().nullable();

/**
 * What a person recorded after an incident (`fallback-gate record`), beside what the logs they
 * gave showed. Present only on recorded entries: the facts in it were stated by the operator or
 * read from logs, never measured by the gate.
 */
export const recordedRecordSchema = z
  .strictObject({
    recorded_by: z.literal('operator').describe('A person recorded this entry.'),
    statement: z.string().describe('One line saying who recorded it and from what.'),
    route: nullableText,
    what_changed: nullableText,
    facts_missing: z
      .array(z.string())
      .describe('Required facts nobody supplied: the decision is paused until they are.'),
    facts_conflicting: z
      .array(z.string())
      .describe('Facts the operator stated that the logs contradict.'),
    note: nullableText.describe('The YAML note the facts came from, if any.'),
    sources: z.array(
      z.strictObject({
        file: z.string(),
        format: LogFormatSchema,
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        records: count.describe('Log records read.'),
        attempts: count.describe('Attempts (HTTP requests) found in them.'),
      }),
    ),
    requests: z
      .array(
        z.strictObject({
          request_id: nullableText,
          started_at: z.iso.datetime().nullable(),
          hosts: z.array(z.string()),
          paths: z.array(z.string()),
          attempts: z.int().positive(),
          retry_attempts: count,
          reported_retries: count
            .nullable()
            .describe('Retries the stack itself reported (retry bookkeeping headers or fields).'),
          final_status: z.int().nullable(),
          final_status_class: statusClass.nullable(),
          timed: z.boolean().describe('Whether the log carried the times of the attempts.'),
          source: z.string().describe('file:line of the first attempt.'),
        }),
      )
      .describe('The caller requests rebuilt from the logs, in time order.'),
    requests_omitted: count,
  })
  .describe('A decision recorded by a person after an incident.');

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
export type ScenarioRecord = z.infer<typeof scenarioRecordSchema>;
export type AttemptRecordOut = z.infer<typeof attemptRecordSchema>;
export type VerdictRecord = z.infer<typeof verdictRecordSchema>;
export type RecordedRecord = z.infer<typeof recordedRecordSchema>;
