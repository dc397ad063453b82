import { ConfigError, positionAt } from '../../common/index.js';
import {
  bookkeepingFrom,
  requestIdFrom,
  retryAfterFrom,
  safeId,
  safeMethod,
  safeMs,
  safeStatus,
  safeTime,
  safeUrl,
} from '../log-fields.js';
import type { LogAttempt, ParsedLog } from '../log-types.js';

// The debug log of the OpenAI Node SDK (v5 and later) with OPENAI_LOG=debug: per attempt a
// "[log_xxxxxx] sending request {…}" block (method, url, request headers such as
// x-stainless-retry-count, retryOf), one summary line "[log_xxxxxx, retryOf: log_yyyyyy,
// x-request-id: "…"] post URL failed with status 429 in 32ms - retrying …", and a
// "response start" / "response error" block (status, response headers, durationMs) or a
// "connection failed / timed out" line. Blocks are Node's inspect output, one key per line.
// The SDK writes no time of day; a line prefix with an ISO 8601 time (from a logger or a tool
// such as `ts`, followed by one space) is used when present, else the timeline is untimed.

const ID = /log_[0-9a-f]{6}/;
const PREFIX = /^(?:\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)\]? )?/;
const BLOCK_START = new RegExp(
  `^\\[(${ID.source})\\] (sending request|response start|response error[^{]*|connection (?:failed|timed out)[^{]*?)\\s*\\{\\s*$`,
);
const SUMMARY = new RegExp(
  `^\\[(${ID.source})(?:, retryOf: (${ID.source}))?(?:, x-request-id: "([^"]*)")?\\] ([A-Za-z]+) (\\S+) (succeeded|failed) with status (\\d{3}) in (\\d+)ms`,
);
const CONNECTION = new RegExp(
  `^\\[(${ID.source})(?:, retryOf: (${ID.source}))?\\] connection (failed|timed out)`,
);
// One `key: value` line of an inspected object; quotes stripped.
const FIELD =
  /^\s*'?([A-Za-z0-9_-]+)'?: (?:'((?:[^'\\]|\\.)*)'|(\d+(?:\.\d+)?)|([A-Za-z]+))?,?\s*$/;

export function looksLikeOpenAiDebug(text: string): boolean {
  return text
    .slice(0, 64 * 1024)
    .split('\n')
    .some((line) => {
      const content = line.replace(PREFIX, '');
      return BLOCK_START.test(content) || SUMMARY.test(content);
    });
}

interface Draft {
  id: string;
  line: number;
  retryOf: string | null;
  startedMs: number | null;
  method: string | null;
  url: { host: string; path: string } | null;
  requestHeaders: Map<string, string>;
  responseHeaders: Map<string, string>;
  status: number | null;
  answered: boolean;
  durationMs: number | null;
  requestId: string | null;
}

export function parseOpenAiDebug(file: string, text: string): Omit<ParsedLog, 'file' | 'sha256'> {
  const drafts = new Map<string, Draft>();
  const draft = (id: string, line: number): Draft => {
    let d = drafts.get(id);
    if (!d) {
      d = emptyDraft(id, line);
      drafts.set(id, d);
    }
    return d;
  };
  const lines = text.split('\n');
  let records = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const stamp = PREFIX.exec(raw)?.[1];
    const content = raw.replace(PREFIX, '');
    const start = BLOCK_START.exec(content);
    if (start) {
      records++;
      i = readBlock(file, lines, i, draft(start[1]!, i + 1), start[2]!, stamp);
      continue;
    }
    const summary = SUMMARY.exec(content);
    if (summary) {
      records++;
      readSummary(draft(summary[1]!, i + 1), summary, stamp);
      continue;
    }
    const connection = CONNECTION.exec(content);
    if (connection) {
      records++;
      const d = draft(connection[1]!, i + 1);
      d.retryOf ??= connection[2] ?? null;
      d.answered = true;
    }
  }
  if (drafts.size === 0) {
    throw new ConfigError(
      positionAt(file),
      'no OpenAI SDK debug entries ("[log_xxxxxx] sending request") in this file',
      'run the client with OPENAI_LOG=debug (openai npm 5 or later) and keep its standard output',
    );
  }
  const attempts: LogAttempt[] = [...drafts.values()].map((d) => attemptOf(file, d));
  return { format: 'openai_debug', records, attempts };
}

function emptyDraft(id: string, line: number): Draft {
  return {
    id,
    line,
    retryOf: null,
    startedMs: null,
    method: null,
    url: null,
    requestHeaders: new Map(),
    responseHeaders: new Map(),
    status: null,
    answered: false,
    durationMs: null,
    requestId: null,
  };
}

/** Reads the block opened on line `i` into its draft; returns the line of its closing brace. */
function readBlock(
  file: string,
  lines: readonly string[],
  i: number,
  d: Draft,
  kind: string,
  stamp: string | undefined,
): number {
  const sending = kind.startsWith('sending');
  if (sending && stamp) d.startedMs = safeTime(stamp);
  // The block runs to the closing brace at the start of a line.
  let nested = '';
  let j = i + 1;
  for (; j < lines.length; j++) {
    const inner = lines[j]!.replace(PREFIX, '');
    if (/^\}/.test(inner)) break;
    const open = /^\s*'?([A-Za-z0-9_-]+)'?: (?:[A-Za-z]+ )?\{\s*$/.exec(inner);
    if (open) {
      nested = open[1]!;
      continue;
    }
    if (/^\s*\},?\s*$/.test(inner)) {
      nested = '';
      continue;
    }
    const field = FIELD.exec(inner);
    if (!field) continue;
    const [, key, quoted, numeric, word] = field;
    const value = quoted ?? numeric ?? word ?? '';
    if (nested === 'headers') {
      (sending ? d.requestHeaders : d.responseHeaders).set(key!.toLowerCase(), value);
    } else if (nested === '') {
      if (key === 'retryOf') d.retryOf = safeId(value);
      else if (key === 'method' && sending) d.method = safeMethod(value);
      else if (key === 'url') d.url ??= safeUrl(value);
      else if (key === 'status') {
        d.status = safeStatus(Number(value));
        d.answered = true;
      } else if (key === 'durationMs') d.durationMs = safeMs(value);
    }
  }
  if (j >= lines.length) {
    throw new ConfigError(
      positionAt(file, i + 1),
      `the block opened here ("${kind.trim()}") has no closing "}"`,
      'the log was cut in the middle of an entry: include the whole entry or cut before it',
    );
  }
  if (kind.startsWith('connection')) d.answered = true;
  return j;
}

/** The one-line summary of an attempt: ids, method, URL, status and duration. */
function readSummary(d: Draft, summary: RegExpExecArray, stamp: string | undefined): void {
  d.retryOf ??= summary[2] ?? null;
  d.requestId ??= safeId(summary[3]);
  d.method ??= safeMethod(summary[4]);
  d.url ??= safeUrl(summary[5]);
  d.status = safeStatus(Number(summary[7]));
  d.answered = true;
  d.durationMs ??= safeMs(summary[8]);
  if (stamp && d.startedMs === null) d.startedMs = safeTime(stamp);
}

function attemptOf(file: string, d: Draft): LogAttempt {
  if (!d.url) {
    throw new ConfigError(
      positionAt(file, d.line),
      `entry ${d.id} has no request URL`,
      'include the "sending request" block of every attempt',
    );
  }
  return {
    at: positionAt(file, d.line),
    group: d.retryOf ?? d.id,
    startedMs: d.startedMs,
    durationMs: d.durationMs,
    method: d.method ?? 'POST',
    host: d.url.host,
    path: d.url.path,
    status: d.status,
    retryAfterMs: retryAfterFrom(
      d.responseHeaders,
      d.startedMs !== null ? d.startedMs + (d.durationMs ?? 0) : null,
    ),
    requestId: d.requestId ?? requestIdFrom(d.responseHeaders),
    retryHeaders: { ...bookkeepingFrom(d.requestHeaders), ...bookkeepingFrom(d.responseHeaders) },
    model: null,
  };
}
