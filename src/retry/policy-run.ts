import type { Chain, RetryPolicy, Route, Target } from '../routing/index.js';
import { firstBackoff, waitBeforeRetry, type Backoff, type Random } from './backoff.js';

// The declared policy of one chain, as a small interpreter over a tree of nodes: retry layers
// around a tree of fallback and load-balance groups, each node with its own retry policy. A run
// says what it wants next (send an attempt to a route, wait, or it is done) and is resumed with
// the answer, so the same run is driven by the reference executor on real sockets and by the
// storm simulation in virtual time: they cannot disagree about what the policy does. It keeps an
// explicit stack of frames rather than nested closures: a storm runs hundreds of thousands.
//
// The rules, each decided here and nowhere else:
// - an attempt's outcome is retried when its status is in the policy's retried statuses, or it
//   is a network error or timeout and the policy retries those; an unusable 2xx is never retried;
// - a fallback group moves to its next member after any failure and reports the last failure;
// - a load-balanced group sends each try to one member, drawn uniformly; it never fails over
//   inside one try (a retry of the group draws again);
// - the wait before retry n is the backoff (see backoff.ts), or the announced retry-after when
//   longer and the policy honours it;
// - stop rule: no retry starts later than max elapsed after that policy's first try started
//   (for the outermost policy: the request's start). A retry whose wait would end after that
//   is not made.

/** What one upstream attempt came back with, as a retry policy sees it. */
export type AttemptOutcome =
  | { ok: true }
  | {
      ok: false;
      /** null: the attempt ended in a network error or the route's timeout. */
      status: number | null;
      retryAfterMs: number | null;
      /** A 2xx whose body the caller cannot use: a failure, never retried. */
      unusable?: boolean;
    };

export type PolicyNode =
  | { kind: 'route'; route: string; timeoutMs: number | null }
  | { kind: 'retry'; policy: RetryPolicy; child: PolicyNode }
  | { kind: 'fallback'; children: PolicyNode[] }
  | { kind: 'loadbalance'; children: PolicyNode[] };

export type RouteNode = Extract<PolicyNode, { kind: 'route' }>;

/** A run's next step: send an attempt to this route, wait `waitMs`, or done with `outcome`. */
export type PolicyStep = RouteNode | 'wait' | 'done';

/** Optional notes on what a run decided, for timelines and tests. */
export interface PolicyObserver {
  /** A retry will start after `waitMs`; `policy` is the one retrying, `retry` its index (1 = first). */
  wait?(
    waitMs: number,
    retry: number,
    reason: 'backoff' | 'retry_after',
    policy: RetryPolicy,
  ): void;
  /**
   * A retry was not made because of the policy's max elapsed time. `marginMs` is how far the
   * retry's start would have been past the limit (positive), so a caller on a real clock can
   * tell a clear decision from one its own timing could have flipped.
   */
  stop?(reason: 'max_elapsed', marginMs: number): void;
  /** A retry was made with `marginMs` to spare before the max elapsed limit. */
  withinMaxElapsed?(marginMs: number): void;
}

export interface PolicyContext {
  /** The current time of whoever drives the run, in ms. */
  now(): number;
  random: Random;
  observer?: PolicyObserver;
  /**
   * Chooses a load-balanced group's member instead of a draw (replaying what a caller was seen
   * to do). The draw is not taken then.
   */
  pick?: (members: readonly PolicyNode[]) => number;
}

/** Layers outermost first, each re-running everything inside it; then the target tree. */
export function compileChain(chain: Chain, routes: readonly Route[]): PolicyNode {
  const byName = new Map(routes.map((r) => [r.name, r]));
  let node = compileTarget(chain.target, byName);
  for (let i = chain.layers.length - 1; i >= 0; i--) {
    node = { kind: 'retry', policy: chain.layers[i]!.retry, child: node };
  }
  return node;
}

function compileTarget(target: Target, routes: ReadonlyMap<string, Route>): PolicyNode {
  const once: PolicyNode =
    target.kind === 'route'
      ? {
          kind: 'route',
          route: target.route,
          timeoutMs: routes.get(target.route)?.timeoutMs ?? null,
        }
      : target.kind === 'fallback'
        ? { kind: 'fallback', children: target.targets.map((t) => compileTarget(t, routes)) }
        : { kind: 'loadbalance', children: target.targets.map((t) => compileTarget(t, routes)) };
  return target.retry ? { kind: 'retry', policy: target.retry, child: once } : once;
}

/** Whether a policy retries this outcome at all. */
export function isRetried(policy: RetryPolicy, outcome: AttemptOutcome): boolean {
  if (outcome.ok || outcome.unusable === true) return false;
  return outcome.status === null
    ? policy.retryOnNetworkErrors
    : policy.retryOnStatuses.includes(outcome.status);
}

/** The member a load-balanced group sends one try to: one uniform draw. */
export function pickMember(count: number, random: Random): number {
  return Math.min(count - 1, Math.floor(random() * count));
}

interface Frame {
  node: Extract<PolicyNode, { kind: 'retry' | 'fallback' }>;
  /** retry: tries started so far; fallback: index of the child being tried. */
  position: number;
  startedAt: number;
  backoff: Backoff | null;
}

const NOTHING_TO_TRY: AttemptOutcome = { ok: false, status: null, retryAfterMs: null };

/** One caller request executing the policy. */
export class PolicyRun {
  private readonly frames: Frame[] = [];
  /** Set when the step is 'wait'. */
  waitMs = 0;
  /** Set when the step is 'done'. */
  outcome: AttemptOutcome = NOTHING_TO_TRY;

  private readonly root: PolicyNode;
  private readonly ctx: PolicyContext;

  constructor(root: PolicyNode, ctx: PolicyContext) {
    this.root = root;
    this.ctx = ctx;
  }

  start(): PolicyStep {
    return this.descend(this.root);
  }

  /** The answer to the attempt the last step asked for. */
  answer(outcome: AttemptOutcome): PolicyStep {
    return this.ascend(outcome);
  }

  /** The wait the last step asked for is over. */
  resume(): PolicyStep {
    const frame = this.frames[this.frames.length - 1];
    if (frame?.node.kind !== 'retry') return this.ascend(NOTHING_TO_TRY);
    return this.descend(frame.node.child);
  }

  private descend(start: PolicyNode): PolicyStep {
    let node = start;
    for (;;) {
      if (node.kind === 'route') return node;
      if (node.kind === 'retry') {
        this.frames.push({ node, position: 1, startedAt: this.ctx.now(), backoff: null });
        node = node.child;
        continue;
      }
      const children = node.children;
      if (children.length === 0) return this.ascend(NOTHING_TO_TRY);
      if (node.kind === 'loadbalance') {
        const index = this.ctx.pick
          ? this.ctx.pick(children)
          : pickMember(children.length, this.ctx.random);
        node = children[index]!;
        continue;
      }
      this.frames.push({ node, position: 0, startedAt: this.ctx.now(), backoff: null });
      node = children[0]!;
    }
  }

  private ascend(result: AttemptOutcome): PolicyStep {
    const frames = this.frames;
    for (;;) {
      const frame = frames[frames.length - 1];
      if (frame === undefined) {
        this.outcome = result;
        return 'done';
      }
      if (frame.node.kind === 'fallback') {
        // A fallback group moves on after any failure of a child and reports the last failure.
        const next = result.ok ? undefined : frame.node.children[++frame.position];
        if (next === undefined) {
          frames.pop();
          continue;
        }
        return this.descend(next);
      }
      const policy = frame.node.policy;
      if (result.ok || frame.position >= policy.maxAttempts || !isRetried(policy, result)) {
        frames.pop();
        continue;
      }
      const backoff = frame.backoff
        ? frame.backoff.next(this.ctx.random)
        : firstBackoff(policy, this.ctx.random);
      frame.backoff = backoff;
      const { waitMs, reason } = waitBeforeRetry(
        backoff.delayMs,
        result.retryAfterMs,
        policy.honourRetryAfter,
      );
      if (policy.maxElapsedMs !== null) {
        const margin = this.ctx.now() + waitMs - frame.startedAt - policy.maxElapsedMs;
        if (margin > 0) {
          this.ctx.observer?.stop?.('max_elapsed', margin);
          frames.pop();
          continue;
        }
        this.ctx.observer?.withinMaxElapsed?.(-margin);
      }
      frame.position++;
      this.ctx.observer?.wait?.(waitMs, frame.position - 1, reason, policy);
      if (waitMs > 0) {
        this.waitMs = waitMs;
        return 'wait';
      }
      return this.descend(frame.node.child);
    }
  }
}

/** Every route a node can send to. */
export function routesOf(node: PolicyNode): string[] {
  if (node.kind === 'route') return [node.route];
  if (node.kind === 'retry') return routesOf(node.child);
  return node.children.flatMap(routesOf);
}
