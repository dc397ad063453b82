import { classifyHttpStatus, type StatusClass } from '../contract/index.js';
import type { Chain, RetryPolicy, RoutingPlan, Target } from '../routing/index.js';
import { type AttemptOutcome, type Replay, replayPolicy } from '../retry/index.js';
import type { AttemptRecord, ScenarioObservation, ScenarioSample } from '../observations/index.js';
import type { Wait } from './retry-waits.js';

// What every verdict on one observed scenario reads: the scenario, its chain, each sample
// replayed against the declared policy, and the tolerances moments on the wire are compared with.

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

/** What a scenario rule reads; built once per scenario by scenario-verdicts.ts. */
export interface ScenarioContext {
  plan: RoutingPlan;
  chain: Chain;
  scenario: ScenarioObservation;
  policies: Map<string, EffectivePolicy>;
  /** Each sample replayed against the declared policy (see retry/replay.ts). */
  replays: Map<number, Replay>;
  /** Waits between a retryable failure and the next attempt (see retry-waits.ts). */
  waits: readonly Wait[];
}

/** Slack for the max-elapsed stop rule when a sample is replayed against the declared policy. */
export const REPLAY_SLACK_MS = 200;

export function replaySample(plan: RoutingPlan, chain: Chain, sample: ScenarioSample): Replay {
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
export function outcomeOf(a: AttemptRecord): AttemptOutcome {
  const cls = classOf(a);
  if (cls === '2xx_usable') return { ok: true };
  if (cls === '2xx_unusable') {
    return { ok: false, status: a.status, retryAfterMs: null, unusable: true };
  }
  return { ok: false, status: a.status, retryAfterMs: a.retryAfterMs };
}

/** Whether the sample did exactly what the declared policy does with the same answers. */
export function conforms(ctx: Pick<ScenarioContext, 'replays'>, sample: ScenarioSample): boolean {
  return ctx.replays.get(sample.sample)?.conforms === true;
}

export interface EffectivePolicy {
  /** The policy that retries this route directly (its own, or its nearest group's). */
  route: RetryPolicy | null;
  /** The innermost retry layer stacked on the chain. */
  layer: RetryPolicy | null;
}

export function routePolicies(chain: Chain): Map<string, EffectivePolicy> {
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

export function classOf(a: AttemptRecord): StatusClass {
  if (a.statusClass) return a.statusClass;
  if (a.status === null) return 'retryable';
  return (
    classifyHttpStatus(a.status)?.statusClass ?? (a.fault === 'ok' ? '2xx_usable' : '2xx_unusable')
  );
}

/** When the caller had the answer (or gave up waiting for it): the start of its wait. */
export function endOf(a: AttemptRecord): number {
  return a.atMs + (a.durationMs ?? a.abandonedAfterMs ?? 0);
}

export const samplesOf = (ctx: Pick<ScenarioContext, 'scenario'>) => ctx.scenario.samples;
export const counts = (ctx: Pick<ScenarioContext, 'scenario'>) =>
  samplesOf(ctx).map((s) => s.attempts.length);

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
