import type { RoutingPlan } from '../routing/index.js';
import type { Random } from '../retry/index.js';
import type { Driver, ScenarioObservation } from '../observations/index.js';
import type { PreparedGateway } from './drivers/gateway-prepare.js';
import type { GatewaySpec } from './drivers/gateway-spec.js';
import type { executeChain } from './drivers/reference.js';
import { runScenario } from './scenario-run.js';
import {
  DEFAULT_KNOBS,
  checkSelection,
  scenariosForChain,
  type ScenarioKnobs,
} from './scenarios.js';
import { defaultConcurrency, workerPool } from './worker-pool.js';

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
// One (chain, scenario) runs in scenario-run.ts; this file schedules them and re-runs the noisy.

export type { Driver };

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
    const { prepareGateway } = await import('./drivers/gateway-prepare.js');
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
      try {
        return await withNoiseRerun(
          () => runScenario(plan, chain, scenario, routes, options, timeBox, pool, prepared),
          options.insideNoise,
        );
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

/**
 * Runs a scenario; when its timing verdicts sit inside the disturbance measured while it ran,
 * once more. The second run stands, whatever it shows; the judge reads a verdict still inside
 * its disturbance as unknown.
 */
async function withNoiseRerun(
  run: () => Promise<ScenarioObservation>,
  insideNoise: ErrorPathOptions['insideNoise'],
): Promise<ScenarioObservation> {
  const first = await run();
  if (first.samples.length === 0 || !insideNoise?.(first)) return first;
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
}
