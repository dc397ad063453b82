import type { FaultPlan, FaultStep } from '../mock/fault-plan.js';
import type { Chain, RoutingPlan, ScenarioSpec } from '../plan/types.js';
import { routeOrder } from '../retry/worst-case.js';
import { faultPlanFromText } from './user-fault-plan.js';

// The standard error-path scenarios, each a fault plan per route of a chain plus what a
// well-behaved stack does under it, and the user's own scenarios from the config.

export type OutcomeKind = 'usable' | 'controlled_failure';

export interface ScenarioRun {
  name: string;
  kind: 'standard' | 'user';
  /** One line: what a well-behaved caller does here. */
  expectation: string;
  /** Route name → fault plan; routes not named answer healthily. */
  faults: Map<string, FaultPlan>;
  allowedOutcomes: OutcomeKind[];
  /** The primary never recovers, so a fallback must be tried. */
  fallbackExpected: boolean;
}

export interface StandardScenario {
  name: string;
  expectation: string;
  /** Only meaningful on a chain with at least one fallback. */
  needsFallback: boolean;
  build(
    order: readonly string[],
    knobs: ScenarioKnobs,
  ): Omit<ScenarioRun, 'name' | 'kind' | 'expectation'>;
}

export interface ScenarioKnobs {
  /** What the throttling answer announces through retry-after. Default 1000 ms. */
  retryAfterMs: number;
}

export const DEFAULT_KNOBS: ScenarioKnobs = { retryAfterMs: 1000 };

const ok: FaultStep = { kind: 'ok' };
const always = (step: FaultStep): FaultPlan => ({ steps: [], then: step });
const once = (step: FaultStep): FaultPlan => ({ steps: [step], then: ok });
const onPrimary = (order: readonly string[], plan: FaultPlan) =>
  new Map(order[0] ? [[order[0], plan]] : []);
const onEvery = (order: readonly string[], plan: FaultPlan) =>
  new Map(order.map((route) => [route, plan]));

function throttle(knobs: ScenarioKnobs): FaultStep {
  const ms = knobs.retryAfterMs;
  // Whole seconds go out in both headers; anything finer only as retry-after-ms.
  return ms % 1000 === 0
    ? { kind: 'status', status: 429, retryAfterS: ms / 1000, retryAfterMs: ms }
    : { kind: 'status', status: 429, retryAfterMs: ms };
}

export const STANDARD_SCENARIOS: readonly StandardScenario[] = [
  {
    name: 'throttle-then-recover',
    expectation:
      'the primary answers 429 with retry-after once, then 200: the caller waits at least the announced time, retries, and ends usable',
    needsFallback: false,
    build: (order, knobs) => ({
      faults: onPrimary(order, once(throttle(knobs))),
      allowedOutcomes: ['usable', 'controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'unavailable-exhausts',
    expectation:
      'every route answers 503 every time: retries back off, stop within the budget, and the caller ends with a controlled failure',
    needsFallback: false,
    build: (order) => ({
      faults: onEvery(order, always({ kind: 'status', status: 503 })),
      allowedOutcomes: ['controlled_failure'],
      fallbackExpected: order.length > 1,
    }),
  },
  {
    name: 'timeout',
    expectation:
      "the primary's first attempt hangs: the caller gives up at the route timeout, retries or falls back, and never hangs",
    needsFallback: false,
    build: (order) => ({
      faults: onPrimary(order, once({ kind: 'hang' })),
      allowedOutcomes: ['usable', 'controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'reset',
    expectation:
      "the primary's first connection is reset: the caller treats it as retryable and ends usable or with a controlled failure",
    needsFallback: false,
    build: (order) => ({
      faults: onPrimary(order, once({ kind: 'reset' })),
      allowedOutcomes: ['usable', 'controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'terminal',
    expectation:
      'every route answers 400: no route is retried after a terminal status, and the caller ends with a controlled failure',
    needsFallback: false,
    build: (order) => ({
      faults: onEvery(order, always({ kind: 'status', status: 400 })),
      allowedOutcomes: ['controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'malformed-2xx',
    expectation:
      'the primary answers 200 with a body that is not valid JSON: the caller never counts it as usable',
    needsFallback: false,
    build: (order) => ({
      faults: onPrimary(order, always({ kind: 'malformed_json' })),
      allowedOutcomes: ['usable', 'controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'primary-down-fallback-up',
    expectation:
      'the primary answers 503 every time: after its retries the caller falls back and ends usable from the fallback',
    needsFallback: true,
    build: (order) => ({
      faults: onPrimary(order, always({ kind: 'status', status: 503 })),
      allowedOutcomes: ['usable'],
      fallbackExpected: true,
    }),
  },
  {
    name: 'fallback-wrong-shape',
    expectation:
      "the primary answers 503 and the first fallback answers 200 with the other family's body: the caller does not accept that body",
    needsFallback: true,
    build: (order) => {
      const faults = onPrimary(order, always({ kind: 'status', status: 503 }));
      if (order[1]) faults.set(order[1], always({ kind: 'wrong_family' }));
      return {
        faults,
        allowedOutcomes: ['usable', 'controlled_failure'],
        fallbackExpected: true,
      };
    },
  },
];

export const STANDARD_SCENARIO_NAMES: readonly string[] = STANDARD_SCENARIOS.map((s) => s.name);

/** Thrown when a selection names a scenario that does not exist; the CLI turns it into exit 2. */
export class ScenarioSelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioSelectionError';
  }
}

/**
 * The scenarios to run against one chain: the selected standard ones (all when `selected` is
 * empty) that make sense for it, then the user's scenarios that apply to it.
 */
export function scenariosForChain(
  plan: RoutingPlan,
  chain: Chain,
  selected: readonly string[],
  knobs: ScenarioKnobs = DEFAULT_KNOBS,
): ScenarioRun[] {
  const order = routeOrder(chain.target);
  const wanted = (name: string) => selected.length === 0 || selected.includes(name);
  const standard = STANDARD_SCENARIOS.filter(
    (s) => wanted(s.name) && (!s.needsFallback || order.length > 1),
  ).map((s) => ({
    name: s.name,
    kind: 'standard' as const,
    expectation: s.expectation,
    ...s.build(order, knobs),
  }));
  const user = plan.scenarios
    .filter((s) => wanted(s.name) && (s.chain === null || s.chain === chain.name))
    .map((s) => userScenario(s));
  return [...standard, ...user];
}

export function checkSelection(plan: RoutingPlan, selected: readonly string[]): void {
  const known = new Set([...STANDARD_SCENARIO_NAMES, ...plan.scenarios.map((s) => s.name)]);
  const unknown = selected.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ScenarioSelectionError(
      `unknown scenario ${unknown.map((n) => `"${n}"`).join(', ')}; choose from: ${[...known].join(', ')}`,
    );
  }
}

function userScenario(spec: ScenarioSpec): ScenarioRun {
  const faults = new Map<string, FaultPlan>();
  for (const [route, text] of Object.entries(spec.faults))
    faults.set(route, faultPlanFromText(text, spec, route));
  return {
    name: spec.name,
    kind: 'user',
    expectation: `user scenario: the caller ends ${spec.expect === 'usable' ? 'with a usable response' : 'with a controlled failure'}`,
    faults,
    allowedOutcomes: [spec.expect],
    fallbackExpected: false,
  };
}
