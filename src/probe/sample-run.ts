import type { Chain, Route } from '../routing/index.js';
import { seededRandom } from '../retry/index.js';
import type { CallerOutcome } from '../observations/index.js';
import { commandEnvironment, runCommandSample } from './drivers/command.js';
import { executeChain, httpTransport, realClock } from './drivers/reference.js';
import type { ErrorPathOptions } from './error-path-run.js';
import type { ScenarioRun } from './scenarios.js';
import type { Pool } from './worker-pool.js';

// The samples of one scenario with the in-process drivers: the reference driver's samples are
// coroutines of this process and all start at once; the command driver's samples are processes
// and go through the run's worker pool. Each sample calls its routes through its own base URLs.

/** One sample as its driver ran it, on the scenario's clock. */
export interface SampleRun {
  sample: number;
  startedAt: number;
  endedAt: number;
  outcome: CallerOutcome;
  /** How late the command driver's process really started; null for the other drivers. */
  startLateMs: number | null;
  /** Attempts the reference driver knows it sent; null where the gate cannot know. */
  made: number | null;
}

export interface SampleContext {
  chain: Chain;
  scenario: ScenarioRun;
  routes: ReadonlyMap<string, Route>;
  /** The chain's routes, each once, in the order the chain tries them. */
  order: readonly string[];
  /** A route's base URL for a sample: its fault proxy, with the sample's prefix. */
  baseUrl: (route: string, sample: number) => string;
  options: ErrorPathOptions;
  hangBound: number;
  deadlineMs: number;
  clock: () => number;
}

/** Runs every sample of the scenario, each through the pool. */
export function runSamples(context: SampleContext, pool: Pool): Promise<SampleRun[]> {
  const { clock } = context;
  return Promise.all(
    Array.from({ length: context.options.samples }, (_, sample) =>
      pool(async () => {
        const startedAt = clock();
        const { outcome, startLateMs, made } = await runSample(context, sample, startedAt);
        return { sample, startedAt, endedAt: clock(), outcome, startLateMs, made };
      }),
    ),
  );
}

async function runSample(
  context: SampleContext,
  sample: number,
  startedAt: number,
): Promise<{ outcome: CallerOutcome; startLateMs: number | null; made: number | null }> {
  const { chain, scenario, routes, order, baseUrl, options, hangBound, deadlineMs } = context;
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

/** FNV-1a over chain, scenario and sample: a fixed, well-spread seed for each sample's draws. */
export function sampleSeed(chain: string, scenario: string, sample: number): number {
  let hash = 0x811c9dc5;
  for (const ch of `${chain}\u0000${scenario}\u0000${sample}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
