// Bounded retries with exponential backoff and full jitter for the gate's own API calls: the gate
// obeys the rules it checks. Delays are computed by a pure function so a timeline can be tested.

export interface RetrySettings {
  /** Total attempts including the first; 1 means no retry. */
  maxAttempts: number;
  /** Delay cap before the first retry; doubles each retry (before jitter). */
  baseDelayMs: number;
  /** No single wait is longer than this, whatever Retry-After says. */
  maxDelayMs: number;
}

/** Deadline of one GitHub API request. */
export const DEFAULT_API_TIMEOUT_MS = 10_000;

export const DEFAULT_RETRY: RetrySettings = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 5_000 };

/**
 * The wait before retry number `retry` (0-based): full jitter, uniformly in
 * [0, min(max, base·2^retry)], so concurrent jobs do not retry in step. A server's Retry-After wins
 * when it is longer, up to the cap.
 */
export function retryDelayMs(
  retry: number,
  settings: RetrySettings,
  random: () => number = Math.random,
  retryAfterMs: number | null = null,
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retry);
  const jittered = Math.floor(random() * ceiling);
  if (retryAfterMs !== null && retryAfterMs > jittered) {
    return Math.min(settings.maxDelayMs, retryAfterMs);
  }
  return jittered;
}

/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds; null when absent or bad. */
export function parseRetryAfter(
  value: string | undefined,
  now: number = Date.now(),
): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
