import { createHash } from 'node:crypto';
import {
  BoundedReadError,
  type BoundedReadProblem,
  ConfigError,
  positionAt,
  readBoundedFile,
} from '../common/index.js';
import { parseHar } from './formats/har.js';
import { parseLiteLlmRecords, isLiteLlmRecord } from './formats/litellm.js';
import { parseOpenAiDebug, looksLikeOpenAiDebug } from './formats/openai-debug.js';
import { parsePortkeyRecords, isPortkeyRecord } from './formats/portkey.js';
import type { LocateRecord, LogFormat, LogRecord, ParsedLog } from './log-types.js';
import { jsonLocator, MAX_ATTEMPT_LOCATE_BYTES } from './formats/position.js';
import { LOG_FORMAT_NAMES } from './log-types.js';

// Reads one log file, tells its format from its content, and hands it to that format's reader.
// Every problem is a ConfigError naming file:line:col, what was expected and how to fix it; no
// error message quotes the log's content, which may hold secrets.

/** Logs larger than this are refused: cut the log to the incident's time window first. */
export const MAX_LOG_BYTES = 32 * 1024 * 1024;

const FIX_FORMAT = `give one of: ${Object.values(LOG_FORMAT_NAMES).join('; ')}`;

export async function readLogFile(file: string, forced?: LogFormat): Promise<ParsedLog> {
  const text = await readLogText(file);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const parsed = parseLogText(file, text, forced);
  return { file, sha256, ...parsed };
}

export function parseLogText(
  file: string,
  text: string,
  forced?: LogFormat,
): Omit<ParsedLog, 'file' | 'sha256'> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    throw new ConfigError(positionAt(file), 'the log file is empty', FIX_FORMAT);
  }
  const first = body.trimStart()[0];
  if (
    forced === 'openai_debug' ||
    (!forced &&
      (first !== '{' || looksLikeOpenAiDebug(body)) &&
      (first !== '[' || looksLikeOpenAiDebug(body)))
  ) {
    if (forced === 'openai_debug' || looksLikeOpenAiDebug(body))
      return parseOpenAiDebug(file, body);
    throw new ConfigError(
      positionAt(file),
      'not a log format fallback-gate reads (no JSON, and no OpenAI SDK debug lines such as "[log_1a2b3c] sending request")',
      FIX_FORMAT,
    );
  }
  // One JSON document (HAR, or an array / {data: [...]} export), else JSON Lines.
  let whole: unknown;
  let wholeError: Error | null = null;
  try {
    whole = JSON.parse(body);
  } catch (error) {
    wholeError = error as Error;
  }
  if (wholeError === null) {
    if (forced === 'har' || (!forced && isHar(whole))) return parseHar(file, body, whole);
    const found = recordsOf(whole);
    if (!found) {
      throw new ConfigError(
        positionAt(file),
        'a JSON document that is neither a HAR file ({"log": {"entries": [...]}}) nor a list of log records',
        FIX_FORMAT,
      );
    }
    const locate = jsonLocator(file, body);
    return parseRecords(
      file,
      found.records.map((value, i) => ({ value, line: null, path: [...found.path, i] })),
      (record, field) =>
        record.line !== null
          ? positionAt(file, record.line)
          : // Errors (a field named) always get a position; attempts only in small documents.
            field !== undefined || body.length <= MAX_ATTEMPT_LOCATE_BYTES
            ? locate([...record.path, ...(field ?? [])])
            : positionAt(file),
      forced,
    );
  }
  const lines = body.split('\n');
  if (lines.filter((l) => l.trim()).length <= 1) {
    throw jsonError(file, body, wholeError);
  }
  const records: LogRecord[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push({ value: JSON.parse(line), line: i + 1, path: [] });
    } catch (error) {
      throw jsonError(file, line, error as Error, i + 1);
    }
  });
  return parseRecords(file, records, (record) => positionAt(file, record.line ?? 1), forced);
}

function parseRecords(
  file: string,
  records: LogRecord[],
  locate: LocateRecord,
  forced: LogFormat | undefined,
): Omit<ParsedLog, 'file' | 'sha256'> {
  const sample = records.find((r) => r.value && typeof r.value === 'object');
  const format: LogFormat | null =
    forced ??
    (sample && isLiteLlmRecord(sample.value)
      ? 'litellm'
      : sample && isPortkeyRecord(sample.value)
        ? 'portkey'
        : null);
  if (format === 'litellm') return parseLiteLlmRecords(file, records, locate);
  if (format === 'portkey') return parsePortkeyRecords(file, records, locate);
  throw new ConfigError(
    positionAt(file, sample?.line ?? 1),
    'log records without the fields of a LiteLLM (request_id or id, startTime, api_base or model_group) or Portkey export (request_url, response_status_code, created_at)',
    `${FIX_FORMAT}; or name the format with --log-format`,
  );
}

function isHar(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    'log' in value &&
    !!value.log &&
    typeof value.log === 'object' &&
    Array.isArray((value as { log: { entries?: unknown } }).log.entries)
  );
}

function recordsOf(value: unknown): { records: unknown[]; path: string[] } | null {
  if (Array.isArray(value)) return { records: value, path: [] };
  if (value && typeof value === 'object') {
    for (const key of ['data', 'logs', 'records']) {
      const inner = (value as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return { records: inner, path: [key] };
    }
    // A single record.
    if (isLiteLlmRecord(value) || isPortkeyRecord(value)) return { records: [value], path: [] };
  }
  return null;
}

function jsonError(file: string, text: string, error: Error, line?: number): ConfigError {
  // V8 says "... at position N" (and sometimes "(line L column C)"); never quote the content.
  const position = /position (\d+)/.exec(error.message);
  let at = positionAt(file, line ?? 1, 1);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const lineInText = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    at = positionAt(file, (line ?? 1) + lineInText - 1, column);
  }
  return new ConfigError(
    at,
    line ? 'this line is not valid JSON (expected one log record per line)' : 'not valid JSON',
    'export the log again, or cut it at whole records',
  );
}

async function readLogText(file: string): Promise<string> {
  const at = positionAt(file);
  let bytes: Buffer;
  try {
    bytes = await readBoundedFile(file, MAX_LOG_BYTES);
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    const messages: Record<BoundedReadProblem, [string, string]> = {
      not_found: ['log file not found', 'check the path (it is relative to the working directory)'],
      directory: ['this is a directory, not a log file', 'name the log file inside it'],
      not_regular: [`log file ${error.message}`, 'save the log to a regular file first'],
      too_large: [
        `log file ${error.message} (32 MiB)`,
        "cut the log to the incident's time window (or to the requests in question) first",
      ],
      permission: ['log file cannot be read (permission denied)', 'check its permissions'],
      unreadable: [`log file cannot be read (${error.message})`, 'check the path and permissions'],
    };
    const [what, fix] = messages[error.problem];
    throw new ConfigError(at, what, fix);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
    throw new ConfigError(
      positionAt(file, line),
      'binary data (a NUL byte) in the log file',
      'decompress the export first (logs are read as UTF-8 text)',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError(at, 'the log file is not valid UTF-8', 'convert the log to UTF-8');
  }
}

export type { LogFormat };
