import type { Jitter, RetryPolicy } from '../../plan/types.js';

// Exponential backoff as immutable values: each step knows its own wait and `next()` returns a
// new step, so a timeline can be replayed exactly when the random source is fixed. The judge
// uses the same bounds to check the waits a real caller left between attempts.

/** The parts of a retry policy that shape its waits. */
export type BackoffShape = Pick<
  RetryPolicy,
  'initialBackoffMs' | 'maxBackoffMs' | 'multiplier' | 'jitter'
>;

/** A source of uniform numbers in [0, 1); injected so tests and simulations are exact. */
export type Random = () => number;

export interface BackoffStep {
  /** 1 for the wait before the first retry. */
  readonly retry: number;
  /** The un-jittered wait for this retry: initial × multiplier^(retry−1), capped. */
  readonly ceilingMs: number;
  /** The wait actually chosen (jitter applied). */
  readonly delayMs: number;
  next(): BackoffStep;
}

/** The wait before retry `retry` before jitter. */
export function ceilingFor(shape: BackoffShape, retry: number): number {
  const grown = shape.initialBackoffMs * Math.pow(shape.multiplier, Math.max(0, retry - 1));
  return Math.min(shape.maxBackoffMs, grown);
}

/** The smallest and largest wait the declared jitter allows before retry `retry`. */
export function waitBounds(shape: BackoffShape, retry: number): { minMs: number; maxMs: number } {
  const ceiling = ceilingFor(shape, retry);
  return { minMs: lowerBound(shape.jitter, ceiling), maxMs: ceiling };
}

function lowerBound(jitter: Jitter, ceiling: number): number {
  if (jitter === 'none') return ceiling;
  if (jitter === 'equal') return ceiling / 2;
  return 0;
}

function applyJitter(jitter: Jitter, ceiling: number, u: number): number {
  if (jitter === 'none') return ceiling;
  // full: uniform in [0, ceiling]; equal: half fixed, half uniform (AWS "equal jitter").
  if (jitter === 'full') return u * ceiling;
  return ceiling / 2 + (u * ceiling) / 2;
}

/** The first wait of a policy; call `next()` for each following retry. */
export function exponentialBackoff(shape: BackoffShape, random: Random): BackoffStep {
  return stepAt(shape, random, 1);
}

function stepAt(shape: BackoffShape, random: Random, retry: number): BackoffStep {
  const ceilingMs = ceilingFor(shape, retry);
  // No draw without jitter, so other users of the same random source replay unchanged.
  const u = shape.jitter === 'none' ? 0 : random();
  const delayMs = Math.round(applyJitter(shape.jitter, ceilingMs, u));
  return Object.freeze({
    retry,
    ceilingMs,
    delayMs,
    next: () => stepAt(shape, random, retry + 1),
  });
}

/** A deterministic random source (mulberry32), for replayable samples. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
