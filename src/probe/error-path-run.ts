import { availableParallelism } from 'node:os';
import { HEALTHY } from '../contract/index.js';
import type { Chain, Route, RoutingPlan } from '../routing/index.js';
import {
  isSaturated,
  type Random,
  routeOrder,
  seededRandom,
  worstCaseChainAttempts,
  worstCaseChainElapsedMs,
} from '../retry/index.js';
import { commandEnvironment, runCommandSample } from './drivers/command.js';
import type { PreparedGateway } from './drivers/gateway.js';
import type { GatewaySpec } from './drivers/gateway-spec.js';
import { executeChain, httpTransport, realClock } from './drivers/reference.js';
import { HIGHEST, LOWEST, simulateChain } from './drivers/virtual-time.js';
import { startFaultProxy, type FaultProxy, type ProxyAttempt } from './fault-proxy.js';
import {
  DEFAULT_KNOBS,
  checkSelection,
  scenariosForChain,
  type ScenarioKnobs,
  type ScenarioRun,
} from './scenarios.js';
import { startDelayMonitor, startStallRecorder } from './timing.js';
import type {
  AttemptRecord,
  CallerOutcome,
  GatewayFacts,
  ScenarioObservation,
  ScenarioSample,
  ScenarioTiming,
} from '../observations/index.js';

// The error path: every (chain, scenario) gets its own fault proxies and all scenarios run at the
// same time, so the whole run lasts about as long as its slowest scenario's mandated waits. The
// reference driver's samples are cheap coroutines in this process and all start at once; the
// command driver's samples are processes and go through one worker pool sized to the machine, so
// forty processes never start at once. The gateway driver (drivers/gateway.ts) starts one gateway
// per (chain, scenario) and may run its samples one after another when the gateway cannot tell
// them apart. Each sample is bounded by a deadline derived from the declared policy. Every
// scenario watches how late this process's event loop ran (and, for the command driver, how late
// each sample really started): a scenario whose timing verdicts sit inside that disturbance is
// run once more, and the judge reads the rest as unknown.

export type Driver = 'reference' | 'command' | 'gateway';

export interface ErrorPathOptions {
  driver: Driver;
  /** The shell command for the command driver. */
  command?: string;
  /** The gateway the gateway driver starts: portkey, litellm, or a command template. */
  gateway?: GatewaySpec;
  /** Bound on a gateway's start-up; default by gateway kind. */
  gatewayStartTimeoutMs?: number;
  cwd?: string;
  /** Scenario names to run; empty means every standard scenario plus the config's own. */
  scenarios: readonly string[];
  /** Concurrent samples per scenario (at least 3 for the jitter verdict). */
  samples: number;
  /** Where healthy answers come from: the embedded mock's base URL. */
  upstreamBaseUrl: string;
  env: NodeJS.ProcessEnv;
  knobs?: Partial<ScenarioKnobs>;
  /** Overrides the per-sample deadline derived from the policy. */
  deadlineMs?: number;
  /**
   * Scenarios whose mandated wait is longer than this are not run unless named in `scenarios`;
   * they are reported as evidence gaps. Default DEFAULT_TIME_BOX_MS; null runs everything.
   */
  timeBoxMs?: number | null;
  /**
   * Jitter source for the reference driver; unless a test pins it, each sample draws from its own
   * generator seeded by chain, scenario and sample, so the same inputs make the same draws.
   */
  random?: Random;
  /**
   * The reference driver's executor. Only tests replace it (with a deliberately broken one, to
   * show that the verdicts catch an executor that does not follow the declared policy).
   */
  executor?: typeof executeChain;
  /** Told which scenarios started and when each finished ("chain/scenario"), for progress lines. */
  progress?: {
    scenariosStarted(names: readonly string[]): void;
    scenarioFinished(name: string): void;
  };
  /**
   * How many command samples run at once, over all scenarios: the worker pool's size. Default
   * defaultConcurrency(); the reference driver's samples are coroutines and always run together.
   */
  concurrency?: number;
  /**
   * Whether a scenario's timing verdicts sit inside the disturbance measured while it ran; such a
   * scenario is run once more. The pipeline passes the judge's check; absent, nothing is re-run.
   */
  insideNoise?: (observation: ScenarioObservation) => boolean;
}

export interface ErrorPathRun {
  observations: ScenarioObservation[];
  wallMs: number;
  /** The largest scenario floor: what the run cannot be faster than. */
  longestMandatedWaitMs: number;
}

/** Five concurrent samples: enough to tell jitter from lockstep with a small false-alarm rate. */
export const DEFAULT_SAMPLES = 5;
/**
 * The default run keeps to scenarios the declared policy can finish in 2 minutes of mandated
 * waiting, so a pull request check cannot stall on a policy that waits for ever; a longer one
 * runs when named, and is otherwise reported as not exercised (an evidence gap, never a pass).
 */
export const DEFAULT_TIME_BOX_MS = 120_000;
/** Chains whose static worst case is larger than this are not run on the error path. */
export const MAX_SIMULATED_ATTEMPTS = 100_000;
/** How long a hang lasts for a route that declares no timeout, when the budget sets no limit. */
const UNBOUNDED_HANG_MS = 60_000;

/**
 * Command samples at once: two per core the machine offers this process. A sample process spends
 * most of its life waiting on the wire; what must not pile up is forty start-ups at once.
 */
export function defaultConcurrency(): number {
  return 2 * Math.max(1, availableParallelism());
}

/** A bounded pool: at most `size` of the tasks run at once, in the order they were asked for. */
export function workerPool(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

export async function runErrorPath(
  plan: RoutingPlan,
  options: ErrorPathOptions,
): Promise<ErrorPathRun> {
  checkSelection(plan, options.scenarios);
  if (options.driver === 'command' && !options.command) {
    throw new Error('the command driver needs a command');
  }
  let prepared: PreparedGateway | null = null;
  if (options.driver === 'gateway') {
    if (!options.gateway) throw new Error('the gateway driver needs a gateway');
    // Loaded only for this driver: it checks the install and reads the version once per run.
    const { prepareGateway } = await import('./drivers/gateway.js');
    prepared = await prepareGateway(plan, options.gateway, {
      cwd: options.cwd ?? process.cwd(),
      env: options.env,
      ...(options.gatewayStartTimeoutMs !== undefined
        ? { startTimeoutMs: options.gatewayStartTimeoutMs }
        : {}),
    });
  }
  const knobs = { ...DEFAULT_KNOBS, ...options.knobs };
  const routes = new Map(plan.routes.map((r) => [r.name, r]));
  const jobs = plan.chains.flatMap((chain) =>
    scenariosForChain(plan, chain, options.scenarios, knobs).map((scenario) => ({
      chain,
      scenario,
    })),
  );
  // Named scenarios always run; the time box only trims the default selection.
  const timeBox =
    options.scenarios.length > 0
      ? null
      : options.timeBoxMs === undefined
        ? DEFAULT_TIME_BOX_MS
        : options.timeBoxMs;
  const concurrency =
    options.driver === 'command' ? (options.concurrency ?? defaultConcurrency()) : null;
  if (concurrency !== null && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  const pool = workerPool(concurrency ?? Number.MAX_SAFE_INTEGER);
  const started = performance.now();
  const label = (job: (typeof jobs)[number]) => `${job.chain.name}/${job.scenario.name}`;
  options.progress?.scenariosStarted(jobs.map(label));
  const observations = await Promise.all(
    jobs.map(async (job): Promise<ScenarioObservation> => {
      const { chain, scenario } = job;
      const run = () =>
        runScenario(plan, chain, scenario, routes, options, timeBox, pool, prepared);
      try {
        const first = await run();
        if (first.samples.length === 0 || !options.insideNoise?.(first)) return first;
        // Inside the noise: once more. The second run stands, whatever it shows; the judge reads
        // a verdict still inside its disturbance as unknown.
        const second = await run();
        return second.timing
          ? {
              ...second,
              timing: {
                ...second.timing,
                runs: 2 as const,
                firstRunDisturbanceMs: first.timing?.disturbanceMs ?? null,
              },
            }
          : second;
      } finally {
        options.progress?.scenarioFinished(label(job));
      }
    }),
  );
  return {
    observations,
    wallMs: Math.round(performance.now() - started),
    longestMandatedWaitMs: Math.max(
      0,
      ...observations.filter((o) => o.samples.length > 0).map((o) => o.longestMandatedWaitMs),
    ),
  };
}

async function runScenario(
  plan: RoutingPlan,
  chain: Chain,
  scenario: ScenarioRun,
  routes: ReadonlyMap<string, Route>,
  options: ErrorPathOptions,
  timeBox: number | null,
  pool: <T>(task: () => Promise<T>) => Promise<T>,
  prepared: PreparedGateway | null = null,
): Promise<ScenarioObservation> {
  /** A scenario the gate did not run: an evidence gap, never a pass. */
  const notRun = (longestMandatedWaitMs: number, gap: string): ScenarioObservation => ({
    scenario: scenario.name,
    chain: chain.name,
    driver: options.driver,
    expectation: scenario.expectation,
    samples: [],
    wallMs: 0,
    longestMandatedWaitMs,
    evidenceGaps: [gap],
  });
  const worstCase = worstCaseChainAttempts(chain);
  if (worstCase > MAX_SIMULATED_ATTEMPTS) {
    // A virtual-time run of such a policy would enumerate every attempt: the static worst case
    // already fails the budget, so the scenario is reported as not run, never guessed.
    return notRun(
      0,
      `not run: the declared worst case is ${isSaturated(worstCase) ? 'at least ' : ''}${worstCase} upstream attempts per request, beyond the ${MAX_SIMULATED_ATTEMPTS} the gate runs or simulates`,
    );
  }
  const clock = () => performance.now();
  const scenarioStart = clock();
  const order = [...new Set(routeOrder(chain.target))];
  const hangBound = plan.budget.maxElapsedMs ?? UNBOUNDED_HANG_MS;
  const simulation = { chain, routes, faults: scenario.faults, defaultTimeoutMs: hangBound };
  const floor = await simulateChain({ ...simulation, random: LOWEST });
  const ceiling = await simulateChain({ ...simulation, random: HIGHEST });
  const declared = {
    kind: scenario.kind,
    allowedOutcomes: scenario.allowedOutcomes,
    fallbackExpected: scenario.fallbackExpected,
    declaredAttempts: floor.attempts,
    declaredBackoffWaits: floor.events.filter((e) => e.type === 'wait' && e.reason === 'backoff')
      .length,
    declaredCeilingMs: Math.round(ceiling.elapsedMs),
  };
  if (timeBox !== null && floor.elapsedMs > timeBox) {
    return {
      ...notRun(
        Math.round(floor.elapsedMs),
        `not run by default: the declared policy must wait ${Math.round(floor.elapsedMs)} ms here, over the ${timeBox} ms time box (run it with --scenario ${scenario.name})`,
      ),
      ...declared,
    };
  }
  // The longest a request following the declared policy can take here, whatever member a load
  // balancer picks and whatever the jitter draws: every attempt at its timeout, every wait at its
  // ceiling or at the longest wait the scenario announces.
  const worstCaseMs = Math.max(
    ceiling.elapsedMs,
    worstCaseChainElapsedMs(chain, routes, {
      defaultTimeoutMs: hangBound,
      retryAfterMs: longestAnnouncedWaitMs(scenario),
    }),
  );
  const deadlineMs =
    options.deadlineMs ??
    (options.driver === 'reference'
      ? Math.ceil(worstCaseMs * 1.5) + 2_000
      : Math.max(worstCaseMs, plan.budget.maxElapsedMs ?? 0) + 10_000);

  const proxies = new Map<string, FaultProxy>();
  try {
    for (const name of order) {
      const route = routes.get(name);
      if (!route) throw new Error(`chain ${chain.name} names unknown route ${name}`);
      proxies.set(
        name,
        await startFaultProxy({
          route: name,
          family: route.family,
          upstreamBaseUrl: options.upstreamBaseUrl,
          plan: scenario.faults.get(name) ?? HEALTHY,
          clock,
          maxHangMs: deadlineMs + 1_000,
        }),
      );
    }
    const baseUrl = (route: string, sample: number) => proxies.get(route)!.baseUrlFor(sample);
    let gateway: { facts: GatewayFacts; gaps: string[] } | null = null;
    type SampleRun = {
      sample: number;
      startedAt: number;
      endedAt: number;
      outcome: CallerOutcome;
      startLateMs: number | null;
      made: number | null;
    };
    const monitor = startDelayMonitor();
    const recorder = startStallRecorder();
    let runs: SampleRun[];
    if (prepared) {
      const { runGatewayScenario } = await import('./drivers/gateway.js');
      const run = await runGatewayScenario(prepared, {
        chain,
        routes,
        proxies,
        samples: options.samples,
        deadlineMs,
        random: options.random ?? seededRandom(sampleSeed(chain.name, scenario.name, 0)),
        clock,
      });
      gateway = { facts: { ...run.facts, planAttempts: floor.attempts }, gaps: run.gaps };
      runs = run.runs.map((r) => ({ ...r, startLateMs: null, made: null }));
    } else {
      runs = await Promise.all(
        Array.from({ length: options.samples }, (_, sample) =>
          pool(async () => {
            const startedAt = clock();
            const { outcome, startLateMs, made } = await runSample(sample, startedAt);
            return { sample, startedAt, endedAt: clock(), outcome, startLateMs, made };
          }),
        ),
      );
    }
    const delay = monitor.stop();
    const stalls = recorder.stop();

    async function runSample(
      sample: number,
      startedAt: number,
    ): Promise<{ outcome: CallerOutcome; startLateMs: number | null; made: number | null }> {
      if (options.driver === 'reference') {
        const execution = await (options.executor ?? executeChain)(chain, {
          routes,
          transport: httpTransport((route) => baseUrl(route.name, sample)),
          clock: realClock,
          random: options.random ?? seededRandom(sampleSeed(chain.name, scenario.name, sample)),
          defaultTimeoutMs: hangBound,
          deadlineAt: startedAt + deadlineMs,
        });
        return { outcome: execution.outcome, startLateMs: null, made: execution.attempts };
      }
      const env = commandEnvironment({
        baseEnv: options.env,
        routes: order.map((name) => ({ route: routes.get(name)!, baseUrl: baseUrl(name, sample) })),
        scenario: scenario.name,
        chain: chain.name,
        sample,
        deadlineMs,
      });
      const result = await runCommandSample(options.command ?? '', env, {
        deadlineMs,
        ...(options.cwd ? { cwd: options.cwd } : {}),
      });
      return { outcome: result.outcome, startLateMs: result.startLateMs, made: null };
    }

    // Let in-flight exchanges of abandoned attempts settle before the log is read.
    await new Promise((resolve) => setImmediate(resolve));
    const log = [...proxies.values()].flatMap((p) => p.attempts());
    const unattributed = [...proxies.values()].reduce((n, p) => n + p.unattributed, 0);
    const samples: ScenarioSample[] = runs.map((run) => {
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
    const timing: ScenarioTiming = {
      eventLoopDelayMaxMs: delay.maxMs,
      eventLoopDelayP99Ms: delay.p99Ms,
      lateStartMaxMs:
        options.driver === 'command' ? Math.max(0, ...runs.map((r) => r.startLateMs ?? 0)) : null,
      disturbanceMs: 0,
      concurrency:
        options.driver === 'command'
          ? (options.concurrency ?? defaultConcurrency())
          : options.samples,
      runs: 1,
      firstRunDisturbanceMs: null,
      stalls,
    };
    timing.disturbanceMs = Math.max(timing.eventLoopDelayMaxMs, timing.lateStartMaxMs ?? 0);
    const strays = log.filter((a) => a.sample >= options.samples).length;
    const unseen = runs.reduce((n, run) => {
      const seen = samples.find((s) => s.sample === run.sample)?.attempts.length ?? 0;
      return n + Math.max(0, (run.made ?? seen) - seen);
    }, 0);
    const evidenceGaps = [
      ...(gateway?.gaps ?? []),
      ...(unattributed > 0
        ? [`${unattributed} request(s) reached a fault proxy without a sample prefix`]
        : []),
      ...(strays > 0 ? [`${strays} request(s) named a sample that was not run`] : []),
      // The reference driver knows what it sent: an attempt it gave up on before the proxy's
      // loop got to read it never reached the log, which only happens on a starved machine.
      ...(unseen > 0
        ? [
            `${unseen} attempt(s) the gate sent timed out before the fault proxy read them (its event loop ran up to ${delay.maxMs} ms late)`,
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
          options.driver === 'gateway'
            ? `sample ${s.sample}: the gateway sent no request to any route, so it did not run the config for this sample`
            : `sample ${s.sample}: the caller made no request at all: the command may not have started, or does not use the base URLs it was given`,
        ),
    ];
    return {
      scenario: scenario.name,
      chain: chain.name,
      driver: options.driver,
      ...(gateway ? { gateway: gateway.facts } : {}),
      expectation: scenario.expectation,
      samples,
      wallMs: round(clock() - scenarioStart),
      longestMandatedWaitMs: Math.round(floor.elapsedMs),
      evidenceGaps,
      ...declared,
      deadlineMs,
      timing,
    };
  } finally {
    await Promise.all([...proxies.values()].map((p) => p.close()));
  }
}

/** The longest wait any step of the scenario's fault plans announces through retry-after. */
function longestAnnouncedWaitMs(scenario: ScenarioRun): number {
  let longest = 0;
  for (const plan of scenario.faults.values()) {
    for (const step of [...plan.steps, plan.then]) {
      if (step.kind !== 'status') continue;
      longest = Math.max(longest, step.retryAfterMs ?? 0, (step.retryAfterS ?? 0) * 1000);
    }
  }
  return longest;
}

/** FNV-1a over chain, scenario and sample: a fixed, well-spread seed for each sample's draws. */
export function sampleSeed(chain: string, scenario: string, sample: number): number {
  let hash = 0x811c9dc5;
  for (const ch of `${chain}\u0000${scenario}\u0000${sample}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
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

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
