// Allow-list readers for log fields. A log can hold anything (prompts, outputs, keys in URLs,
// authorization headers); these functions let through only values of a known, harmless shape,
// so nothing else can reach a ledger whatever the log holds.

/** Headers and fields through which a retrying stack reports its own retry count. */
export const RETRY_BOOKKEEPING = [
  'x-stainless-retry-count',
  'x-portkey-retry-attempt-count',
  'x-portkey-last-used-option-index',
  'x-litellm-attempted-retries',
  'x-litellm-attempted-fallbacks',
  'x-litellm-max-retries',
  'retry_success_count',
] as const;

/** Response headers that carry the provider's (or gateway's) request id, first match wins. */
export const REQUEST_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'x-litellm-call-id',
  'x-portkey-trace-id',
  'apim-request-id',
];

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,99}$/;
const PATH_SEGMENT = /^[A-Za-z0-9._~-]{1,64}$/;
const METHOD = /^[A-Za-z]{3,10}$/;
// Path segments that look like ids or keys rather than route words.
const KEY_LIKE =
  /\d{6,}|[A-Za-z0-9_-]{32,}|^(?:sk|pk|rk)-|^AIza|^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{20,}$/;

/** A request id or trace id: short, of id characters only; anything else is dropped. */
export function safeId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return typeof value === 'string' && ID.test(value) ? value : null;
}

export function safeModel(value: unknown): string | null {
  return typeof value === 'string' && MODEL.test(value) ? value : null;
}

export function safeMethod(value: unknown): string {
  return typeof value === 'string' && METHOD.test(value) ? value.toUpperCase() : 'POST';
}

/**
 * Host and path of a URL: no userinfo, no query string, no fragment; path segments that do not
 * look like route words (ids, tokens) are replaced by `*`.
 */
export function safeUrl(value: unknown): { host: string; path: string } | null {
  if (typeof value !== 'string' || value.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const segments = url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .slice(0, 12)
    .map((s) => (PATH_SEGMENT.test(s) && !KEY_LIKE.test(s) ? s : '*'));
  return { host: url.host, path: `/${segments.join('/')}` };
}

export function safeStatus(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

export function safeCount(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e6) {
    return String(value);
  }
  return typeof value === 'string' && /^\d{1,6}$/.test(value) ? value : null;
}

export function safeMs(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n < 864e5 ? n : null;
}

/** Epoch milliseconds from an ISO date, or from epoch seconds or milliseconds. */
export function safeTime(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Epoch seconds (LiteLLM's standard payload) or milliseconds.
    const ms = value < 1e11 ? value * 1000 : value;
    return ms > 0 ? ms : null;
  }
  if (typeof value !== 'string' || value.length > 64) return null;
  if (!/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(value)) return null;
  // A time without a zone is taken as UTC, as the log exports write it.
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isFinite(ms) ? ms : null;
}

/** A header map with lower-case names, from an object or a list of {name, value}. */
export function headerMap(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(value)) {
    for (const h of value) {
      if (h && typeof h === 'object' && 'name' in h && 'value' in h) {
        const { name, value: v } = h as { name: unknown; value: unknown };
        if (typeof name === 'string' && (typeof v === 'string' || typeof v === 'number')) {
          out.set(name.toLowerCase(), String(v));
        }
      }
    }
  } else if (value && typeof value === 'object') {
    for (const [name, v] of Object.entries(value)) {
      if (typeof v === 'string' || typeof v === 'number') out.set(name.toLowerCase(), String(v));
    }
  }
  return out;
}

/** retry-after-ms, else retry-after in seconds or as an HTTP date (against the answer's time). */
export function retryAfterFrom(
  headers: Map<string, string>,
  answeredMs: number | null,
): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms);
  const after = headers.get('retry-after')?.trim();
  if (after === undefined) return null;
  if (/^\d+(\.\d+)?$/.test(after)) return Number(after) * 1000;
  const date = Date.parse(after);
  if (Number.isFinite(date) && answeredMs !== null) return Math.max(0, date - answeredMs);
  return null;
}

export function bookkeepingFrom(headers: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of RETRY_BOOKKEEPING) {
    const v = safeCount(headers.get(name));
    if (v !== null) out[name] = v;
  }
  return out;
}

export function requestIdFrom(headers: Map<string, string>): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const id = safeId(headers.get(name));
    if (id) return id;
  }
  return null;
}
