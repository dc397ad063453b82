import { z } from 'zod';
import { StatusClassSchema } from '../contract/index.js';
import { LogFormatSchema } from '../observations/index.js';
import { count, nullableText } from './ledger-fields.js';

const statusClass = StatusClassSchema;

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

export type RecordedRecord = z.infer<typeof recordedRecordSchema>;
