// The one reader of a server's announced wait. `retry-after-ms` (milliseconds) wins over
// `retry-after` (seconds, or an HTTP date), as the OpenAI clients read them.

/** Header lookups by lower-case name; arrays (repeated headers) use their first value. */
export type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;

function first(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.[0];
}

/** The announced wait in milliseconds; null when absent or unreadable. */
export function parseRetryAfter(headers: HeaderBag, nowMs: number = Date.now()): number | null {
  const ms = first(headers['retry-after-ms'])?.trim();
  if (ms !== undefined && ms !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  return parseRetryAfterValue(first(headers['retry-after']), nowMs);
}

/** A `retry-after` value alone: seconds or an HTTP date, as milliseconds; null when bad. */
export function parseRetryAfterValue(
  value: string | undefined,
  nowMs: number = Date.now(),
): number | null {
  const text = value?.trim();
  if (text === undefined || text === '') return null;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
