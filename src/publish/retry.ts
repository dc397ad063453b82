import { backoffCeiling, type Random, waitBeforeRetry } from '../retry/index.js';

// Bounded retries with exponential backoff and full jitter for the gate's own API calls: the gate
// obeys the rules it checks, with the same retry core (backoff, retry-after) it checks them by.

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
  random: Random = Math.random,
  retryAfterMs: number | null = null,
): number {
  const policy = {
    initialBackoffMs: settings.baseDelayMs,
    maxBackoffMs: settings.maxDelayMs,
    multiplier: 2,
    jitter: 'full' as const,
  };
  const jittered = Math.floor(random() * backoffCeiling(policy, retry + 1));
  return waitBeforeRetry(jittered, retryAfterMs, true, settings.maxDelayMs).waitMs;
}

export { parseRetryAfter } from '../retry/index.js';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
