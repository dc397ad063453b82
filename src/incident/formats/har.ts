import { ConfigError, positionAt } from '../../common/index.js';
import {
  bookkeepingFrom,
  headerMap,
  requestIdFrom,
  retryAfterFrom,
  safeMethod,
  safeMs,
  safeStatus,
  safeTime,
  safeUrl,
} from '../log-fields.js';
import type { LogAttempt, ParsedLog } from '../log-types.js';
import { jsonLocator, MAX_ATTEMPT_LOCATE_BYTES } from './position.js';

// HAR 1.2 (browser devtools "Save all as HAR", mitmproxy, Charles, Proxyman): log.entries[] with
// startedDateTime, time (ms), request {method, url, headers[]} and response {status, headers[]}.
// Request and response bodies (postData, content) are never read.

export function parseHar(
  file: string,
  text: string,
  doc: unknown,
): Omit<ParsedLog, 'file' | 'sha256'> {
  const entries = (doc as { log: { entries: unknown[] } }).log.entries;
  const attempts: LogAttempt[] = [];
  const locate = jsonLocator(file, text);
  const cheap = text.length <= MAX_ATTEMPT_LOCATE_BYTES;
  entries.forEach((raw, i) => {
    const path = ['log', 'entries', i];
    const where = (...rest: (string | number)[]) => locate([...path, ...rest]);
    const entry = (raw ?? {}) as Record<string, unknown>;
    const request = (entry.request ?? null) as Record<string, unknown> | null;
    const response = (entry.response ?? null) as Record<string, unknown> | null;
    if (!request || typeof request !== 'object') {
      throw new ConfigError(
        where(),
        `HAR entry ${i} has no "request" object`,
        'export the HAR again from the tool that recorded it',
      );
    }
    const url = safeUrl(request.url);
    if (!url) {
      throw new ConfigError(
        where('request', 'url'),
        `HAR entry ${i}: "request.url" is not an http(s) URL`,
        'export the HAR again from the tool that recorded it',
      );
    }
    const startedMs = safeTime(entry.startedDateTime);
    if (startedMs === null) {
      throw new ConfigError(
        where('startedDateTime'),
        `HAR entry ${i}: "startedDateTime" is not an ISO 8601 time`,
        'HAR 1.2 requires startedDateTime on every entry',
      );
    }
    const requestHeaders = headerMap(request.headers);
    const responseHeaders = headerMap(response?.headers);
    const durationMs = safeMs(entry.time);
    // HAR writes status 0 when no answer came (refused, reset, timed out).
    const status = safeStatus(response?.status);
    attempts.push({
      at: cheap ? where() : positionAt(file),
      group: null,
      startedMs,
      durationMs,
      method: safeMethod(request.method),
      host: url.host,
      path: url.path,
      status,
      retryAfterMs: retryAfterFrom(
        responseHeaders,
        durationMs !== null ? startedMs + durationMs : startedMs,
      ),
      requestId: requestIdFrom(responseHeaders),
      retryHeaders: { ...bookkeepingFrom(requestHeaders), ...bookkeepingFrom(responseHeaders) },
      model: null,
    });
  });
  return { format: 'har', records: entries.length, attempts };
}
