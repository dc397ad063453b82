import type { Chain, RetryPolicy, Route, Target } from '../../plan/types.js';
import { firstBackoff, waitBeforeRetry, type Backoff, type Random } from '../backoff.js';

// The declared policy of one chain, as a small interpreter over a tree of nodes. A run says
// what it wants next (send an attempt to a route, wait, or it is done) and is resumed with the
// answer, so it can be driven by virtual time without a timer. It keeps an explicit stack of
// frames rather than nested closures: a storm runs hundreds of thousands of them.

/** What one upstream attempt came back with, as a retry policy sees it. */
export type AttemptOutcome =
  | { ok: true }
  /** status null: the attempt ended in a network error or the route's timeout. */
  | { ok: false; status: number | null; retryAfterMs: number | null };

export type PolicyNode =
  | { kind: 'route'; route: string; timeoutMs: number | null }
  | { kind: 'retry'; policy: RetryPolicy; child: PolicyNode }
  | { kind: 'fallback'; children: PolicyNode[] }
  | { kind: 'loadbalance'; children: PolicyNode[] };

export type RouteNode = Extract<PolicyNode, { kind: 'route' }>;

/** A run's next step: send an attempt to this route, wait `waitMs`, or done with `outcome`. */
export type PolicyStep = RouteNode | 'wait' | 'done';

export interface PolicyContext {
  /** The current time of whoever drives the run, in ms. */
  now(): number;
  random: Random;
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

/** Whether a policy retries this failure at all. */
export function isRetried(policy: RetryPolicy, outcome: AttemptOutcome): boolean {
  if (outcome.ok) return false;
  return outcome.status === null
    ? policy.retryOnNetworkErrors
    : policy.retryOnStatuses.includes(outcome.status);
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
        node = children[Math.floor(this.ctx.random() * children.length)]!;
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
      const waitMs = waitBeforeRetry(backoff, result.retryAfterMs, policy.honourRetryAfter);
      // max elapsed: no retry may start later than this after the first try began.
      if (
        policy.maxElapsedMs !== null &&
        this.ctx.now() + waitMs - frame.startedAt > policy.maxElapsedMs
      ) {
        frames.pop();
        continue;
      }
      frame.position++;
      if (waitMs > 0) {
        this.waitMs = waitMs;
        return 'wait';
      }
      return this.descend(frame.node.child);
    }
  }
}
