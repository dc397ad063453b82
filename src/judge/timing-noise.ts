import type { RoutingPlan } from '../routing/index.js';
import { routeOrder, waitBounds } from '../retry/index.js';
import {
  type AttemptRecord,
  type ScenarioObservation,
  stallAround,
} from '../observations/index.js';
import type { Verdict } from './types.js';

// A timing verdict is a claim about moments on the wire, and those moments are only as good as
// the gate's own clock reading them. While a scenario runs the probe measures how late its event
// loop ran (and, for the command driver, how late each sample started): that disturbance is what
// any moment in the scenario may be off by. Here each timing verdict's margin, the distance
// between what was observed and the threshold that would flip it, is set against that
// disturbance. A verdict whose margin lies within it proves nothing either way: the probe runs
// the scenario once more, and if it is still inside the noise the verdict is unknown, with the
// measured delay named. It is never a fail and never a pass.

/** What the judge needs to tell a verdict's margin; scenario-verdicts.ts supplies it. */
export interface NoiseContext {
  plan: RoutingPlan;
  scenario: ScenarioObservation;
  /** Waits between a retryable failure and the next attempt on its route, with their policy. */
  waits: readonly {
    abandoned: boolean;
    sample: number;
    retry: number;
    policy: Parameters<typeof waitBounds>[0];
    waitedMs: number;
    fromMs: number;
    toMs: number;
  }[];
  /** The slack the floor check allows a wait of `requiredMs` and after an abandoned attempt. */
  waitSlack: (requiredMs: number) => number;
  abandonToleranceMs: number;
  nearZeroShare: number;
  waitToleranceMs: number;
}

/**
 * The verdict as it stands, or as unknown when its margin lies within the scenario's measured
 * disturbance. Verdicts that do not depend on timing, and scenarios without a measurement, pass
 * through unchanged.
 */
export function judgeTimingNoise(ctx: NoiseContext, verdict: Verdict): Verdict {
  const timing = ctx.scenario.timing;
  if (!timing || timing.disturbanceMs <= 0 || verdict.status === 'unknown') return verdict;
  const found = timingMargin(ctx, verdict);
  if (found === null) return verdict;
  const { margin, disturbanceMs } = found;
  if (disturbanceMs <= 0 || margin > disturbanceMs) return verdict;
  const late =
    timing.lateStartMaxMs !== null
      ? `, samples started up to ${timing.lateStartMaxMs} ms late`
      : '';
  const runs = timing.runs === 2 ? ' in both runs' : '';
  return {
    ...verdict,
    status: 'unknown',
    figures: {
      ...verdict.figures,
      observed_status: verdict.status,
      margin_ms: round(margin),
      measured_delay_ms: disturbanceMs,
    },
    reason: `inside the timing noise${runs}: the margin of ${round(margin)} ms is within the ${disturbanceMs} ms the gate's own timing may be off by there (event loop up to ${timing.eventLoopDelayMaxMs} ms late in the scenario${late}); observed: ${verdict.reason}`,
  };
}

/** Whether any of a scenario's verdicts sits inside its measured disturbance. */
export function anyInsideNoise(verdicts: readonly Verdict[]): boolean {
  return verdicts.some((v) => v.figures.observed_status !== undefined);
}

/** How far an observation is from flipping its verdict, and the disturbance that applies there. */
export interface Margin {
  margin: number;
  disturbanceMs: number;
}

/**
 * The verdict's margin in ms against the disturbance that could have moved it; null when the
 * verdict does not rest on timing (a count, say) or the figures do not say. A single wait is set
 * against the stalls that overlapped it when those were recorded; otherwise, and for verdicts
 * over the whole scenario, against the scenario's disturbance.
 */
export function timingMargin(ctx: NoiseContext, verdict: Verdict): Margin | null {
  const whole = (margin: number | null): Margin | null =>
    margin === null ? null : { margin, disturbanceMs: ctx.scenario.timing?.disturbanceMs ?? 0 };
  switch (verdict.id) {
    case 'backoff_present':
      return backoffMargin(ctx, verdict);
    case 'jitter_present': {
      const spread = num(verdict.figures.largest_spread_ms);
      const needed = num(verdict.figures.spread_needed_ms);
      return whole(spread === null || needed === null ? null : Math.abs(spread - needed));
    }
    case 'retry_after_honoured':
      return retryAfterMargin(ctx, verdict);
    case 'terminal_not_retried':
      return whole(verdict.status === 'fail' ? terminalMargin(ctx) : null);
    case 'stop_rule':
      return whole(stopRuleMargin(ctx, verdict));
    case 'caller_outcome':
      return whole(num(verdict.figures.hang) ? hangMargin(ctx) : null);
    case 'fallback_engaged':
      return whole(
        verdict.status === 'fail' && verdict.reason.includes('still open')
          ? overlapMargin(ctx)
          : null,
      );
    default:
      return null;
  }
}

/**
 * The disturbance over one span of a sample's timeline: the stalls of the gate's loop around its
 * two ends, when stalls were recorded; the scenario's disturbance otherwise.
 */
function localDisturbance(ctx: NoiseContext, sample: number, fromMs: number, toMs: number): number {
  const timing = ctx.scenario.timing;
  if (!timing) return 0;
  const start = ctx.scenario.samples.find((s) => s.sample === sample)?.startedAtMs;
  if (!timing.stalls || start === undefined) return timing.disturbanceMs;
  const own = stallAround(timing.stalls, start + fromMs, start + toMs);
  // A command sample's own process may have been slowed too: its start lateness says how much.
  return Math.max(own, timing.lateStartMaxMs ?? 0);
}

/** Of several (margin, disturbance) pairs, the one that decides: noise if any fits, else the tightest. */
function deciding(pairs: Margin[], anyInside: boolean): Margin | null {
  if (pairs.length === 0) return null;
  const inside = pairs.filter((p) => p.margin <= p.disturbanceMs);
  const pool = anyInside && inside.length > 0 ? inside : pairs;
  return pool.reduce((a, b) => (b.margin - b.disturbanceMs < a.margin - a.disturbanceMs ? b : a));
}

/** Positive: by how much a wait cleared its threshold; negative: by how much it fell short. */
function waitMargins(ctx: NoiseContext) {
  return ctx.waits.map((w) => {
    const { minMs, maxMs } = waitBounds(w.policy, w.retry);
    const d = localDisturbance(ctx, w.sample, w.fromMs, w.toMs);
    if (w.policy.jitter === 'full') {
      return { floor: false, m: w.waitedMs - ctx.nearZeroShare * maxMs, d };
    }
    const slack = w.abandoned ? ctx.abandonToleranceMs : ctx.waitSlack(minMs);
    return { floor: true, m: w.waitedMs + slack - minMs, d };
  });
}

function backoffMargin(ctx: NoiseContext, verdict: Verdict): Margin | null {
  const margins = waitMargins(ctx);
  if (margins.length === 0) return null;
  const floor = margins.filter((w) => w.floor);
  const full = margins.filter((w) => !w.floor);
  const needed = num(verdict.figures.near_zero_needed);
  if (verdict.status === 'fail') {
    const short = floor.filter((w) => w.m < 0);
    if (short.length > 0) {
      // A fail stands if any violation is clear of its own noise.
      const pairs = short.map((w) => ({ margin: -w.m, disturbanceMs: w.d }));
      return pairs.some((p) => p.margin > p.disturbanceMs)
        ? { margin: Infinity, disturbanceMs: 0 }
        : deciding(pairs, true);
    }
    if (needed === null) return null;
    const nearZero = full.filter((w) => w.m < 0);
    const clear = nearZero.filter((w) => -w.m > w.d).length;
    if (clear >= needed) return { margin: Infinity, disturbanceMs: 0 };
    return deciding(
      nearZero.map((w) => ({ margin: -w.m, disturbanceMs: w.d })),
      true,
    );
  }
  const pairs: Margin[] = floor.map((w) => ({ margin: w.m, disturbanceMs: w.d }));
  if (needed !== null) {
    // For the pass to flip, enough more waits would have to sit near zero: it stands if too few
    // of those above the line are within their noise of it.
    const nearZero = full.filter((w) => w.m < 0).length;
    const doubtful = full.filter((w) => w.m >= 0 && w.m <= w.d);
    if (nearZero + doubtful.length >= needed) {
      pairs.push(...doubtful.map((w) => ({ margin: w.m, disturbanceMs: w.d })));
    }
  }
  if (pairs.length === 0) return null;
  return deciding(pairs, true);
}

function endOf(a: AttemptRecord): number {
  return a.atMs + (a.durationMs ?? a.abandonedAfterMs ?? 0);
}

function retryAfterMargin(ctx: NoiseContext, verdict: Verdict): Margin | null {
  const pairs: Margin[] = [];
  for (const sample of ctx.scenario.samples) {
    sample.attempts.forEach((a, i) => {
      if (a.retryAfterMs === null) return;
      const next = sample.attempts.slice(i + 1).find((b) => b.route === a.route);
      if (!next) return;
      const m = next.atMs - endOf(a) + ctx.waitSlack(a.retryAfterMs) - a.retryAfterMs;
      pairs.push({
        margin: m,
        disturbanceMs: localDisturbance(ctx, sample.sample, endOf(a), next.atMs),
      });
    });
  }
  if (pairs.length === 0) return null;
  if (verdict.status === 'fail') {
    const short = pairs.filter((p) => p.margin < 0).map((p) => ({ ...p, margin: -p.margin }));
    if (short.length === 0) return null;
    return short.some((p) => p.margin > p.disturbanceMs)
      ? { margin: Infinity, disturbanceMs: 0 }
      : deciding(short, true);
  }
  return deciding(pairs, true);
}

/**
 * A caller that retries after a terminal answer may simply not have read it before its own
 * timeout fired: the margin is how long the answer sat ready before that timeout.
 */
function terminalMargin(ctx: NoiseContext): number | null {
  const routes = new Map(ctx.plan.routes.map((r) => [r.name, r]));
  const bound = ctx.scenario.deadlineMs ?? null;
  const margins: number[] = [];
  for (const sample of ctx.scenario.samples) {
    sample.attempts.forEach((a, i) => {
      if (a.status === null || a.status < 400 || a.durationMs === null) return;
      const retried = sample.attempts.slice(i + 1).some((b) => b.route === a.route);
      if (!retried) return;
      const timeout = routes.get(a.route)?.timeoutMs ?? bound;
      if (timeout !== null) margins.push(timeout - a.durationMs);
    });
  }
  return margins.length > 0 ? Math.max(...margins) : null;
}

/**
 * A sample counts as a hang when it is still running at its deadline; a well-behaved caller ends
 * by the declared ceiling. Noise can turn one into the other only when the two are close.
 */
function hangMargin(ctx: NoiseContext): number | null {
  const { deadlineMs, declaredCeilingMs } = ctx.scenario;
  return deadlineMs === undefined || declaredCeilingMs === undefined
    ? null
    : Math.abs(deadlineMs - declaredCeilingMs);
}

function stopRuleMargin(ctx: NoiseContext, verdict: Verdict): number | null {
  const f = verdict.figures;
  // Too many attempts is a count, not a moment.
  if (num(f.attempts_after_budget_per_request)) return null;
  if (num(f.samples_still_running_at_deadline) && !num(f.attempts_after_max_elapsed)) {
    return hangMargin(ctx);
  }
  const limit = num(f.budget_max_elapsed_ms);
  const last = num(f.last_attempt_after_ms);
  if (limit === null || last === null) return null;
  if (verdict.status === 'fail') return Math.max(0, last - limit);
  return limit - last;
}

function overlapMargin(ctx: NoiseContext): number | null {
  const chain = ctx.plan.chains.find((c) => c.name === ctx.scenario.chain);
  if (!chain) return null;
  const primary = routeOrder(chain.target)[0];
  let overlap: number | null = null;
  for (const sample of ctx.scenario.samples) {
    const index = sample.attempts.findIndex((a) => a.route !== primary);
    if (index < 0) continue;
    const at = sample.attempts[index]!.atMs;
    for (const a of sample.attempts.slice(0, index)) {
      const by = endOf(a) - at - ctx.waitToleranceMs;
      if (by > 0) overlap = Math.max(overlap ?? 0, by);
    }
  }
  return overlap;
}

function num(value: Verdict['figures'][string] | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
