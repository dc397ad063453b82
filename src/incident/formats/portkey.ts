import { ConfigError } from '../../common/index.js';
import {
  safeCount,
  safeId,
  safeMethod,
  safeModel,
  safeMs,
  safeStatus,
  safeTime,
  safeUrl,
} from '../log-fields.js';
import type { LocateRecord, LogAttempt, LogRecord, ParsedLog } from '../log-types.js';

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

export function parsePortkeyRecords(
  file: string,
  records: LogRecord[],
  locate: LocateRecord,
): Omit<ParsedLog, 'file' | 'sha256'> {
  const attempts: LogAttempt[] = records.map((record, i) => {
    const r = (record.value ?? {}) as Record<string, unknown>;
    if (typeof r !== 'object' || !isPortkeyRecord(r)) {
      throw new ConfigError(
        locate(record, []),
        `record ${i + 1} is not a Portkey log export record (created_at and response_status_code or request_url expected)`,
        'request the export with the created_at, request_url and response_status_code fields',
      );
    }
    const startedMs = safeTime(r.created_at);
    if (startedMs === null) {
      throw new ConfigError(
        locate(record, ['created_at']),
        `record ${i + 1}: "created_at" is not an ISO 8601 time`,
        'export the logs again; created_at is written by Portkey',
      );
    }
    const url = safeUrl(r.request_url) ?? { host: 'unknown', path: '/' };
    const retries = safeCount(r.retry_success_count);
    const status = safeStatus(r.response_status_code);
    return {
      at: locate(record),
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
  });
  return { format: 'portkey', records: records.length, attempts };
}
