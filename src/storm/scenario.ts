// The storm scenario: who calls, and what the outage does. Every field has a documented default,
// chosen to be a plausible bad minute rather than a worst case.

import { z } from 'zod';
import type { OutageShape } from '../observations/index.js';

/** Which routes the outage takes down. */
export const OUTAGE_SCOPES = ['primary', 'all'] as const;
export const OutageScopeSchema = z.enum(OUTAGE_SCOPES);
export type OutageScope = z.infer<typeof OutageScopeSchema>;

export interface Outage {
  /**
   * hard_down: every attempt fails fast with 503 (or hangs until the route timeout, see
   * hardDownAs); throttle: every attempt gets 429 with retry-after; partial: a share of attempts
   * (failFraction) fails with 503, the rest succeed.
   */
  shape: OutageShape;
  /** The outage starts when the first caller arrives (t = 0) and lasts this long. */
  durationMs: number;
  /**
   * primary (default): the first route of each chain is down and the others stay healthy, the
   * outage fallback routing exists for. all: every route is down (the static worst case).
   */
  scope: OutageScope;
  /** hard_down only: answer a fast 503 (default), or hang until the route timeout. */
  hardDownAs: 'status_503' | 'timeout';
  /** throttle only: the wait the 429 announces. Default 1000 ms. */
  retryAfterMs: number;
  /** partial only: the share of attempts that fail during the outage. Default 0.5. */
  failFraction: number;
  /** How long a failing attempt takes to come back. Default 20 ms. */
  failLatencyMs: number;
  /** How long a successful attempt takes. Default 500 ms. */
  okLatencyMs: number;
}

export interface StormScenario {
  /** Caller requests in the population. Default 1000. */
  callers: number;
  /**
   * Arrivals are evenly spaced over this window; 0 means a burst (all at t = 0). Default 10 s,
   * so the default population arrives at 100 requests per second.
   */
  arrivalWindowMs: number;
  outage: Outage;
  /** Seeds jitter and load-balancing choices: the same seed replays the same storm. Default 1. */
  seed: number;
}

export const DEFAULT_OUTAGE: Outage = {
  shape: 'hard_down',
  durationMs: 30_000,
  scope: 'primary',
  hardDownAs: 'status_503',
  retryAfterMs: 1000,
  failFraction: 0.5,
  failLatencyMs: 20,
  okLatencyMs: 500,
};

export const DEFAULT_STORM: StormScenario = {
  callers: 1000,
  arrivalWindowMs: 10_000,
  outage: DEFAULT_OUTAGE,
  seed: 1,
};

/** A scenario from the defaults with some fields replaced. */
export function stormScenario(
  overrides: Partial<Omit<StormScenario, 'outage'>> & { outage?: Partial<Outage> } = {},
): StormScenario {
  return {
    ...DEFAULT_STORM,
    ...overrides,
    outage: { ...DEFAULT_OUTAGE, ...overrides.outage },
  };
}
