// Jitter and full-jitter backoff can only be judged statistically: the thresholds below keep the
// chance of flagging a caller that really jitters at FALSE_ALARM.

/**
 * Jitter and full-jitter backoff can only be judged statistically. Thresholds are set so that a
 * caller that really follows the declared jitter is flagged with probability at most
 * FALSE_ALARM, and a check only runs when that threshold is above the scheduling noise between
 * concurrent callers on a busy machine (NOISE_FLOOR_MS); otherwise the verdict is "unknown".
 */
export const FALSE_ALARM = 1e-4;
export const NOISE_FLOOR_MS = 30;
export const MIN_JITTER_SAMPLES = 3;

/** A full-jitter wait under this share of its ceiling counts as "near zero". */
export const NEAR_ZERO_SHARE = 0.1;

/**
 * How many of n full-jitter waits must be near zero before backoff counts as absent: the
 * smallest k with P(Binomial(n, 0.1) ≥ k) ≤ FALSE_ALARM, or null when n is too small for any k.
 * Counting rather than requiring all n keeps one stalled caller from hiding the pattern.
 */
export function nearZeroWaitsNeeded(n: number): number | null {
  const p = NEAR_ZERO_SHARE;
  let term = Math.pow(1 - p, n); // P(X = 0)
  const terms: number[] = [term];
  for (let i = 1; i <= n; i++) {
    term = (term * (n - i + 1) * p) / (i * (1 - p));
    terms.push(term);
  }
  let tail = 0;
  let needed: number | null = null;
  for (let k = n; k >= 0; k--) {
    tail += terms[k]!;
    if (tail > FALSE_ALARM) break;
    needed = k;
  }
  return needed;
}

/** Share t of the range within which n uniform draws all fall with probability FALSE_ALARM. */
export function jitterSpreadShare(n: number): number {
  // P(range of n uniforms < t) = n·t^(n−1) − (n−1)·t^n, increasing in t: solve by bisection.
  const p = (t: number) => n * Math.pow(t, n - 1) - (n - 1) * Math.pow(t, n);
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (p(mid) < FALSE_ALARM) low = mid;
    else high = mid;
  }
  return low;
}
