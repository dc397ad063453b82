import type { Budget, Chain, Route } from '../routing/index.js';
import {
  type AttemptOutcome,
  compileChain,
  type PolicyContext,
  type PolicyObserver,
  PolicyRun,
  type PolicyStep,
  routeOrder,
  seededRandom,
} from '../retry/index.js';
import type { StormResult } from '../observations/index.js';
import { EventQueue } from './event-queue.js';
import type { Outage, StormScenario } from './scenario.js';
import { attemptSeries } from './series.js';

// A discrete-event simulation in virtual time: no timer ever fires. Each caller request is a run
// of the chain's policy; a priority queue orders the moments at which one resumes (arrival, end
// of an attempt, end of a wait). A population of 100,000 callers runs in well under a second.

/** One upstream attempt, recorded only when asked for (small runs and tests). */
export interface SimulatedAttempt {
  caller: number;
  route: string;
  startMs: number;
  endMs: number;
  /** 'ok', an HTTP status, or 'timeout'. */
  result: 'ok' | number | 'timeout';
  /** True for every attempt after the first of its caller request. */
  retry: boolean;
}

export interface SimulatedCaller {
  arrivalMs: number;
  endMs: number;
  attempts: number;
  usable: boolean;
}

export interface StormSimulation {
  result: StormResult;
  totalAttempts: number;
  /** Present when recordAttempts was set. */
  attempts?: SimulatedAttempt[];
  callers?: SimulatedCaller[];
}

export interface StormInput {
  chain: Chain;
  routes: readonly Route[];
  budget: Budget;
  scenario: StormScenario;
  /**
   * An explicit arrival time per caller (ms, any order), replacing the scenario's evenly spaced
   * arrivals: to replay a traffic trace, or the moments real callers actually started.
   */
  arrivalsMs?: readonly number[];
  /** Keep every attempt and caller (for tests and small runs; costs memory). */
  recordAttempts?: boolean;
  /** Most points in the chart series. Default 60. */
  maxSeriesPoints?: number;
  /**
   * Plays each attempt instead of the scenario's outage: what the upstream answers and how long
   * it takes (a replay of a fault plan, say). Called in attempt order.
   */
  play?: (caller: number, route: string, atMs: number, timeoutMs: number | null) => Played;
  /** Notes on every caller's retry decisions. */
  observer?: PolicyObserver;
}

export function simulateStorm(input: StormInput): StormSimulation {
  const n = input.arrivalsMs?.length ?? input.scenario.callers;
  const tally = runCallers(input, n);
  const result = summarise(input, n, tally);
  const simulation: StormSimulation = { result, totalAttempts: tally.totalAttempts };
  if (tally.recorded) {
    simulation.attempts = tally.recorded;
    simulation.callers = Array.from({ length: n }, (_, i) => ({
      arrivalMs: tally.arrival[i]!,
      endMs: tally.end[i]!,
      attempts: tally.attemptsOf[i]!,
      usable: tally.usable[i] === 1,
    }));
  }
  return simulation;
}

/** What the event loop records, indexed by caller, plus the attempts counted per second. */
interface CallerTally {
  arrival: Float64Array;
  end: Float64Array;
  attemptsOf: Int32Array;
  usable: Uint8Array;
  sawFailure: Uint8Array;
  perSecond: number[];
  recorded: SimulatedAttempt[] | undefined;
  totalAttempts: number;
}

/** Runs every caller's request through the chain's policy, in virtual time. */
function runCallers(input: StormInput, n: number): CallerTally {
  const { chain, scenario } = input;
  const { outage } = scenario;
  const root = compileChain(chain, input.routes);
  const down = outageScope(chain, outage);
  const random = seededRandom(scenario.seed);

  let clock = 0;
  const ctx: PolicyContext = {
    now: () => clock,
    random,
    ...(input.observer ? { observer: input.observer } : {}),
  };
  const queue = new EventQueue();
  const runs: (PolicyRun | undefined)[] = new Array<PolicyRun | undefined>(n);
  // What resumes a caller at its next event: the answer to its attempt, or the end of a wait.
  const answers: (AttemptOutcome | undefined)[] = new Array<AttemptOutcome | undefined>(n);
  const tally: CallerTally = {
    arrival: new Float64Array(n),
    end: new Float64Array(n),
    attemptsOf: new Int32Array(n),
    usable: new Uint8Array(n),
    sawFailure: new Uint8Array(n),
    perSecond: [],
    recorded: input.recordAttempts ? [] : undefined,
    totalAttempts: 0,
  };
  const { arrival, end, usable } = tally;

  for (let i = 0; i < n; i++) {
    arrival[i] = input.arrivalsMs?.[i] ?? arrivalTime(i, n, scenario.arrivalWindowMs);
    queue.push(arrival[i]!, i);
  }

  while (queue.size > 0) {
    clock = queue.peekTime();
    const caller = queue.pop();
    let run = runs[caller];
    let step: PolicyStep;
    if (run === undefined) {
      run = new PolicyRun(root, ctx);
      runs[caller] = run;
      step = run.start();
    } else {
      const answer = answers[caller];
      answers[caller] = undefined;
      step = answer === undefined ? run.resume() : run.answer(answer);
    }
    if (step === 'done') {
      end[caller] = clock;
      usable[caller] = run.outcome.ok ? 1 : 0;
      runs[caller] = undefined;
      continue;
    }
    if (step === 'wait') {
      queue.push(clock + run.waitMs, caller);
      continue;
    }
    const played = input.play
      ? input.play(caller, step.route, clock, step.timeoutMs)
      : playOutage(outage, down.has(step.route), step.timeoutMs, clock, random);
    countAttempt(tally, caller, step.route, clock, played);
    answers[caller] = played.outcome;
    queue.push(clock + played.durationMs, caller);
  }
  return tally;
}

function countAttempt(
  tally: CallerTally,
  caller: number,
  route: string,
  clock: number,
  played: Played,
): void {
  const { attemptsOf, perSecond } = tally;
  tally.totalAttempts++;
  attemptsOf[caller]!++;
  const second = Math.floor(clock / 1000);
  perSecond[second] = (perSecond[second] ?? 0) + 1;
  if (!played.outcome.ok) tally.sawFailure[caller] = 1;
  tally.recorded?.push({
    caller,
    route,
    startMs: clock,
    endMs: clock + played.durationMs,
    result: played.outcome.ok ? 'ok' : (played.outcome.status ?? 'timeout'),
    retry: attemptsOf[caller]! > 1,
  });
}

/** The storm's figures: shares of callers, amplification, peaks, drain and the chart series. */
function summarise(input: StormInput, n: number, tally: CallerTally): StormResult {
  const { chain, budget, scenario } = input;
  const { outage } = scenario;
  const { arrival, end, attemptsOf, usable, sawFailure, perSecond, totalAttempts } = tally;
  let usableCount = 0;
  let overBudget = 0;
  let lastAffectedEnd = 0;
  for (let i = 0; i < n; i++) {
    usableCount += usable[i]!;
    const elapsed = end[i]! - arrival[i]!;
    if (
      attemptsOf[i]! > budget.maxAttemptsPerRequest ||
      (budget.maxElapsedMs !== null && elapsed > budget.maxElapsedMs)
    ) {
      overBudget++;
    }
    if (sawFailure[i]) lastAffectedEnd = Math.max(lastAffectedEnd, end[i]!);
  }

  const baselinePerSecond: number[] = [];
  for (let i = 0; i < n; i++) {
    const second = Math.floor(arrival[i]! / 1000);
    baselinePerSecond[second] = (baselinePerSecond[second] ?? 0) + 1;
  }

  const share = (count: number) => (n === 0 ? 0 : count / n);
  return {
    chain: chain.name,
    seed: scenario.seed,
    callers: n,
    outage: { shape: outage.shape, durationMs: outage.durationMs },
    amplification: n === 0 ? 0 : totalAttempts / n,
    peakAttemptsPerSecond: peakOf(perSecond),
    baselinePeakAttemptsPerSecond: peakOf(baselinePerSecond),
    drainMs: Math.max(0, lastAffectedEnd - outage.durationMs),
    shares: {
      usable: share(usableCount),
      controlledFailure: share(n - usableCount),
      overBudget: share(overBudget),
    },
    series: attemptSeries(
      perSecond,
      baselinePerSecond,
      input.maxSeriesPoints ?? 60,
      // The chart covers the whole outage, even when every caller gave up before it ended.
      Math.ceil(outage.durationMs / 1000) + 1,
    ),
  };
}

/** Evenly spaced arrivals over the window; a zero window is a burst at t = 0. */
export function arrivalTime(index: number, callers: number, windowMs: number): number {
  return callers <= 1 || windowMs <= 0 ? 0 : (index * windowMs) / callers;
}

function outageScope(chain: Chain, outage: Outage): Set<string> {
  const order = routeOrder(chain.target);
  return new Set(outage.scope === 'all' ? order : order.slice(0, 1));
}

export interface Played {
  outcome: AttemptOutcome;
  durationMs: number;
}

const OK: AttemptOutcome = { ok: true };
const UNAVAILABLE: AttemptOutcome = { ok: false, status: 503, retryAfterMs: null };
const TIMED_OUT: AttemptOutcome = { ok: false, status: null, retryAfterMs: null };

/**
 * What the upstream does with an attempt that starts at atMs. The outage runs from 0 to its
 * duration; an attempt that starts after recovery succeeds. A route timeout shorter than the
 * answer turns it into a timeout.
 */
function playOutage(
  outage: Outage,
  routeIsDown: boolean,
  timeoutMs: number | null,
  atMs: number,
  random: () => number,
): Played {
  const healthy = !routeIsDown || atMs >= outage.durationMs;
  let played: Played;
  if (healthy) {
    played = { outcome: OK, durationMs: outage.okLatencyMs };
  } else if (outage.shape === 'throttle') {
    played = {
      outcome: { ok: false, status: 429, retryAfterMs: outage.retryAfterMs },
      durationMs: outage.failLatencyMs,
    };
  } else if (outage.shape === 'partial') {
    played =
      random() < outage.failFraction
        ? { outcome: UNAVAILABLE, durationMs: outage.failLatencyMs }
        : { outcome: OK, durationMs: outage.okLatencyMs };
  } else if (outage.hardDownAs === 'timeout') {
    // The connection hangs; without a route timeout it hangs until the upstream recovers and
    // drops it.
    return { outcome: TIMED_OUT, durationMs: timeoutMs ?? outage.durationMs - atMs };
  } else {
    played = { outcome: UNAVAILABLE, durationMs: outage.failLatencyMs };
  }
  if (timeoutMs !== null && played.durationMs > timeoutMs) {
    return { outcome: TIMED_OUT, durationMs: timeoutMs };
  }
  return played;
}

function peakOf(perSecond: readonly (number | undefined)[]): number {
  let peak = 0;
  for (const count of perSecond) if (count !== undefined && count > peak) peak = count;
  return peak;
}
