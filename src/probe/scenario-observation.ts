import type {
  AttemptRecord,
  CallerOutcome,
  ScenarioObservation,
  ScenarioSample,
  ScenarioTiming,
} from '../observations/index.js';
import type { Driver } from './error-path-run.js';
import type { ProxyAttempt } from './fault-proxy.js';
import type { SampleRun } from './sample-run.js';
import type { ScenarioRun } from './scenarios.js';

// What one scenario observed, put together after its samples ran: each sample's attempts from
// the fault proxies' logs (attributed by sample), the disturbance measured while it ran, and
// every evidence gap, named.

/** A scenario the gate did not run: an evidence gap, never a pass. */
export function notRunObservation(
  chain: string,
  scenario: ScenarioRun,
  driver: Driver,
  longestMandatedWaitMs: number,
  gap: string,
): ScenarioObservation {
  return {
    scenario: scenario.name,
    chain,
    driver,
    expectation: scenario.expectation,
    samples: [],
    wallMs: 0,
    longestMandatedWaitMs,
    evidenceGaps: [gap],
  };
}

/** Each sample with its attempts from the proxies' log, in the order they started. */
export function observedSamples(
  runs: readonly SampleRun[],
  log: readonly ProxyAttempt[],
): ScenarioSample[] {
  return runs.map((run) => {
    const attempts = log
      .filter((a) => a.sample === run.sample)
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((a, i) => toRecord(a, i + 1, run.startedAt));
    return {
      sample: run.sample,
      attempts,
      outcome: attributeUsable(run.outcome, attempts),
      elapsedMs: round(run.endedAt - run.startedAt),
      startedAtMs: run.startedAt,
    };
  });
}

/** How disturbed this process was while the scenario ran, and how many samples ran at once. */
export function scenarioTiming(input: {
  driver: Driver;
  runs: readonly SampleRun[];
  delay: { maxMs: number; p99Ms: number };
  stalls: NonNullable<ScenarioTiming['stalls']>;
  concurrency: number;
}): ScenarioTiming {
  const { driver, runs, delay } = input;
  const timing: ScenarioTiming = {
    eventLoopDelayMaxMs: delay.maxMs,
    eventLoopDelayP99Ms: delay.p99Ms,
    lateStartMaxMs:
      driver === 'command' ? Math.max(0, ...runs.map((r) => r.startLateMs ?? 0)) : null,
    disturbanceMs: 0,
    concurrency: input.concurrency,
    runs: 1,
    firstRunDisturbanceMs: null,
    stalls: input.stalls,
  };
  timing.disturbanceMs = Math.max(timing.eventLoopDelayMaxMs, timing.lateStartMaxMs ?? 0);
  return timing;
}

/** Everything the scenario's evidence lacks, each named: never read as a pass. */
export function scenarioGaps(input: {
  driver: Driver;
  samplesAsked: number;
  runs: readonly SampleRun[];
  samples: readonly ScenarioSample[];
  log: readonly ProxyAttempt[];
  unattributed: number;
  delayMaxMs: number;
  gatewayGaps: readonly string[];
}): string[] {
  const { driver, runs, samples, log, unattributed } = input;
  const strays = log.filter((a) => a.sample >= input.samplesAsked).length;
  const unseen = runs.reduce((n, run) => {
    const seen = samples.find((s) => s.sample === run.sample)?.attempts.length ?? 0;
    return n + Math.max(0, (run.made ?? seen) - seen);
  }, 0);
  return [
    ...input.gatewayGaps,
    ...(unattributed > 0
      ? [`${unattributed} request(s) reached a fault proxy without a sample prefix`]
      : []),
    ...(strays > 0 ? [`${strays} request(s) named a sample that was not run`] : []),
    // The reference driver knows what it sent: an attempt it gave up on before the proxy's
    // loop got to read it never reached the log, which only happens on a starved machine.
    ...(unseen > 0
      ? [
          `${unseen} attempt(s) the gate sent timed out before the fault proxy read them (its event loop ran up to ${input.delayMaxMs} ms late)`,
        ]
      : []),
    ...samples
      .filter((s) => s.outcome.kind === 'unknown')
      .map(
        (s) =>
          `sample ${s.sample}: the caller's outcome could not be observed${s.outcome.kind === 'unknown' ? ` (${s.outcome.reason})` : ''}`,
      ),
    // A command that sent nothing is no evidence of retry behaviour, whatever it exited with.
    ...samples
      .filter((s) => s.attempts.length === 0 && s.outcome.kind !== 'unknown')
      .map((s) =>
        driver === 'gateway'
          ? `sample ${s.sample}: the gateway sent no request to any route, so it did not run the config for this sample`
          : `sample ${s.sample}: the caller made no request at all: the command may not have started, or does not use the base URLs it was given`,
      ),
  ];
}

function toRecord(a: ProxyAttempt, seq: number, sampleStart: number): AttemptRecord {
  return {
    sample: a.sample,
    seq,
    route: a.route,
    atMs: round(a.startedAt - sampleStart),
    durationMs: a.finishedAt === null ? null : round(a.finishedAt - a.startedAt),
    method: a.method,
    path: a.path,
    fault: a.fault,
    status: a.status,
    retryAfterMs: a.retryAfterMs,
    retryHeaders: a.retryHeaders,
    requestId: a.requestId,
    statusClass: a.statusClass,
    abandonedAfterMs: a.abandonedAt === null ? null : round(a.abandonedAt - a.startedAt),
  };
}

/** A command only says "usable"; the wire says which route served it. */
function attributeUsable(outcome: CallerOutcome, attempts: AttemptRecord[]): CallerOutcome {
  if (outcome.kind !== 'usable' || outcome.route !== null) return outcome;
  const served = attempts.filter((a) => a.statusClass === '2xx_usable').at(-1);
  return { kind: 'usable', route: served?.route ?? null };
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
