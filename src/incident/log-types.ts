import type { LogFormat } from '../observations/index.js';
import type { SourcePosition } from '../routing/index.js';

// One HTTP attempt as a log recorded it, reduced to the fields a retry timeline needs. Every
// field is read through the allow-lists in log-fields.ts: no body, prompt, output, credential,
// query string or free-text message ever reaches this shape.

export type { LogFormat };

export const LOG_FORMAT_NAMES: Record<LogFormat, string> = {
  har: 'HAR (browser or proxy HTTP archive)',
  openai_debug: 'OpenAI Node SDK debug log (OPENAI_LOG=debug)',
  litellm: 'LiteLLM spend-log export or JSON log (standard logging payload)',
  portkey: 'Portkey log export (JSONL)',
};

export interface LogAttempt {
  /** Where the record of this attempt starts. */
  at: SourcePosition;
  /** Groups the attempts of one caller request (trace id, retried-of id); null when the log has none. */
  group: string | null;
  /** Wall-clock start, ms since the epoch; null when the log carries no time for it. */
  startedMs: number | null;
  durationMs: number | null;
  method: string;
  /** host[:port], never userinfo. */
  host: string;
  /** Path without query string or fragment. */
  path: string;
  /** null for a connection failure or timeout. */
  status: number | null;
  retryAfterMs: number | null;
  requestId: string | null;
  /** Retry bookkeeping the stack reported (x-stainless-retry-count, x-portkey-retry-attempt-count, …). */
  retryHeaders: Record<string, string>;
  model: string | null;
}

export interface ParsedLog {
  file: string;
  format: LogFormat;
  sha256: string;
  /** Log records read (entries, lines or rows). */
  records: number;
  attempts: LogAttempt[];
}

/** One record of a JSON or JSON Lines log: its value, and where it sits. */
export interface LogRecord {
  value: unknown;
  /** 1-based line in JSON Lines; null inside one JSON document. */
  line: number | null;
  /** Its path inside one JSON document (for example ['data', 3]). */
  path: (string | number)[];
}

export type LocateRecord = (
  record: LogRecord,
  field?: readonly (string | number)[],
) => SourcePosition;
