import type { Jitter } from '../../plan/types.js';
import { applyJitter, backoffCeiling, type BackoffPolicy, type Random } from '../backoff.js';

// Exponential backoff as immutable values: each step knows its own wait and `next()` returns a
// new step, so a timeline can be replayed exactly when the random source is fixed. The judge
// uses the same bounds to check the waits a real caller left between attempts.

/** The parts of a retry policy that shape its waits (shared with the storm simulation). */
export type BackoffShape = BackoffPolicy;
export type { Random };

export interface BackoffStep {
  /** 1 for the wait before the first retry. */
  readonly retry: number;
  /** The un-jittered wait for this retry: initial × multiplier^(retry−1), capped. */
  readonly ceilingMs: number;
  /** The wait actually chosen (jitter applied). */
  readonly delayMs: number;
  next(): BackoffStep;
}

/** The wait before retry `retry` before jitter (the same formula the storm simulation uses). */
export function ceilingFor(shape: BackoffShape, retry: number): number {
  return backoffCeiling(shape, Math.max(1, retry));
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

/** The first wait of a policy; call `next()` for each following retry. */
export function exponentialBackoff(shape: BackoffShape, random: Random): BackoffStep {
  return stepAt(shape, random, 1);
}

function stepAt(shape: BackoffShape, random: Random, retry: number): BackoffStep {
  const ceilingMs = ceilingFor(shape, retry);
  // No draw without jitter, so other users of the same random source replay unchanged.
  const u = shape.jitter === 'none' ? 0 : random();
  const delayMs = Math.round(applyJitter(ceilingMs, shape.jitter, u));
  return Object.freeze({
    retry,
    ceilingMs,
    delayMs,
    next: () => stepAt(shape, random, retry + 1),
  });
}

export { seededRandom } from '../storm/prng.js';
