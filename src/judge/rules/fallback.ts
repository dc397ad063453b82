import { headRoutes } from '../../retry/index.js';
import {
  classOf,
  type ScenarioContext,
  endOf,
  round,
  samplesOf,
  WAIT_TOLERANCE_MS,
} from '../scenario-context.js';
import { claim, type Claim, type ScenarioRule } from './rule.js';

// Fallback: once the primary (one route or a load-balanced head) is exhausted, a fallback is tried.

/**
 * A request whose every attempt on the primary failed tries a fallback, after giving up on the
 * primary.
 */
export const fallbackEngaged = {
  id: 'fallback_engaged',
  category: 'retry_path',
  on: 'scenario',
  check: (ctx) => checkFallbackEngaged(ctx),
} as const satisfies ScenarioRule;

function checkFallbackEngaged(ctx: ScenarioContext): Claim | null {
  if (!ctx.scenario.fallbackExpected) return null;
  // The primary is the chain's head: one route, or a load-balanced group that never fails over
  // by itself. A request needs a fallback once every attempt it made on the head failed.
  const head = new Set(headRoutes(ctx.chain));
  const primary = [...head].join(', ');
  let needed = 0;
  let engaged = 0;
  let overlapping = 0;
  let primaryBefore = 0;
  let firstFallbackAt = 0;
  for (const sample of samplesOf(ctx)) {
    // A sample cut off at its deadline is judged by stop_rule and caller_outcome.
    if (sample.outcome.kind === 'hang' || sample.attempts.length === 0) continue;
    const onHead = sample.attempts.filter((a) => head.has(a.route));
    if (onHead.some((a) => classOf(a) === '2xx_usable')) continue;
    needed += 1;
    const index = sample.attempts.findIndex((a) => !head.has(a.route));
    if (index < 0) continue;
    engaged += 1;
    const fallback = sample.attempts[index]!;
    const before = sample.attempts.slice(0, index);
    primaryBefore = Math.max(primaryBefore, before.length);
    firstFallbackAt = Math.max(firstFallbackAt, fallback.atMs);
    // Engaged after the primary was given up on: no primary attempt still open at that moment.
    if (before.some((a) => endOf(a) > fallback.atMs + WAIT_TOLERANCE_MS)) overlapping += 1;
  }
  const total = samplesOf(ctx).length;
  const figures = {
    samples_needing_fallback: needed,
    samples_with_fallback: engaged,
    samples: total,
    primary_attempts_before_fallback: primaryBefore,
    first_fallback_at_ms: round(firstFallbackAt),
  };
  if (engaged < needed) {
    return claim(
      'fail',
      figures,
      `${needed - engaged} of ${needed} samples whose every attempt on ${head.size > 1 ? `primary group ${primary}` : `primary ${primary}`} failed gave up without trying a fallback`,
    );
  }
  if (overlapping > 0) {
    return claim(
      'fail',
      figures,
      `${overlapping} sample(s) sent the fallback while a primary attempt was still open`,
    );
  }
  if (needed === 0) {
    return claim(
      'unknown',
      figures,
      'no sample exhausted the primary, so falling back was not exercised',
    );
  }
  return claim(
    'pass',
    figures,
    `every sample that exhausted the primary fell back, after ${primaryBefore} primary attempt(s) at most`,
  );
}
