import type { Jitter, RetryPolicy } from '../routing/index.js';

// Backoff as immutable values: a state knows the wait before its retry and returns a new state
// for the next one, so a timeline can be replayed exactly from the same random draws. This is the
// only place a backoff wait is computed: the reference executor, the storm simulation, the plan's
// worst case, the judge's wait bounds and the gate's own GitHub API client all call it.

/** The parts of a retry policy that decide how long to wait. */
export type BackoffPolicy = Pick<
  RetryPolicy,
  'initialBackoffMs' | 'maxBackoffMs' | 'multiplier' | 'jitter'
>;

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** One point of a backoff sequence. */
export interface Backoff {
  /** Which retry this wait precedes: 1 for the first retry. */
  readonly retry: number;
  /** The exponential wait before jitter, capped at maxBackoffMs. */
  readonly ceilingMs: number;
  /** The wait actually taken, jitter applied. */
  readonly delayMs: number;
  /** The state for the following retry, drawing from `random`; this one is left unchanged. */
  next(random: Random): Backoff;
}

/** initial × multiplier^(retry−1), capped at maxBackoffMs: the wait before jitter. */
export function backoffCeiling(policy: BackoffPolicy, retry: number): number {
  const raw = policy.initialBackoffMs * Math.pow(policy.multiplier, Math.max(1, retry) - 1);
  return Math.min(policy.maxBackoffMs, raw);
}

/**
 * Applies jitter to a ceiling with one uniform draw u in [0, 1):
 * none keeps it, full takes u × ceiling, equal takes ceiling/2 + u × ceiling/2.
 */
export function applyJitter(ceilingMs: number, jitter: Jitter, u: number): number {
  switch (jitter) {
    case 'none':
      return ceilingMs;
    case 'full':
      return u * ceilingMs;
    case 'equal':
      return ceilingMs / 2 + (u * ceilingMs) / 2;
  }
}

/** The smallest and largest wait the declared jitter allows before retry `retry`. */
export function waitBounds(policy: BackoffPolicy, retry: number): { minMs: number; maxMs: number } {
  const ceiling = backoffCeiling(policy, retry);
  return { minMs: applyJitter(ceiling, policy.jitter, 0), maxMs: ceiling };
}

/** Each wait of a policy that makes `maxAttempts` tries, at its ceiling (jitter only shortens). */
export function backoffCeilings(
  policy: BackoffPolicy & Pick<RetryPolicy, 'maxAttempts'>,
): number[] {
  return Array.from({ length: Math.max(0, policy.maxAttempts - 1) }, (_, i) =>
    backoffCeiling(policy, i + 1),
  );
}

/** The wait before the first retry of a policy. */
export function firstBackoff(policy: BackoffPolicy, random: Random): Backoff {
  return backoffAt(policy, 1, random);
}

function backoffAt(policy: BackoffPolicy, retry: number, random: Random): Backoff {
  const ceilingMs = backoffCeiling(policy, retry);
  // A policy without jitter draws nothing, so adding a caller never shifts another's draws.
  const delayMs =
    policy.jitter === 'none' ? ceilingMs : applyJitter(ceilingMs, policy.jitter, random());
  return Object.freeze({
    retry,
    ceilingMs,
    delayMs,
    next: (nextRandom: Random) => backoffAt(policy, retry + 1, nextRandom),
  });
}

/**
 * The wait before a retry once the answer has been read: the backoff, or what retry-after
 * announced when that is longer and the policy honours it. `capMs` bounds the result (a client
 * that never waits longer than its cap, whatever the server says).
 */
export function waitBeforeRetry(
  backoffMs: number,
  retryAfterMs: number | null,
  honourRetryAfter: boolean,
  capMs: number = Infinity,
): { waitMs: number; reason: 'backoff' | 'retry_after' } {
  if (honourRetryAfter && retryAfterMs !== null && retryAfterMs > backoffMs) {
    return { waitMs: Math.min(capMs, retryAfterMs), reason: 'retry_after' };
  }
  return { waitMs: Math.min(capMs, backoffMs), reason: 'backoff' };
}
