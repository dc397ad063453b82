import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { routeOrder } from '../../src/retry/worst-case.js';
import { arrivalTime, simulateStorm } from '../../src/storm/simulate.js';
import { stormScenario, type Outage, type StormScenario } from '../../src/storm/scenario.js';
import type { RoutingPlan } from '../../src/routing/types.js';
import {
  callThroughChain,
  startOutageUpstream,
  type LoopbackAttempt,
  type OutageUpstream,
} from './loopback-storm-harness.js';
import { planOf, retryYaml } from './plans.js';

// The same scenario twice: in virtual time by the simulation, and with a few hundred real
// concurrent callers over loopback HTTP with real timers. The attempt counts must agree within
// 10 %. Waits are a few hundred milliseconds: long enough that loopback latency and timer
// lateness on a loaded machine (tens of ms) do not dominate, short enough that a scenario takes
// about 3 s. A run during which this process was starved of CPU (99th percentile event-loop
// delay over 100 ms) is not a measurement of the policy: it is repeated, at most three in all.

const route = (name: string) =>
  `{ name: ${name}, endpoint_family: chat_completions, base_url: "https://${name}.test/v1", model: m, timeout_ms: 2000 }`;

interface Case {
  name: string;
  yaml: string;
  callers: number;
  arrivalWindowMs: number;
  outage: Partial<Outage>;
}

const CASES: Case[] = [
  {
    name: 'hard down for 2 s of a 2.5 s arrival window, full jitter, recovery in the middle of the retries',
    yaml:
      `routes:\n  - ${route('a')}\n` +
      `retry: ${retryYaml({ max_attempts: 5, initial_backoff_ms: 250, jitter: 'full', max_elapsed_ms: null })}\n`,
    callers: 300,
    arrivalWindowMs: 2500,
    outage: { shape: 'hard_down', durationMs: 2000, scope: 'primary' },
  },
  {
    name: 'throttled primary announcing retry-after 600 ms, healthy fallback',
    yaml:
      `routes:\n  - ${route('a')}\n  - ${route('b')}\n` +
      `retry: ${retryYaml({ max_attempts: 3, initial_backoff_ms: 250, jitter: 'equal', max_elapsed_ms: null })}\n`,
    callers: 250,
    arrivalWindowMs: 2500,
    outage: { shape: 'throttle', retryAfterMs: 600, durationMs: 3000, scope: 'primary' },
  },
  {
    name: 'SDK retries stacked on gateway retries over two routes, both down for 1.8 s',
    yaml:
      `routes:\n  - ${route('a')}\n  - ${route('b')}\n` +
      `retry: ${retryYaml({ max_attempts: 2, initial_backoff_ms: 250, jitter: 'full', max_elapsed_ms: null })}\n` +
      `layers:\n  - { name: sdk, retry: ${retryYaml({ max_attempts: 3, initial_backoff_ms: 600, jitter: 'full', max_elapsed_ms: null })} }\n` +
      'budget: { max_attempts_per_request: 12 }\n',
    callers: 200,
    arrivalWindowMs: 2000,
    outage: { shape: 'hard_down', durationMs: 1800, scope: 'all' },
  },
];

interface RealRun {
  log: LoopbackAttempt[];
  outcomes: { ok: boolean }[];
  startedAt: number[];
  timing: { ok: number[]; failed: number[]; overshoot: number[] };
  networkErrors: number;
  /** How late this process's event loop ran (99th percentile) during the run, in ms. */
  loopDelayP99Ms: number;
}

const STALL_LIMIT_MS = 100;

/** Runs the scenario with real callers through real loopback upstreams. */
async function runReal(c: Case, plan: RoutingPlan, scenario: StormScenario): Promise<RealRun> {
  const chain = plan.chains[0]!;
  const order = routeOrder(chain.target);
  const down = new Set(scenario.outage.scope === 'all' ? order : order.slice(0, 1));
  const run: RealRun = {
    log: [],
    outcomes: [],
    startedAt: [],
    timing: { ok: [], failed: [], overshoot: [] },
    networkErrors: 0,
    loopDelayP99Ms: 0,
  };
  let t0 = performance.now();
  const clock = () => performance.now() - t0;
  const upstreams: OutageUpstream[] = [];
  const dispatcher = new Agent({ connections: 2 * c.callers, keepAliveTimeout: 5000 });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  try {
    const urls = new Map<string, string>();
    for (const r of plan.routes) {
      const upstream = await startOutageUpstream(
        r.name,
        down.has(r.name),
        scenario.outage,
        clock,
        run.log,
      );
      upstreams.push(upstream);
      urls.set(r.name, upstream.url);
    }
    const routes = new Map(plan.routes.map((r) => [r.name, r]));
    loop.enable();
    t0 = performance.now();
    run.outcomes = await Promise.all(
      Array.from({ length: c.callers }, async (_, i) => {
        await sleep(arrivalTime(i, c.callers, c.arrivalWindowMs));
        run.startedAt[i] = clock();
        return callThroughChain(chain, routes, urls, i, dispatcher, {
          attempt: (ms, ok, status) => {
            (ok ? run.timing.ok : run.timing.failed).push(ms);
            if (status === null) run.networkErrors++;
          },
          waitOvershoot: (ms) => run.timing.overshoot.push(ms),
        });
      }),
    );
  } finally {
    loop.disable();
    await dispatcher.close();
    await Promise.all(upstreams.map((u) => u.close()));
  }
  run.loopDelayP99Ms = loop.percentile(99) / 1e6;
  return run;
}

const mean = (values: number[], fallback: number) =>
  values.length === 0 ? fallback : values.reduce((a, b) => a + b, 0) / values.length;

describe('storm simulation against real callers on loopback', () => {
  it.each(CASES)('$name: attempt counts agree within 10 %', async (c) => {
    const plan = planOf(c.yaml);
    const chain = plan.chains[0]!;
    const order = routeOrder(chain.target);
    const scenario = stormScenario({
      callers: c.callers,
      arrivalWindowMs: c.arrivalWindowMs,
      outage: { failLatencyMs: 5, okLatencyMs: 20, ...c.outage },
    });
    let run = await runReal(c, plan, scenario);
    for (let again = 0; again < 2 && run.loopDelayP99Ms > STALL_LIMIT_MS; again++) {
      run = await runReal(c, plan, scenario);
    }
    const { log, timing } = run;

    const sim = simulateStorm({
      chain,
      routes: plan.routes,
      budget: plan.budget,
      // The simulation is given what this machine made an attempt cost, as the callers saw it:
      // the mean attempt time, plus the mean lateness of the wait that follows a failure (timers
      // fire late on a busy machine). What it must predict is how many attempts the policy makes.
      scenario: {
        ...scenario,
        outage: {
          ...scenario.outage,
          failLatencyMs:
            mean(timing.failed, scenario.outage.failLatencyMs) + mean(timing.overshoot, 0),
          okLatencyMs: mean(timing.ok, scenario.outage.okLatencyMs),
        },
      },
      // Replays the moments the real callers actually started: a timer that fires late on a busy
      // machine is the machine, not the policy.
      arrivalsMs: run.startedAt,
      recordAttempts: true,
    });
    const real = log.length;
    const simulated = sim.totalAttempts;
    const report =
      `real ${real} attempts, simulated ${simulated}; mean attempt ${mean(timing.failed, 0).toFixed(1)} ms ` +
      `failed / ${mean(timing.ok, 0).toFixed(1)} ms ok, waits late by ${mean(timing.overshoot, 0).toFixed(1)} ms, ` +
      `${run.networkErrors} network errors or timeouts, event loop delay p99 ${run.loopDelayP99Ms.toFixed(0)} ms`;
    // The outage boundary matters: neither a single try each nor the full worst case.
    expect(simulated, report).toBeGreaterThan(c.callers);
    expect(Math.abs(real - simulated) / simulated, report).toBeLessThanOrEqual(0.1);
    for (const name of order) {
      const realOnRoute = log.filter((a) => a.route === name).length;
      const simOnRoute = sim.attempts!.filter((a) => a.route === name).length;
      expect(Math.abs(realOnRoute - simOnRoute), `${name}: ${report}`).toBeLessThanOrEqual(
        Math.max(5, 0.1 * simOnRoute),
      );
    }
    const realUsable = run.outcomes.filter((o) => o.ok).length / c.callers;
    expect(Math.abs(realUsable - sim.result.shares.usable), report).toBeLessThanOrEqual(0.1);
    // Every caller is accounted for on the wire: one log line per attempt, each naming its caller.
    expect(new Set(log.map((a) => a.caller)).size).toBe(c.callers);
  });
});
