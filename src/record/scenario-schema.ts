import { z } from 'zod';
import { DriverSchema, GatewayKindSchema } from '../observations/index.js';
import { count } from './ledger-fields.js';

// The ledger's record of one injected-fault scenario: its attempts on the wire, the gateway it
// ran through, and how well the gate could time it.

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

export type ScenarioRecord = z.infer<typeof scenarioRecordSchema>;
export type AttemptRecordOut = z.infer<typeof attemptRecordSchema>;
