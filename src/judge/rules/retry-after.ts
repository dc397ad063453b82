import type { Chain, RetryPolicy, Target } from '../../routing/index.js';
import { waitBounds } from '../../retry/index.js';
import { type Ctx, endOf, round, samplesOf, waitSlack } from '../scenario-context.js';
import type { Verdict } from '../types.js';

/**
 * Honouring retry-after is only told apart from backing off when the announced wait is clearly
 * longer than what the policy waits anyway: at least this many times the backoff ceiling.
 */
export const CLEARLY_LONGER = 2;

export function retryAfterHonoured(ctx: Ctx): Verdict | null {
  let announced = 0;
  let followed = 0;
  let telling = 0;
  let shortestGap = Infinity;
  let longestCeiling = 0;
  let worst: { gap: number; ms: number; route: string } | null = null;
  for (const sample of samplesOf(ctx)) {
    const replay = ctx.replays.get(sample.sample);
    sample.attempts.forEach((a, i) => {
      if (a.retryAfterMs === null) return;
      // In a sample that followed the declared policy, an announcement counts where a policy
      // that honours retry-after retried right after it; elsewhere the policy did not promise it.
      const wait = replay?.conforms ? replay.waits.find((w) => w.after === i) : undefined;
      if (replay?.conforms && (!wait || wait.readings.some((r) => !r.policy.honourRetryAfter))) {
        return;
      }
      announced += 1;
      const j = sample.attempts.findIndex((b, k) => k > i && b.route === a.route);
      const next = sample.attempts[j];
      if (!next || (replay?.conforms && j !== i + 1)) return;
      followed += 1;
      const gap = next.atMs - endOf(a);
      shortestGap = Math.min(shortestGap, gap);
      // What the policy would have waited before that retry without the announcement.
      const policy = wait?.policy ?? ctx.policies.get(a.route)?.route ?? null;
      const ceiling = policy
        ? wait
          ? Math.max(...wait.readings.map((r) => waitBounds(r.policy, r.retry).maxMs))
          : Math.max(0, ...backoffCeilingsOf(policy))
        : 0;
      longestCeiling = Math.max(longestCeiling, ceiling);
      if (a.retryAfterMs >= CLEARLY_LONGER * ceiling) telling += 1;
      if (
        gap + waitSlack(a.retryAfterMs) < a.retryAfterMs &&
        (!worst || gap - a.retryAfterMs < worst.gap - worst.ms)
      ) {
        worst = { gap, ms: a.retryAfterMs, route: a.route };
      }
    });
  }
  if (announced === 0) return null;
  // A policy that does not honour retry-after is not judged by it; a sample that followed the
  // declared policy did what was declared.
  if (!declaresRetryAfter(ctx.chain)) return null;
  const figures = {
    announced,
    followed_by_retry: followed,
    clearly_longer_than_backoff: telling,
    shortest_gap_ms: Number.isFinite(shortestGap) ? round(shortestGap) : null,
  };
  const violation = worst as { gap: number; ms: number; route: string } | null;
  if (violation) {
    return ctx.make(
      'retry_after_honoured',
      'fail',
      { ...figures, announced_ms: violation.ms },
      `retried route ${violation.route} ${round(violation.gap)} ms after it announced retry-after ${violation.ms} ms`,
    );
  }
  if (followed === 0) {
    return ctx.make(
      'retry_after_honoured',
      'pass',
      figures,
      'the caller did not return to a route before its retry-after (it did not return at all)',
    );
  }
  if (telling === 0) {
    return ctx.make(
      'retry_after_honoured',
      'unknown',
      { ...figures, backoff_ceiling_ms: round(longestCeiling) },
      `the announced wait is not clearly longer (${CLEARLY_LONGER}×) than the policy's own backoff of up to ${round(longestCeiling)} ms, so honouring it cannot be told from backing off`,
    );
  }
  return ctx.make(
    'retry_after_honoured',
    'pass',
    figures,
    `every retry came after the announced time (shortest gap ${round(shortestGap)} ms)`,
  );
}

function backoffCeilingsOf(policy: RetryPolicy): number[] {
  return Array.from(
    { length: Math.max(1, policy.maxAttempts - 1) },
    (_, i) => waitBounds(policy, i + 1).maxMs,
  );
}

/** Whether any policy of the chain honours retry-after. */
function declaresRetryAfter(chain: Chain): boolean {
  const policies: RetryPolicy[] = chain.layers.map((l) => l.retry);
  const walk = (t: Target) => {
    if (t.retry) policies.push(t.retry);
    if (t.kind !== 'route') t.targets.forEach(walk);
  };
  walk(chain.target);
  return policies.some((p) => p.honourRetryAfter);
}
