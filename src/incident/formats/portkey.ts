import {
  safeCount,
  safeId,
  safeMethod,
  safeModel,
  safeMs,
  safeStatus,
  safeUrl,
} from '../log-fields.js';
import type { LocateRecord, LogRecord, ParsedLog } from '../log-types.js';
import { readJsonRecords, type RecordFormat } from './json-records.js';

// Portkey log export (JSONL, one request per line): created_at, request_url (the final provider
// URL), request_method, response_status_code, response_time (ms), is_success, ai_org, ai_model,
// retry_success_count, trace_id, and optionally request.body / response.body, which are never
// read. One line is one request as the gateway answered it; its retries inside the gateway are
// not separate lines, so retry_success_count is kept as the gateway's own retry bookkeeping.

export function isPortkeyRecord(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return 'created_at' in r && ('response_status_code' in r || 'request_url' in r);
}

const PORTKEY: RecordFormat = {
  format: 'portkey',
  is: isPortkeyRecord,
  notARecord: {
    what: 'a Portkey log export record (created_at and response_status_code or request_url expected)',
    fix: 'request the export with the created_at, request_url and response_status_code fields',
  },
  startTime: {
    field: 'created_at',
    what: 'an ISO 8601 time',
    fix: 'export the logs again; created_at is written by Portkey',
  },
  attempt: (r, startedMs, record, i) => {
    const url = safeUrl(r.request_url) ?? { host: 'unknown', path: '/' };
    const retries = safeCount(r.retry_success_count);
    const status = safeStatus(r.response_status_code);
    return {
      // Each line is a whole request (its retries happened inside the gateway).
      group: `line:${record.line ?? i + 1}`,
      startedMs,
      durationMs: safeMs(r.response_time),
      method: safeMethod(r.request_method),
      host: url.host,
      path: url.path,
      status,
      retryAfterMs: null,
      requestId: safeId(r.id) ?? safeId(r.trace_id),
      retryHeaders: retries !== null ? { retry_success_count: retries } : {},
      model: safeModel(r.ai_model),
    };
  },
};

export function parsePortkeyRecords(
  file: string,
  records: LogRecord[],
  locate: LocateRecord,
): Omit<ParsedLog, 'file' | 'sha256'> {
  return readJsonRecords(records, locate, PORTKEY);
}
