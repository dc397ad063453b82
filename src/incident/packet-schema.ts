import { StatusClassSchema } from '../contract/index.js';
import { z } from 'zod';

// The escalation support packet: what a provider's support needs to find the requests in its
// own systems (request ids, times, status classes, retries and their timing, routes, endpoint
// family) and what the team decided, from one or more ledger entries. It carries no
// credential, prompt, output or customer data: it is built only from ledger fields, which are
// redacted, and `ledger verify` checks it like a ledger.

export const PACKET_SCHEMA_VERSION = 'fallback-gate.packet/v1';

const statusClass = StatusClassSchema;

export const packetSchema = z
  .strictObject({
    schema_version: z.literal(PACKET_SCHEMA_VERSION),
    packet_id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a ULID'),
    created_at: z.iso.datetime(),
    summary: z.string().describe('One paragraph for the support ticket.'),
    time_window: z.strictObject({
      first: z.iso.datetime().nullable(),
      last: z.iso.datetime().nullable(),
    }),
    entries: z.array(
      z.strictObject({
        ledger_id: z.string(),
        ledger_sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe("The entry's integrity digest."),
        origin: z.enum(['gate', 'recorded']),
        timestamp: z.iso.datetime(),
        endpoint_family: z.string(),
        routes: z.array(z.string()),
        hosts: z.array(z.string()),
        request_id: z.string(),
        status_class: statusClass.nullable(),
        status_reason: z.string(),
        retry_attempts: z.int().nonnegative(),
        decision: z.string(),
        decision_paused: z.boolean(),
        follow_up_owner: z.string().nullable(),
        operator_initials: z.string().nullable(),
        evidence_links: z.array(z.string()),
        remaining_uncertainty: z.array(z.string()),
        failed_checks: z.array(z.string()).describe('Verdicts that failed, one line each.'),
        requests: z.array(
          z.strictObject({
            request_id: z.string().nullable(),
            started_at: z.iso.datetime().nullable(),
            attempts: z.array(
              z.strictObject({
                seq: z.int().positive(),
                at_ms: z
                  .number()
                  .nonnegative()
                  .nullable()
                  .describe(
                    'Since the first attempt of the request; null when the log had no times.',
                  ),
                duration_ms: z.number().nonnegative().nullable(),
                route: z.string(),
                method: z.string(),
                path: z.string(),
                status: z.int().nullable(),
                status_class: statusClass.nullable(),
                retry_after_ms: z.number().nonnegative().nullable(),
                request_id: z.string().nullable(),
                retry_headers: z.record(z.string(), z.string()),
              }),
            ),
          }),
        ),
      }),
    ),
    account_safe_context: z
      .strictObject({
        gate_versions: z.array(z.string()),
        endpoint_families: z.array(z.string()),
        hosts: z.array(z.string()),
        paths: z.array(z.string()),
        request_ids: z.array(z.string()),
      })
      .describe('Identifiers support can search for; no account key, prompt or output.'),
    never_included: z.array(z.string()),
    does_not_assert: z.array(z.string()),
    integrity: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  })
  .describe('fallback-gate escalation support packet, v1.');

export type Packet = z.infer<typeof packetSchema>;

export const NEVER_INCLUDED = ['credentials', 'prompts', 'generated output', 'customer data'];
