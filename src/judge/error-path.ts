import { classifyHttpStatus, type StatusClass } from '../contract/index.js';
import type { Chain, RetryPolicy, RoutingPlan, Target } from '../routing/index.js';
import {
  type AttemptOutcome,
  headRoutes,
  type Replay,
  replayPolicy,
  waitBounds,
  worstCaseChainAttempts,
} from '../retry/index.js';
import type { AttemptRecord, ScenarioObservation, ScenarioSample } from '../observations/index.js';
import { anyInsideNoise, judgeTimingNoise } from './timing-noise.js';
import type { Verdict, VerdictStatus } from './types.js';

// Verdicts from the injected-fault scenarios: what the caller's stack really did on the wire,
// against the declared policy and the budget. Each verdict carries its numbers and one line of
// reason; "unknown" means the fact could not be observed and is never a guess.

export const ERROR_PATH_VERDICTS = [
  'attempts_within_budget',
  'attempts_within_declared_policy',
  'backoff_present',
  'jitter_present',
  'retry_after_honoured',
  'terminal_not_retried',
  'stop_rule',
  'fallback_engaged',
  'caller_outcome',
] as const;
export type ErrorPathVerdictId = (typeof ERROR_PATH_VERDICTS)[number];

/** Timer slack allowed when comparing two moments on the wire. */
export const WAIT_TOLERANCE_MS = 2;
/**
 * Slack allowed when a caller's wait is compared with what it had to wait: a caller's timers
 * count from its event loop's cached time and fire early by however long that loop was busy,
 * a few milliseconds on a loaded machine. A caller that ignores the rule is far off.
 */
export function waitSlack(requiredMs: number): number {
  return Math.max(5, 0.02 * requiredMs);
}
/**
 * The proxy learns that a caller gave up on a hung attempt only when the closed socket is
 * handled, which a busy machine can delay: waits after an abandoned attempt get this slack.
 */
export const ABANDON_TOLERANCE_MS = 50;
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

/** The error-path verdicts that fail the gate when they fail. */
export function isGatingErrorPathVerdict(verdict: Verdict): boolean {
  return (ERROR_PATH_VERDICTS as readonly string[]).includes(verdict.id);
}

export function errorPathVerdicts(
  plan: RoutingPlan,
  scenarios: readonly ScenarioObservation[],
): Verdict[] {
  return scenarios.flatMap((scenario) => {
    const chain = plan.chains.find((c) => c.name === scenario.chain);
    if (!chain) return [];
    const subject = `chain:${scenario.chain}/scenario:${scenario.scenario}`;
    const make = (
      id: ErrorPathVerdictId,
      status: VerdictStatus,
      figures: Verdict['figures'],
      reason: string,
    ): Verdict => ({ id, subject, status, figures, reason });
    if (scenario.samples.length === 0) {
      return [
        make(
          'caller_outcome',
          'unknown',
          { samples: 0 },
          scenario.evidenceGaps[0] ?? 'no sample of this scenario was observed',
        ),
      ];
    }
    const ctx: Ctx = {
      plan,
      chain,
      scenario,
      make,
      policies: routePolicies(chain),
      replays: new Map(scenario.samples.map((s) => [s.sample, replaySample(plan, chain, s)])),
    };
    const noise = {
      plan,
      scenario,
      waits: retryWaits(ctx),
      waitSlack,
      abandonToleranceMs: ABANDON_TOLERANCE_MS,
      nearZeroShare: NEAR_ZERO_SHARE,
      waitToleranceMs: WAIT_TOLERANCE_MS,
    };
    return [
      attemptsWithinBudget(ctx),
      attemptsWithinDeclared(ctx),
      ...backoffAndJitter(ctx),
      retryAfterHonoured(ctx),
      terminalNotRetried(ctx),
      stopRule(ctx),
      fallbackEngaged(ctx),
      callerOutcome(ctx),
    ]
      .filter((v): v is Verdict => v !== null)
      .map((v) => judgeTimingNoise(noise, v));
  });
}

interface Ctx {
  plan: RoutingPlan;
  chain: Chain;
  scenario: ScenarioObservation;
  make: (
    id: ErrorPathVerdictId,
    status: VerdictStatus,
    figures: Verdict['figures'],
    reason: string,
  ) => Verdict;
  policies: Map<string, EffectivePolicy>;
  /** Each sample replayed against the declared policy (see retry/replay.ts). */
  replays: Map<number, Replay>;
}

/** Slack for the max-elapsed stop rule when a sample is replayed against the declared policy. */
export const REPLAY_SLACK_MS = 200;

function replaySample(plan: RoutingPlan, chain: Chain, sample: ScenarioSample): Replay {
  return replayPolicy(
    chain,
    plan.routes,
    sample.attempts.map((a) => ({
      route: a.route,
      startMs: a.atMs,
      endMs: endOf(a),
      outcome: outcomeOf(a),
    })),
    { cutOff: sample.outcome.kind === 'hang', slackMs: REPLAY_SLACK_MS },
  );
}

/** An attempt as the retry core sees it. */
function outcomeOf(a: AttemptRecord): AttemptOutcome {
  const cls = classOf(a);
  if (cls === '2xx_usable') return { ok: true };
  if (cls === '2xx_unusable') {
    return { ok: false, status: a.status, retryAfterMs: null, unusable: true };
  }
  return { ok: false, status: a.status, retryAfterMs: a.retryAfterMs };
}

/** Whether the sample did exactly what the declared policy does with the same answers. */
function conforms(ctx: Ctx, sample: ScenarioSample): boolean {
  return ctx.replays.get(sample.sample)?.conforms === true;
}

interface EffectivePolicy {
  /** The policy that retries this route directly (its own, or its nearest group's). */
  route: RetryPolicy | null;
  /** The innermost retry layer stacked on the chain. */
  layer: RetryPolicy | null;
}

function routePolicies(chain: Chain): Map<string, EffectivePolicy> {
  const layer = chain.layers.at(-1)?.retry ?? null;
  const out = new Map<string, EffectivePolicy>();
  const walk = (target: Target, inherited: RetryPolicy | null) => {
    if (target.kind === 'route') {
      if (!out.has(target.route))
        out.set(target.route, { route: target.retry ?? inherited, layer });
      return;
    }
    for (const child of target.targets) walk(child, target.retry ?? inherited);
  };
  walk(chain.target, null);
  return out;
}

function classOf(a: AttemptRecord): StatusClass {
  if (a.statusClass) return a.statusClass;
  if (a.status === null) return 'retryable';
  return (
    classifyHttpStatus(a.status)?.statusClass ?? (a.fault === 'ok' ? '2xx_usable' : '2xx_unusable')
  );
}

/** When the caller had the answer (or gave up waiting for it): the start of its wait. */
function endOf(a: AttemptRecord): number {
  return a.atMs + (a.durationMs ?? a.abandonedAfterMs ?? 0);
}

const samplesOf = (ctx: Ctx) => ctx.scenario.samples;
const counts = (ctx: Ctx) => samplesOf(ctx).map((s) => s.attempts.length);

function attemptsWithinBudget(ctx: Ctx): Verdict {
  const limit = ctx.plan.budget.maxAttemptsPerRequest;
  const most = Math.max(...counts(ctx));
  const figures = {
    max_attempts_observed: most,
    min_attempts_observed: Math.min(...counts(ctx)),
    budget: limit,
    samples: samplesOf(ctx).length,
  };
  if (ctx.scenario.evidenceGaps.length > 0) {
    return ctx.make(
      'attempts_within_budget',
      'unknown',
      figures,
      `attempt log incomplete: ${ctx.scenario.evidenceGaps[0]}`,
    );
  }
  return most <= limit
    ? ctx.make(
        'attempts_within_budget',
        'pass',
        figures,
        `at most ${most} upstream attempts per request (budget ${limit})`,
      )
    : ctx.make(
        'attempts_within_budget',
        'fail',
        figures,
        `${most} upstream attempts for one request, over the budget of ${limit}`,
      );
}

function attemptsWithinDeclared(ctx: Ctx): Verdict {
  const declared = worstCaseChainAttempts(ctx.chain);
  const most = Math.max(...counts(ctx));
  const figures = {
    max_attempts_observed: most,
    declared_worst_case: declared,
    declared_this_scenario: ctx.scenario.declaredAttempts ?? null,
  };
  if (ctx.scenario.evidenceGaps.length > 0) {
    return ctx.make(
      'attempts_within_declared_policy',
      'unknown',
      figures,
      `attempt log incomplete: ${ctx.scenario.evidenceGaps[0]}`,
    );
  }
  return most <= declared
    ? ctx.make(
        'attempts_within_declared_policy',
        'pass',
        figures,
        `at most ${most} attempts, within the chain's declared worst case of ${declared}`,
      )
    : ctx.make(
        'attempts_within_declared_policy',
        'fail',
        figures,
        `${most} attempts, more than the chain's declared worst case of ${declared}: some layer retries that the config does not declare`,
      );
}

interface Wait {
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
function retryWaits(ctx: Ctx): Wait[] {
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

function backoffAndJitter(ctx: Ctx): (Verdict | null)[] {
  const waits = retryWaits(ctx);
  if (waits.length === 0) {
    // Nothing to measure where the declared policy would not back off either.
    if (ctx.scenario.declaredBackoffWaits === 0) return [];
    return [
      ctx.make(
        'backoff_present',
        'unknown',
        { waits_checked: 0 },
        'no retry after a retryable failure was observed, so no backoff could be measured',
      ),
    ];
  }
  return [backoffVerdict(ctx, waits), jitterVerdict(ctx, waits)];
}

function backoffVerdict(ctx: Ctx, waits: Wait[]): Verdict {
  const below = waits
    .map((w) => ({ w, min: w.minMs }))
    .filter(
      ({ w, min }) => w.waitedMs + (w.abandoned ? ABANDON_TOLERANCE_MS : waitSlack(min)) < min,
    );
  const shortest = Math.min(...waits.map((w) => w.waitedMs));
  const figures = {
    waits_checked: waits.length,
    shortest_wait_ms: round(shortest),
    longest_wait_ms: round(Math.max(...waits.map((w) => w.waitedMs))),
    below_declared_minimum: below.length,
  };
  if (below.length > 0) {
    const { w, min } = below[0]!;
    return ctx.make(
      'backoff_present',
      'fail',
      { ...figures, declared_minimum_ms: round(min) },
      `waited ${round(w.waitedMs)} ms before retry ${w.retry} on route ${w.route}; the declared minimum is ${round(min)} ms`,
    );
  }
  const full = waits.filter((w) => w.policy.jitter === 'full');
  if (full.length === 0) {
    return ctx.make(
      'backoff_present',
      'pass',
      figures,
      `${waits.length} waits, each at least its declared minimum (shortest ${round(shortest)} ms)`,
    );
  }
  // Full jitter has no per-wait floor: a caller without backoff shows up as most waits sitting
  // near zero, which a jittering caller does only with probability FALSE_ALARM.
  const needed = nearZeroWaitsNeeded(full.length);
  const thresholds = full.map((w) => NEAR_ZERO_SHARE * waitBounds(w.policy, w.retry).maxMs);
  if (needed === null || Math.min(...thresholds) < NOISE_FLOOR_MS) {
    return ctx.make(
      'backoff_present',
      full.length === waits.length ? 'unknown' : 'pass',
      { ...figures, full_jitter_waits: full.length },
      `full jitter has no minimum wait, and ${full.length} waits are too few (or their ceilings too short) to tell backoff from scheduling noise`,
    );
  }
  const nearZero = full.filter((w, i) => w.waitedMs < thresholds[i]!).length;
  const counts = {
    ...figures,
    full_jitter_waits: full.length,
    near_zero_waits: nearZero,
    near_zero_needed: needed,
  };
  if (nearZero >= needed) {
    return ctx.make(
      'backoff_present',
      'fail',
      counts,
      `no backoff: ${nearZero} of ${full.length} waits stayed under ${NEAR_ZERO_SHARE * 100}% of their declared ceiling (a jittering caller would leave at most ${needed - 1})`,
    );
  }
  return ctx.make(
    'backoff_present',
    'pass',
    counts,
    `${waits.length} waits; ${full.length - nearZero} of ${full.length} full-jitter waits clearly above zero (longest ${figures.longest_wait_ms} ms)`,
  );
}

function jitterVerdict(ctx: Ctx, waits: Wait[]): Verdict | null {
  const ids = new Map<RetryPolicy, number>();
  const idOf = (p: RetryPolicy) => ids.get(p) ?? (ids.set(p, ids.size), ids.size - 1);
  // The same retry of the same policy, across concurrent samples.
  const groups = [...groupBy(waits, (w) => `${idOf(w.policy)}#${w.retry}`).values()].filter(
    (g) => g[0]!.policy.jitter !== 'none',
  );
  if (groups.length === 0) return null;
  const eligible = groups
    .filter((g) => g.length >= MIN_JITTER_SAMPLES)
    .map((g) => {
      const { minMs, maxMs } = waitBounds(g[0]!.policy, g[0]!.retry);
      const values = g.map((w) => w.waitedMs);
      return {
        needed: jitterSpreadShare(g.length) * (maxMs - minMs),
        spread: Math.max(...values) - Math.min(...values),
      };
    })
    .filter((g) => g.needed >= NOISE_FLOOR_MS);
  if (eligible.length === 0) {
    return ctx.make(
      'jitter_present',
      'unknown',
      { samples: samplesOf(ctx).length, required_samples: MIN_JITTER_SAMPLES },
      'too few concurrent samples of the same retry, or a declared jitter range too narrow, to tell jitter from scheduling noise',
    );
  }
  const best = eligible.reduce((a, b) => (b.spread / b.needed > a.spread / a.needed ? b : a));
  const figures = {
    retries_compared: eligible.length,
    largest_spread_ms: round(best.spread),
    spread_needed_ms: round(best.needed),
  };
  return best.spread >= best.needed
    ? ctx.make(
        'jitter_present',
        'pass',
        figures,
        `concurrent samples' waits for the same retry spread by ${round(best.spread)} ms`,
      )
    : ctx.make(
        'jitter_present',
        'fail',
        figures,
        `jitter is declared but concurrent samples retried in lockstep (spread ${round(best.spread)} ms, at least ${round(best.needed)} ms expected)`,
      );
}

/**
 * Honouring retry-after is only told apart from backing off when the announced wait is clearly
 * longer than what the policy waits anyway: at least this many times the backoff ceiling.
 */
export const CLEARLY_LONGER = 2;

function retryAfterHonoured(ctx: Ctx): Verdict | null {
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

function terminalNotRetried(ctx: Ctx): Verdict | null {
  let terminal = 0;
  let retried = 0;
  let example: string | null = null;
  for (const sample of samplesOf(ctx)) {
    // Returning after a terminal answer is what the declared policy does when an outer retry
    // re-runs a group whose last member failed in a retryable way: a sample that followed the
    // declared policy is not counted.
    const declared = conforms(ctx, sample);
    sample.attempts.forEach((a, i) => {
      if (classOf(a) !== 'terminal') return;
      terminal += 1;
      if (declared) return;
      const again = sample.attempts.slice(i + 1).filter((b) => b.route === a.route).length;
      if (again > 0) {
        retried += again;
        example ??= `route ${a.route} was tried ${again} more time(s) after HTTP ${a.status}`;
      }
    });
  }
  if (terminal === 0) return null;
  const figures = { terminal_answers: terminal, attempts_after_terminal: retried };
  return retried === 0
    ? ctx.make(
        'terminal_not_retried',
        'pass',
        figures,
        `${terminal} terminal answers, none retried on the same route`,
      )
    : ctx.make(
        'terminal_not_retried',
        'fail',
        figures,
        `a terminal status was retried: ${example ?? ''}`,
      );
}

function stopRule(ctx: Ctx): Verdict {
  const { maxAttemptsPerRequest: limit, maxElapsedMs } = ctx.plan.budget;
  /** Per request: the most any one sample went past the budget. */
  let afterBudget = 0;
  let afterElapsed = 0;
  let lastSpan = 0;
  for (const sample of samplesOf(ctx)) {
    const first = sample.attempts[0];
    if (!first) continue;
    afterBudget = Math.max(afterBudget, sample.attempts.length - limit);
    for (const a of sample.attempts) {
      const since = a.atMs - first.atMs;
      lastSpan = Math.max(lastSpan, since);
      if (maxElapsedMs !== null && since > maxElapsedMs) afterElapsed += 1;
    }
  }
  const hung = samplesOf(ctx).filter((s) => s.outcome.kind === 'hang').length;
  const silent = samplesOf(ctx).filter((s) => s.attempts.length === 0).length;
  const figures = {
    budget_attempts: limit,
    budget_max_elapsed_ms: maxElapsedMs,
    last_attempt_after_ms: round(lastSpan),
    attempts_after_budget_per_request: afterBudget,
    attempts_after_max_elapsed: afterElapsed,
    samples_still_running_at_deadline: hung,
  };
  if (afterBudget > 0 || afterElapsed > 0) {
    const what =
      afterBudget > 0
        ? `${afterBudget} attempt(s) in one request after the ${limit}-attempt budget was spent`
        : `${afterElapsed} attempt(s) across the samples started after the ${maxElapsedMs} ms limit`;
    return ctx.make('stop_rule', 'fail', figures, `the caller did not stop: ${what}`);
  }
  if (hung > 0) {
    return ctx.make(
      'stop_rule',
      'fail',
      figures,
      `${hung} sample(s) were still running at the ${ctx.scenario.deadlineMs ?? '?'} ms deadline`,
    );
  }
  if (silent > 0) {
    return ctx.make(
      'stop_rule',
      'unknown',
      { ...figures, samples_without_request: silent },
      `${silent} sample(s) made no request, so stopping was not observed (the caller may not have started)`,
    );
  }
  return ctx.make(
    'stop_rule',
    'pass',
    figures,
    `every sample stopped within the budget (last attempt ${round(lastSpan)} ms after the first)`,
  );
}

function fallbackEngaged(ctx: Ctx): Verdict | null {
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
    return ctx.make(
      'fallback_engaged',
      'fail',
      figures,
      `${needed - engaged} of ${needed} samples whose every attempt on ${head.size > 1 ? `primary group ${primary}` : `primary ${primary}`} failed gave up without trying a fallback`,
    );
  }
  if (overlapping > 0) {
    return ctx.make(
      'fallback_engaged',
      'fail',
      figures,
      `${overlapping} sample(s) sent the fallback while a primary attempt was still open`,
    );
  }
  if (needed === 0) {
    return ctx.make(
      'fallback_engaged',
      'unknown',
      figures,
      'no sample exhausted the primary, so falling back was not exercised',
    );
  }
  return ctx.make(
    'fallback_engaged',
    'pass',
    figures,
    `every sample that exhausted the primary fell back, after ${primaryBefore} primary attempt(s) at most`,
  );
}

function callerOutcome(ctx: Ctx): Verdict {
  const allowed = ctx.scenario.allowedOutcomes ?? ['usable', 'controlled_failure'];
  const tally = { usable: 0, controlled_failure: 0, hang: 0, unknown: 0 };
  const problems: string[] = [];
  let silent = 0;
  for (const sample of samplesOf(ctx)) {
    const outcome = sample.outcome;
    // An outcome without a single request is no evidence of how the caller handles faults.
    if (sample.attempts.length === 0 && outcome.kind !== 'hang' && outcome.kind !== 'unknown') {
      silent += 1;
      tally.unknown += 1;
      continue;
    }
    tally[outcome.kind] += 1;
    if (outcome.kind === 'hang')
      problems.push(`sample ${sample.sample} hung (stopped after ${outcome.afterMs} ms)`);
    if (outcome.kind === 'usable' && !sample.attempts.some((a) => classOf(a) === '2xx_usable')) {
      problems.push(
        `sample ${sample.sample} reported a usable answer, but no usable answer was served: it accepted an unusable body`,
      );
    }
    if (
      (outcome.kind === 'usable' || outcome.kind === 'controlled_failure') &&
      !allowed.includes(outcome.kind)
    ) {
      problems.push(
        `sample ${sample.sample} ended ${outcome.kind.replace('_', ' ')}; expected ${allowed.join(' or ').replace('_', ' ')}`,
      );
    }
  }
  const figures = { ...tally, samples: samplesOf(ctx).length };
  if (problems.length > 0) return ctx.make('caller_outcome', 'fail', figures, problems[0]!);
  if (tally.unknown > 0) {
    const why = samplesOf(ctx).find((s) => s.outcome.kind === 'unknown')?.outcome ?? null;
    return ctx.make(
      'caller_outcome',
      'unknown',
      figures,
      silent > 0
        ? `${silent} sample(s) made no request at all: the command may not have started`
        : `${tally.unknown} sample(s) ended in a way that could not be observed${why?.kind === 'unknown' ? `: ${why.reason}` : ''}`,
    );
  }
  return ctx.make(
    'caller_outcome',
    'pass',
    figures,
    `${tally.usable} usable, ${tally.controlled_failure} controlled failure, no hang`,
  );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The judge's rule for a re-run: a scenario whose verdicts sit inside its timing noise. */
export function scenarioInsideNoise(
  plan: RoutingPlan,
): (observation: ScenarioObservation) => boolean {
  return (observation) => anyInsideNoise(errorPathVerdicts(plan, [observation]));
}
