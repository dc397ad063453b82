import type { Chain, RetryPolicy, Target } from '../../routing/index.js';
import { waitBounds } from '../../retry/index.js';
import { type ScenarioContext, endOf, round, samplesOf, waitSlack } from '../scenario-context.js';
import { claim, type Claim, type ScenarioRule } from './rule.js';

// Retry-after: a route that announced when to come back is not retried sooner.

/**
 * Honouring retry-after is only told apart from backing off when the announced wait is clearly
 * longer than what the policy waits anyway: at least this many times the backoff ceiling.
 */
export const CLEARLY_LONGER = 2;

/** No retry to a route before the retry-after it announced, where a declared policy honours it. */
export const retryAfterHonoured = {
  id: 'retry_after_honoured',
  category: 'retry_path',
  on: 'scenario',
  check: (ctx) => checkRetryAfterHonoured(ctx),
} as const satisfies ScenarioRule;

function checkRetryAfterHonoured(ctx: ScenarioContext): Claim | null {
  const { announced, followed, telling, shortestGap, longestCeiling, worst } = tally(ctx);
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
  if (worst) {
    return claim(
      'fail',
      { ...figures, announced_ms: worst.ms },
      `retried route ${worst.route} ${round(worst.gap)} ms after it announced retry-after ${worst.ms} ms`,
    );
  }
  if (followed === 0) {
    return claim(
      'pass',
      figures,
      'the caller did not return to a route before its retry-after (it did not return at all)',
    );
  }
  if (telling === 0) {
    return claim(
      'unknown',
      { ...figures, backoff_ceiling_ms: round(longestCeiling) },
      `the announced wait is not clearly longer (${CLEARLY_LONGER}×) than the policy's own backoff of up to ${round(longestCeiling)} ms, so honouring it cannot be told from backing off`,
    );
  }
  return claim(
    'pass',
    figures,
    `every retry came after the announced time (shortest gap ${round(shortestGap)} ms)`,
  );
}

/** What the scenario's retry-after announcements and the retries after them add up to. */
interface Tally {
  /** Announcements the declared policy promised to honour. */
  announced: number;
  /** Of those, how many the caller came back to the same route after. */
  followed: number;
  /** Of those, how many announced a wait clearly longer than the policy's own backoff. */
  telling: number;
  shortestGap: number;
  longestCeiling: number;
  /** The retry that came back soonest before its announced time, if any did. */
  worst: { gap: number; ms: number; route: string } | null;
}

function tally(ctx: ScenarioContext): Tally {
  const t: Tally = {
    announced: 0,
    followed: 0,
    telling: 0,
    shortestGap: Infinity,
    longestCeiling: 0,
    worst: null,
  };
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
      t.announced += 1;
      const j = sample.attempts.findIndex((b, k) => k > i && b.route === a.route);
      const next = sample.attempts[j];
      if (!next || (replay?.conforms && j !== i + 1)) return;
      t.followed += 1;
      const gap = next.atMs - endOf(a);
      t.shortestGap = Math.min(t.shortestGap, gap);
      // What the policy would have waited before that retry without the announcement.
      const policy = wait?.policy ?? ctx.policies.get(a.route)?.route ?? null;
      const ceiling = policy
        ? wait
          ? Math.max(...wait.readings.map((r) => waitBounds(r.policy, r.retry).maxMs))
          : Math.max(0, ...backoffCeilingsOf(policy))
        : 0;
      t.longestCeiling = Math.max(t.longestCeiling, ceiling);
      if (a.retryAfterMs >= CLEARLY_LONGER * ceiling) t.telling += 1;
      if (
        gap + waitSlack(a.retryAfterMs) < a.retryAfterMs &&
        (!t.worst || gap - a.retryAfterMs < t.worst.gap - t.worst.ms)
      ) {
        t.worst = { gap, ms: a.retryAfterMs, route: a.route };
      }
    });
  }
  return t;
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
