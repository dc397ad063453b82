import type { Chain, RetryPolicy, Route } from '../routing/index.js';
import { compileChain, PolicyRun, routesOf, type AttemptOutcome } from './policy-run.js';

// Replays the declared policy against what a caller was seen to do: the observed outcome of each
// attempt is fed to the same interpreter the reference executor and the storm simulation run,
// and a load balancer's pick follows the route the caller really went to next. When every
// attempt the caller made is the one the policy asks for next, and the caller stopped where the
// policy stops, the caller did what the declared policy says, and the replay names the policy
// and retry behind every wait. Jitter draws are not replayed: waits are judged separately.

export interface ObservedAttempt {
  route: string;
  /** When the attempt started and when its answer was in (or the caller gave up), in ms. */
  startMs: number;
  endMs: number;
  outcome: AttemptOutcome;
}

export interface ReplayedWait {
  /** Index of the attempt after which the wait started. */
  after: number;
  policy: RetryPolicy;
  /** Which retry of that policy the wait precedes (1 = first). */
  retry: number;
  reason: 'backoff' | 'retry_after';
  /**
   * Every reading of this wait that also fits the observation (the first is this one). Timing
   * near a max-elapsed limit can leave it open whether an inner policy or an outer one retried.
   */
  readings: { policy: RetryPolicy; retry: number; reason: 'backoff' | 'retry_after' }[];
}

export interface Replay {
  /** The observed attempts are exactly the ones the declared policy makes, in order. */
  conforms: boolean;
  /** Attempts that matched before the first divergence. */
  matched: number;
  /** The policy and retry behind each wait, for the matched part. */
  waits: ReplayedWait[];
}

export interface ReplayOptions {
  /**
   * The sample was cut off (at its deadline): matching every observed attempt is enough, the
   * policy may have had more to do.
   */
  cutOff?: boolean;
  /**
   * Timer slack for the max-elapsed stop rule: a decision that timing this close to the limit
   * could have flipped is taken the way the caller took it.
   */
  slackMs?: number;
}

export function replayPolicy(
  chain: Chain,
  routes: readonly Route[],
  observed: readonly ObservedAttempt[],
  options: ReplayOptions = {},
): Replay {
  const slack = options.slackMs ?? 0;
  const shifts = slack > 0 ? [0, -slack / 2, slack / 2, -slack, slack] : [0];
  // The request's clock may start when the caller starts (0) or at its first attempt; moments
  // may be off by the timer slack either way. Every reading that fits is kept.
  const starts = [observed[0]?.startMs ?? 0, 0];
  let best: Replay | null = null;
  const fitting: Replay[] = [];
  for (const start of starts) {
    for (const shift of shifts) {
      const replay = replayOnce(chain, routes, observed, start, shift, options.cutOff ?? false);
      if (replay.conforms) fitting.push(replay);
      else if (!best || replay.matched > best.matched) best = replay;
    }
  }
  const [first] = fitting;
  if (!first) return best!;
  return {
    ...first,
    waits: first.waits.map((w) => ({
      ...w,
      readings: fitting.flatMap((r) =>
        r.waits
          .filter((o) => o.after === w.after)
          .map(({ policy, retry, reason }) => ({ policy, retry, reason })),
      ),
    })),
  };
}

function replayOnce(
  chain: Chain,
  routes: readonly Route[],
  observed: readonly ObservedAttempt[],
  start: number,
  shift: number,
  cutOff: boolean,
): Replay {
  let now = start + shift;
  let index = 0;
  const waits: ReplayedWait[] = [];
  const run = new PolicyRun(compileChain(chain, routes), {
    now: () => now,
    // Jitter draws only shape waits, which the replay does not check; take the middle.
    random: () => 0.5,
    pick: (members) => {
      const next = observed[index]?.route;
      const found = members.findIndex((m) => next !== undefined && routesOf(m).includes(next));
      return found < 0 ? 0 : found;
    },
    observer: {
      wait: (_ms, retry, reason, policy) =>
        waits.push({ after: index - 1, policy, retry, reason, readings: [] }),
    },
  });
  let step = run.start();
  for (;;) {
    if (step === 'done') {
      return { conforms: index === observed.length, matched: index, waits };
    }
    if (step === 'wait') {
      // The wait is over when the caller's next attempt starts.
      const next = observed[index];
      if (!next) return { conforms: cutOff, matched: index, waits };
      now = next.startMs + shift;
      step = run.resume();
      continue;
    }
    const attempt = observed[index];
    if (!attempt) return { conforms: cutOff, matched: index, waits };
    if (attempt.route !== step.route) return { conforms: false, matched: index, waits };
    now = attempt.endMs + shift;
    index += 1;
    step = run.answer(attempt.outcome);
  }
}
