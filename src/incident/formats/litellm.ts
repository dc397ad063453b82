import {
  bookkeepingFrom,
  headerMap,
  retryAfterFrom,
  safeId,
  safeModel,
  safeStatus,
  safeTime,
  safeUrl,
} from '../log-fields.js';
import type { LocateRecord, LogRecord, ParsedLog } from '../log-types.js';
import { readJsonRecords, type RecordFormat } from './json-records.js';

// LiteLLM proxy: rows of the spend-log table (UI "Logs" export, GET /spend/logs; request_id,
// startTime, endTime, api_base, model_group, status, metadata.error_information) and the
// standard logging payload its JSON logs and callbacks carry (id, trace_id, call_type, status,
// startTime/endTime in epoch seconds, error_information, hidden_params.additional_headers).
// One record is one upstream call; trace_id groups the retries and fallbacks of one request.
// messages, response, proxy_server_request and every key field are never read.

export function isLiteLlmRecord(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return (
    ('request_id' in r || ('id' in r && 'call_type' in r)) &&
    'startTime' in r &&
    ('api_base' in r || 'model_group' in r || 'call_type' in r)
  );
}

// Exception classes LiteLLM maps provider errors to, and the status each stands for.
const ERROR_CLASS_STATUS: Record<string, number> = {
  RateLimitError: 429,
  ServiceUnavailableError: 503,
  InternalServerError: 500,
  BadGatewayError: 502,
  BadRequestError: 400,
  ContextWindowExceededError: 400,
  ContentPolicyViolationError: 400,
  AuthenticationError: 401,
  PermissionDeniedError: 403,
  NotFoundError: 404,
  UnprocessableEntityError: 422,
};

const LITELLM: RecordFormat = {
  format: 'litellm',
  is: isLiteLlmRecord,
  notARecord: {
    what: 'a LiteLLM log record (request_id or id, startTime, api_base or model_group expected)',
    fix: 'export only spend-log rows or standard logging payloads into one file',
  },
  startTime: {
    field: 'startTime',
    what: 'a time (ISO 8601 or epoch seconds expected)',
    fix: 'export the spend logs again; startTime is written by the proxy',
  },
  attempt: (r, startedMs) => {
    const endMs = safeTime(r.endTime);
    const metadata = (r.metadata && typeof r.metadata === 'object' ? r.metadata : {}) as Record<
      string,
      unknown
    >;
    const info = (r.error_information ?? metadata.error_information ?? null) as Record<
      string,
      unknown
    > | null;
    const hidden = (r.hidden_params ?? {}) as Record<string, unknown>;
    const headers = headerMap(hidden.additional_headers);
    for (const [name, value] of headerMap(hidden.additional_headers)) {
      // Provider headers are passed on with an `llm_provider-` prefix.
      if (name.startsWith('llm_provider-')) headers.set(name.slice('llm_provider-'.length), value);
    }
    const url = safeUrl(r.api_base) ?? { host: 'unknown', path: '/' };
    const callType = typeof r.call_type === 'string' ? r.call_type : '';
    const path = /responses/i.test(callType)
      ? joinPath(url.path, 'responses')
      : /completion/i.test(callType)
        ? joinPath(url.path, 'chat/completions')
        : url.path;
    return {
      group: safeId(r.trace_id) ?? safeId(metadata.litellm_trace_id) ?? safeId(r.session_id),
      startedMs,
      durationMs: endMs !== null && endMs >= startedMs ? endMs - startedMs : null,
      method: 'POST',
      host: url.host,
      path,
      status: statusOf(r.status, info),
      retryAfterMs: retryAfterFrom(headers, endMs),
      requestId: safeId(r.request_id) ?? safeId(r.id),
      retryHeaders: bookkeepingFrom(headers),
      model: safeModel(r.model_group) ?? safeModel(r.model),
    };
  },
};

export function parseLiteLlmRecords(
  file: string,
  records: LogRecord[],
  locate: LocateRecord,
): Omit<ParsedLog, 'file' | 'sha256'> {
  return readJsonRecords(records, locate, LITELLM);
}

function statusOf(status: unknown, info: Record<string, unknown> | null): number | null {
  if (info) {
    const code = safeStatus(info.error_code);
    if (code !== null) return code;
    const byClass =
      typeof info.error_class === 'string' ? ERROR_CLASS_STATUS[info.error_class] : undefined;
    if (byClass !== undefined) return byClass;
  }
  // The proxy logs success without a status code: a success is read as 200.
  if (status === 'success') return 200;
  return null;
}

function joinPath(base: string, tail: string): string {
  if (base.endsWith(`/${tail}`)) return base;
  return `${base === '/' ? '' : base}/${tail}`;
}
