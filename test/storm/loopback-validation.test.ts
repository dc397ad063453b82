import { setTimeout as sleep } from 'node:timers/promises';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { routeOrder } from '../../src/plan/worst-case.js';
import { arrivalTime, simulateStorm } from '../../src/probe/storm/simulate.js';
import { stormScenario, type Outage } from '../../src/probe/storm/scenario.js';
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
// about 3 s.

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

describe('storm simulation against real callers on loopback', () => {
  it.each(CASES)('$name: attempt counts agree within 10 %', async (c) => {
    const plan = planOf(c.yaml);
    const chain = plan.chains[0]!;
    const scenario = stormScenario({
      callers: c.callers,
      arrivalWindowMs: c.arrivalWindowMs,
      outage: { failLatencyMs: 5, okLatencyMs: 20, ...c.outage },
    });
    const order = routeOrder(chain.target);
    const down = new Set(scenario.outage.scope === 'all' ? order : order.slice(0, 1));

    const log: LoopbackAttempt[] = [];
    let t0 = performance.now();
    const clock = () => performance.now() - t0;
    const upstreams: OutageUpstream[] = [];
    const dispatcher = new Agent({ connections: 2 * c.callers, keepAliveTimeout: 5000 });
    let outcomes: { ok: boolean }[];
    const startedAt: number[] = [];
    const timing = { ok: [] as number[], failed: [] as number[], overshoot: [] as number[] };
    let networkErrors = 0;
    try {
      const urls = new Map<string, string>();
      for (const r of plan.routes) {
        const upstream = await startOutageUpstream(
          r.name,
          down.has(r.name),
          scenario.outage,
          clock,
          log,
        );
        upstreams.push(upstream);
        urls.set(r.name, upstream.url);
      }
      const routes = new Map(plan.routes.map((r) => [r.name, r]));
      t0 = performance.now();
      outcomes = await Promise.all(
        Array.from({ length: c.callers }, async (_, i) => {
          await sleep(arrivalTime(i, c.callers, c.arrivalWindowMs));
          startedAt[i] = clock();
          return callThroughChain(chain, routes, urls, i, dispatcher, {
            attempt: (ms, ok, status) => {
              (ok ? timing.ok : timing.failed).push(ms);
              if (status === null) networkErrors++;
            },
            waitOvershoot: (ms) => timing.overshoot.push(ms),
          });
        }),
      );
    } finally {
      await dispatcher.close();
      await Promise.all(upstreams.map((u) => u.close()));
    }

    const mean = (values: number[], fallback: number) =>
      values.length === 0 ? fallback : values.reduce((a, b) => a + b, 0) / values.length;
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
      arrivalsMs: startedAt,
      recordAttempts: true,
    });
    const real = log.length;
    const simulated = sim.totalAttempts;
    const report =
      `real ${real} attempts, simulated ${simulated}; mean attempt ${mean(timing.failed, 0).toFixed(1)} ms ` +
      `failed / ${mean(timing.ok, 0).toFixed(1)} ms ok, waits late by ${mean(timing.overshoot, 0).toFixed(1)} ms, ` +
      `${networkErrors} network errors or timeouts`;
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
    const realUsable = outcomes.filter((o) => o.ok).length / c.callers;
    expect(Math.abs(realUsable - sim.result.shares.usable)).toBeLessThanOrEqual(0.1);
    // Every caller is accounted for on the wire: one log line per attempt, each naming its caller.
    expect(new Set(log.map((a) => a.caller)).size).toBe(c.callers);
  });
});
