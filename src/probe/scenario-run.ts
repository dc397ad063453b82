import { HEALTHY } from '../contract/index.js';
import type { Chain, Route, RoutingPlan } from '../routing/index.js';
import { routeOrder, seededRandom } from '../retry/index.js';
import type {
  GatewayFacts,
  ScenarioObservation,
  ScenarioSample,
  ScenarioTiming,
} from '../observations/index.js';
import type { PreparedGateway } from './drivers/gateway-prepare.js';
import type { ErrorPathOptions } from './error-path-run.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import {
  attemptLimitGap,
  declaredTimeline,
  hangBoundOf,
  sampleDeadlineMs,
  timeBoxGap,
} from './scenario-bounds.js';
import {
  notRunObservation,
  observedSamples,
  round,
  scenarioGaps,
  scenarioTiming,
} from './scenario-observation.js';
import { runSamples, sampleSeed, type SampleContext, type SampleRun } from './sample-run.js';
import type { ScenarioRun } from './scenarios.js';
import { startDelayMonitor, startStallRecorder } from './timing.js';
import { defaultConcurrency, type Pool } from './worker-pool.js';

// One (chain, scenario) of the error path: its own fault proxy per route, its samples run by the
// chosen driver while this process watches how late its event loop runs, then the observation
// put together from the proxies' logs. The proxies are always closed.

export async function runScenario(
  plan: RoutingPlan,
  chain: Chain,
  scenario: ScenarioRun,
  routes: ReadonlyMap<string, Route>,
  options: ErrorPathOptions,
  timeBox: number | null,
  pool: Pool,
  prepared: PreparedGateway | null = null,
): Promise<ScenarioObservation> {
  const notRun = (longestMandatedWaitMs: number, gap: string) =>
    notRunObservation(chain.name, scenario, options.driver, longestMandatedWaitMs, gap);
  const limitGap = attemptLimitGap(chain);
  if (limitGap !== null) return notRun(0, limitGap);
  const clock = () => performance.now();
  const scenarioStart = clock();
  const hangBound = hangBoundOf(plan);
  const { floor, ceiling, declared } = await declaredTimeline(chain, routes, scenario, hangBound);
  const boxGap = timeBoxGap(floor.elapsedMs, timeBox, scenario);
  if (boxGap !== null) return { ...notRun(Math.round(floor.elapsedMs), boxGap), ...declared };
  const deadlineMs = sampleDeadlineMs({
    plan,
    chain,
    routes,
    scenario,
    ceiling,
    reference: options.driver === 'reference',
    override: options.deadlineMs,
  });

  const order = [...new Set(routeOrder(chain.target))];
  const proxies = new Map<string, FaultProxy>();
  try {
    await startProxies(proxies, { chain, order, routes, scenario, options, clock, deadlineMs });
    const context: SampleContext = {
      chain,
      scenario,
      routes,
      order,
      baseUrl: (route, sample) => proxies.get(route)!.baseUrlFor(sample),
      options,
      hangBound,
      deadlineMs,
      clock,
    };
    const monitor = startDelayMonitor();
    const recorder = startStallRecorder();
    const { runs, gateway } = prepared
      ? await runGatewaySamples(prepared, context, proxies, floor.attempts)
      : { runs: await runSamples(context, pool), gateway: null };
    const delay = monitor.stop();
    const stalls = recorder.stop();

    // Let in-flight exchanges of abandoned attempts settle before the log is read.
    await new Promise((resolve) => setImmediate(resolve));
    const { samples, timing, evidenceGaps } = observe(proxies, runs, options, {
      delay,
      stalls,
      gatewayGaps: gateway?.gaps ?? [],
    });
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

/** One fault proxy per route of the chain, each playing the scenario's plan for that route. */
async function startProxies(
  proxies: Map<string, FaultProxy>,
  input: {
    chain: Chain;
    order: readonly string[];
    routes: ReadonlyMap<string, Route>;
    scenario: ScenarioRun;
    options: ErrorPathOptions;
    clock: () => number;
    deadlineMs: number;
  },
): Promise<void> {
  for (const name of input.order) {
    const route = input.routes.get(name);
    if (!route) throw new Error(`chain ${input.chain.name} names unknown route ${name}`);
    proxies.set(
      name,
      await startFaultProxy({
        route: name,
        family: route.family,
        upstreamBaseUrl: input.options.upstreamBaseUrl,
        plan: input.scenario.faults.get(name) ?? HEALTHY,
        clock: input.clock,
        maxHangMs: input.deadlineMs + 1_000,
      }),
    );
  }
}

/** The gateway driver's samples, with what it learnt about the gateway. */
async function runGatewaySamples(
  prepared: PreparedGateway,
  context: SampleContext,
  proxies: ReadonlyMap<string, FaultProxy>,
  planAttempts: number,
): Promise<{ runs: SampleRun[]; gateway: { facts: GatewayFacts; gaps: string[] } }> {
  const { chain, scenario, options } = context;
  const { runGatewayScenario } = await import('./drivers/gateway.js');
  const run = await runGatewayScenario(prepared, {
    chain,
    routes: context.routes,
    proxies,
    samples: options.samples,
    deadlineMs: context.deadlineMs,
    random: options.random ?? seededRandom(sampleSeed(chain.name, scenario.name, 0)),
    clock: context.clock,
  });
  return {
    runs: run.runs.map((r) => ({ ...r, startLateMs: null, made: null })),
    gateway: { facts: { ...run.facts, planAttempts }, gaps: run.gaps },
  };
}

/** The samples, timing and evidence gaps read from the proxies' logs once the samples ended. */
function observe(
  proxies: ReadonlyMap<string, FaultProxy>,
  runs: readonly SampleRun[],
  options: ErrorPathOptions,
  measured: {
    delay: { maxMs: number; p99Ms: number };
    stalls: NonNullable<ScenarioTiming['stalls']>;
    gatewayGaps: readonly string[];
  },
): { samples: ScenarioSample[]; timing: ScenarioTiming; evidenceGaps: string[] } {
  const log = [...proxies.values()].flatMap((p) => p.attempts());
  const samples = observedSamples(runs, log);
  const timing = scenarioTiming({
    driver: options.driver,
    runs,
    delay: measured.delay,
    stalls: measured.stalls,
    concurrency:
      options.driver === 'command'
        ? (options.concurrency ?? defaultConcurrency())
        : options.samples,
  });
  const evidenceGaps = scenarioGaps({
    driver: options.driver,
    samplesAsked: options.samples,
    runs,
    samples,
    log,
    unattributed: [...proxies.values()].reduce((n, p) => n + p.unattributed, 0),
    delayMaxMs: measured.delay.maxMs,
    gatewayGaps: measured.gatewayGaps,
  });
  return { samples, timing, evidenceGaps };
}
