import { type FaultPlan, HEALTHY, stepForAttempt } from '../../contract/index.js';
import type { Chain, Route } from '../../routing/index.js';
import type { Random } from '../../retry/index.js';
import type { AttemptResult } from '../http.js';
import {
  executeChain,
  type Clock,
  type Execution,
  type ExecutionEvent,
  type Transport,
} from './reference.js';

// The declared policy run in virtual time against a scenario's fault plans: no sockets, no real
// waiting. With the jitter draws pinned low it gives the floor of the scenario's timeline (what a
// well-behaved caller must wait), pinned high the ceiling (what it may wait).

export interface SimulationInput {
  chain: Chain;
  routes: ReadonlyMap<string, Route>;
  faults: ReadonlyMap<string, FaultPlan>;
  random: Random;
  defaultTimeoutMs: number;
  deadlineMs?: number;
}

export interface Simulation extends Execution {
  elapsedMs: number;
  events: ExecutionEvent[];
}

export async function simulateChain(input: SimulationInput): Promise<Simulation> {
  let now = 0;
  const clock: Clock = {
    now: () => now,
    sleep: (ms) => {
      now += Math.max(0, ms);
      return Promise.resolve();
    },
  };
  const counts = new Map<string, number>();
  const transport: Transport = {
    attempt(route, timeoutMs) {
      const index = counts.get(route.name) ?? 0;
      counts.set(route.name, index + 1);
      const step = stepForAttempt(input.faults.get(route.name) ?? HEALTHY, index);
      const delay = 'delayMs' in step && step.delayMs ? step.delayMs : 0;
      const result = ((): AttemptResult => {
        const name = route.name;
        switch (step.kind) {
          case 'ok':
            return { kind: 'usable', route: name };
          case 'status':
            return {
              kind: 'status',
              route: name,
              status: step.status,
              retryAfterMs: step.retryAfterMs ?? (step.retryAfterS ?? NaN) * 1000,
            };
          case 'hang':
            now += timeoutMs;
            return { kind: 'network', route: name, fault: 'headers_timeout' };
          case 'reset':
          case 'truncate':
            return { kind: 'network', route: name, fault: 'connection_reset' };
          case 'slow_stream':
            now += step.chunkDelayMs * 8;
            return { kind: 'usable', route: name };
          default:
            return { kind: 'unusable', route: name, reason: step.kind };
        }
      })();
      now += Math.min(delay, timeoutMs);
      if (result.kind === 'status' && Number.isNaN(result.retryAfterMs)) {
        return Promise.resolve({ ...result, retryAfterMs: null });
      }
      return Promise.resolve(result);
    },
  };
  const events: ExecutionEvent[] = [];
  const execution = await executeChain(input.chain, {
    routes: input.routes,
    transport,
    clock,
    random: input.random,
    defaultTimeoutMs: input.defaultTimeoutMs,
    deadlineAt: input.deadlineMs ?? Number.MAX_SAFE_INTEGER,
    onEvent: (e) => events.push(e),
  });
  return { ...execution, elapsedMs: now, events };
}

/** Jitter draws pinned to the bottom (floor) or the top (ceiling) of their range. */
export const LOWEST: Random = () => 0;
export const HIGHEST: Random = () => 1;
