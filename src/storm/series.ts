import type { StormResult } from '../observations/index.js';

/**
 * Attempts per second over time, policy against baseline, in at most maxPoints points: long
 * storms are grouped into wider buckets whose value is the mean rate over the bucket.
 */
export function attemptSeries(
  policyPerSecond: readonly (number | undefined)[],
  baselinePerSecond: readonly (number | undefined)[],
  maxPoints: number,
  minSeconds = 0,
): StormResult['series'] {
  const seconds = Math.max(policyPerSecond.length, baselinePerSecond.length, minSeconds);
  if (seconds === 0) return [];
  const width = Math.max(1, Math.ceil(seconds / Math.max(1, maxPoints)));
  const series: StormResult['series'] = [];
  for (let start = 0; start < seconds; start += width) {
    let policy = 0;
    let baseline = 0;
    for (let s = start; s < start + width; s++) {
      policy += policyPerSecond[s] ?? 0;
      baseline += baselinePerSecond[s] ?? 0;
    }
    series.push({
      tSeconds: start,
      policy: round(policy / width),
      baseline: round(baseline / width),
    });
  }
  return series;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
