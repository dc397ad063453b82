import type { FaultPlan, FaultStep } from '../contract/index.js';
import type { Chain, RetryPolicy, RoutingPlan, ScenarioSpec, Target } from '../routing/index.js';
import { backoffCeiling, fallbackRoutes, headRoutes } from '../retry/index.js';
import { faultPlanFromText } from '../plan/index.js';
import { GateError } from '../common/index.js';

// The standard error-path scenarios, each a fault plan per route of a chain plus what a
// well-behaved stack does under it, and the user's own scenarios from the config.
//
// A chain may start with a load-balanced group (see retry/groups.ts). Then a transient fault
// (throttle, timeout, reset, malformed body) hits the group's first member, so a request that
// picks another member never sees it; "down" means the whole head group is down; a fallback is
// a route beyond the group, and a load balancer never fails over by itself.
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
  /** Only meaningful on a chain with a fallback beyond its head. */
  needsFallback: boolean;
  build(
    shape: ChainShape,
    knobs: ResolvedKnobs,
  ): Omit<ScenarioRun, 'name' | 'kind' | 'expectation'>;
}

/** The parts of a chain a standard scenario aims at. */
export interface ChainShape {
  /** The head's routes: one route, or every member of a load-balanced head. */
  head: readonly string[];
  /** Routes beyond the head, in the order a fallback group tries them. */
  fallbacks: readonly string[];
}

export interface ScenarioKnobs {
  /**
   * What the throttling answer announces through retry-after. null (the default) derives it per
   * chain: at least twice the longest wait the policy would take before that retry anyway, and
   * at least 2 s, in whole seconds, so honouring it can be told from backing off.
   */
  retryAfterMs: number | null;
}

interface ResolvedKnobs {
  retryAfterMs: number;
}

export const DEFAULT_KNOBS: ScenarioKnobs = { retryAfterMs: null };

/** The shortest announced wait the default throttle scenario uses. */
export const MIN_ANNOUNCED_WAIT_MS = 2000;

/**
 * The default throttle announcement for a chain: ≥ 2× the first-retry backoff ceiling of every
 * policy that can retry the primary, and ≥ 2 s, rounded up to whole seconds.
 */
export function defaultRetryAfterMs(chain: Chain): number {
  const ceilings = policiesAroundPrimary(chain).map((p) => 2 * backoffCeiling(p, 1));
  const ms = Math.max(MIN_ANNOUNCED_WAIT_MS, ...ceilings);
  return Math.ceil(ms / 1000) * 1000;
}

function policiesAroundPrimary(chain: Chain): RetryPolicy[] {
  const out = chain.layers.map((l) => l.retry);
  let node: Target | undefined = chain.target;
  while (node) {
    if (node.retry) out.push(node.retry);
    node = node.kind === 'route' ? undefined : node.targets[0];
  }
  return out;
}

const ok: FaultStep = { kind: 'ok' };
const always = (step: FaultStep): FaultPlan => ({ steps: [], then: step });
const once = (step: FaultStep): FaultPlan => ({ steps: [step], then: ok });
/** The head's first member: the route a request reaches first. */
const onPrimary = (shape: ChainShape, plan: FaultPlan) =>
  new Map(shape.head[0] ? [[shape.head[0], plan]] : []);
/** Every member of the head: the primary (group) is down. */
const onHead = (shape: ChainShape, plan: FaultPlan) =>
  new Map(shape.head.map((route) => [route, plan]));
const onEvery = (shape: ChainShape, plan: FaultPlan) =>
  new Map([...shape.head, ...shape.fallbacks].map((route) => [route, plan]));

function throttle(knobs: ResolvedKnobs): FaultStep {
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
    build: (shape, knobs) => ({
      faults: onPrimary(shape, once(throttle(knobs))),
      allowedOutcomes: ['usable', 'controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'unavailable-exhausts',
    expectation:
      'every route answers 503 every time: retries back off, stop within the budget, and the caller ends with a controlled failure',
    needsFallback: false,
    build: (shape) => ({
      faults: onEvery(shape, always({ kind: 'status', status: 503 })),
      allowedOutcomes: ['controlled_failure'],
      fallbackExpected: shape.fallbacks.length > 0,
    }),
  },
  {
    name: 'timeout',
    expectation:
      "the primary's first attempt hangs: the caller gives up at the route timeout, retries or falls back, and never hangs",
    needsFallback: false,
    build: (shape) => ({
      faults: onPrimary(shape, once({ kind: 'hang' })),
      allowedOutcomes: ['usable', 'controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'reset',
    expectation:
      "the primary's first connection is reset: the caller treats it as retryable and ends usable or with a controlled failure",
    needsFallback: false,
    build: (shape) => ({
      faults: onPrimary(shape, once({ kind: 'reset' })),
      allowedOutcomes: ['usable', 'controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'terminal',
    expectation:
      'every route answers 400: no route is retried after a terminal status, and the caller ends with a controlled failure',
    needsFallback: false,
    build: (shape) => ({
      faults: onEvery(shape, always({ kind: 'status', status: 400 })),
      allowedOutcomes: ['controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'malformed-2xx',
    expectation:
      'the primary answers 200 with a body that is not valid JSON: the caller never counts it as usable',
    needsFallback: false,
    build: (shape) => ({
      faults: onPrimary(shape, always({ kind: 'malformed_json' })),
      allowedOutcomes: ['usable', 'controlled_failure'],
      fallbackExpected: false,
    }),
  },
  {
    name: 'primary-down-fallback-up',
    expectation:
      'the primary (every member of a load-balanced primary group) answers 503 every time: after its retries the caller falls back and ends usable from the fallback',
    needsFallback: true,
    build: (shape) => ({
      faults: onHead(shape, always({ kind: 'status', status: 503 })),
      allowedOutcomes: ['usable'],
      fallbackExpected: true,
    }),
  },
  {
    name: 'fallback-wrong-shape',
    expectation:
      "the primary (every member of a load-balanced primary group) answers 503 and the first fallback answers 200 with the other family's body: the caller does not accept that body",
    needsFallback: true,
    build: (shape) => {
      const faults = onHead(shape, always({ kind: 'status', status: 503 }));
      if (shape.fallbacks[0]) faults.set(shape.fallbacks[0], always({ kind: 'wrong_family' }));
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
export class ScenarioSelectionError extends GateError {
  readonly code = 'scenario_selection';
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
  const shape: ChainShape = { head: headRoutes(chain), fallbacks: fallbackRoutes(chain) };
  const resolved: ResolvedKnobs = {
    retryAfterMs: knobs.retryAfterMs ?? defaultRetryAfterMs(chain),
  };
  const wanted = (name: string) => selected.length === 0 || selected.includes(name);
  const standard = STANDARD_SCENARIOS.filter(
    (s) => wanted(s.name) && (!s.needsFallback || shape.fallbacks.length > 0),
  ).map((s) => ({
    name: s.name,
    kind: 'standard' as const,
    expectation: s.expectation,
    ...s.build(shape, resolved),
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
