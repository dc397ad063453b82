import type { RetryPolicy } from '../routing/index.js';
import { waitBounds } from '../retry/index.js';
import { classOf, endOf, samplesOf, type ScenarioContext } from './scenario-context.js';

export interface Wait {
  /** The attempt before this wait was one the caller gave up on. */
  abandoned: boolean;
  sample: number;
  route: string;
  /** Which retry of the policy this wait precedes (1 = first retry). */
  retry: number;
  policy: RetryPolicy;
  waitedMs: number;
  /** The smallest wait any reading of the declared policy allows here. */
  minMs: number;
  /** The wait's span on the sample's clock: from the answer (or giving up) to the next attempt. */
  fromMs: number;
  toMs: number;
}

/**
 * Waits between a retryable failure and the next attempt, skipping waits a retry-after set. For a
 * sample that follows the declared policy, the replay names the policy and retry behind each
 * wait exactly (whatever member a load balancer picked, whichever group or layer retried);
 * otherwise the wait between two attempts on the same route is attributed to the route's policy.
 */
export function retryWaits(
  ctx: Pick<ScenarioContext, 'scenario' | 'replays' | 'policies'>,
): Wait[] {
  const waits: Wait[] = [];
  for (const sample of samplesOf(ctx)) {
    const attempts = sample.attempts;
    const replay = ctx.replays.get(sample.sample);
    if (replay?.conforms) {
      for (const w of replay.waits) {
        const prev = attempts[w.after];
        const next = attempts[w.after + 1];
        if (!prev || !next || w.reason !== 'backoff') continue;
        if (classOf(prev) !== 'retryable' || prev.retryAfterMs !== null) continue;
        waits.push({
          abandoned: prev.durationMs === null,
          sample: sample.sample,
          route: next.route,
          retry: w.retry,
          policy: w.policy,
          waitedMs: next.atMs - endOf(prev),
          minMs: Math.min(...w.readings.map((r) => waitBounds(r.policy, r.retry).minMs)),
          fromMs: endOf(prev),
          toMs: next.atMs,
        });
      }
      continue;
    }
    let run = 0;
    for (let i = 1; i < attempts.length; i++) {
      const prev = attempts[i - 1]!;
      const next = attempts[i]!;
      if (prev.route !== next.route) {
        run = 0;
        continue;
      }
      run += 1;
      if (classOf(prev) !== 'retryable' || prev.retryAfterMs !== null) continue;
      const effective = ctx.policies.get(next.route);
      const inner = effective?.route ?? null;
      const perPass = inner?.maxAttempts ?? 1;
      // A stacked layer re-runs the inner pass: its boundary waits follow the layer's policy.
      const atBoundary = run % perPass === 0;
      const policy = atBoundary && effective?.layer ? effective.layer : inner;
      if (!policy) continue;
      const retry =
        atBoundary && effective?.layer ? run / perPass : effective?.layer ? run % perPass : run;
      const index = Math.min(retry, Math.max(1, policy.maxAttempts - 1));
      waits.push({
        abandoned: prev.durationMs === null,
        sample: sample.sample,
        route: next.route,
        retry: index,
        policy,
        waitedMs: next.atMs - endOf(prev),
        minMs: waitBounds(policy, index).minMs,
        fromMs: endOf(prev),
        toMs: next.atMs,
      });
    }
  }
  return waits;
}
