// What a timed span may be off by: the sampling resolution of the loop monitor, the stalls it
// saw, and the arithmetic that sets a span against them. Pure: measured by probe/timing.ts, read
// by the judge.

export const RESOLUTION_MS = 10;

export interface LoopDelay {
  /** The longest stall seen: the most any timing in the window may be off by. */
  maxMs: number;
  /** The 99th percentile stall: how late the loop ran most of the time. */
  p99Ms: number;
}

/** A span in which this process's event loop ran nothing, on the performance.now() clock. */
export interface Stall {
  fromMs: number;
  toMs: number;
}

/**
 * How far a span between two stamped moments may be off: the stalls around its two ends. A stall
 * at the start may have kept a caller in this process from reading the answer, one at the end
 * may have held back the stamp of its next request; a stall in the middle moves neither.
 */
export function stallAround(stalls: readonly Stall[], fromMs: number, toMs: number): number {
  const at = (t: number): Stall | null => {
    let longest: Stall | null = null;
    for (const s of stalls) {
      if (s.fromMs <= t + RESOLUTION_MS && s.toMs >= t - RESOLUTION_MS) {
        if (!longest || s.toMs - s.fromMs > longest.toMs - longest.fromMs) longest = s;
      }
    }
    return longest;
  };
  const length = (s: Stall | null) => (s ? s.toMs - s.fromMs : 0);
  const start = at(fromMs);
  const end = at(toMs);
  // One stall spanning both ends counts once.
  const total = start === end ? length(start) : length(start) + length(end);
  return Math.round(total * 10) / 10;
}
