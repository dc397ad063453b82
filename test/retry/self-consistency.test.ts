import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorPathVerdicts } from '../../src/judge/scenario-verdicts.js';
import { renderSubject } from '../../src/judge/subject.js';
import type { Verdict } from '../../src/judge/types.js';
import { loadPlan } from '../../src/plan/load.js';
import type { RetryPolicy, RoutingPlan, ScenarioSpec, Target } from '../../src/routing/types.js';
import { executeChain, type ExecuteOptions } from '../../src/probe/drivers/reference.js';
import { simulateChain } from '../../src/probe/drivers/virtual-time.js';
import { runErrorPath } from '../../src/probe/error-path-run.js';
import { seededRandom } from '../../src/retry/random.js';
import { worstCaseChainAttempts } from '../../src/retry/worst-case.js';
import { parseFaultPlan } from '../../src/contract/fault-plan.js';
import { at, useMock } from '../probe/error-path/fixtures.js';
import { buildTree, policyArb, treeArb } from './generate.js';

// The reference driver executes the declared policy, so it can never fail a verdict that checks
// conformance to that policy: only the budget verdicts may fail for it. Generated plans cover
// every construct (nested fallback and load-balance groups, layers, the three jitters,
// retry-after, timeouts, max elapsed, user scenarios), on real loopback with the fault proxies,
// with timings in tens of milliseconds so a run takes seconds. When this fails, the gate is wrong.

const CONFORMANCE = [
  'attempts_within_declared_policy',
  'backoff_present',
  'jitter_present',
  'retry_after_honoured',
  'terminal_not_retried',
  'fallback_engaged',
  'caller_outcome',
  'stop_rule', // by deadline
];

const mock = useMock();

const FAULT_TEXTS = [
  '503 x2, ok',
  '503*',
  '429(retry-after-ms=150), ok',
  '429(retry-after-ms=90) x2, ok',
  'hang, ok',
  'reset, ok',
  '400',
  'malformed, ok',
  '500, 429(retry-after-ms=60), ok',
];

const planArb = fc
  .record({
    tree: treeArb,
    timeouts: fc.array(fc.integer({ min: 1000, max: 1600 }), { minLength: 1, maxLength: 3 }),
    layer: fc.option(policyArb, { nil: null }),
    user: fc.array(
      fc.record({
        faults: fc.array(fc.constantFrom(...FAULT_TEXTS), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ tree, timeouts, layer, user }): RoutingPlan => {
    const { target, routes } = buildTree(tree, timeouts);
    const scenarios: ScenarioSpec[] = user.map((u, i) => ({
      name: `user-${i}`,
      chain: null,
      faults: Object.fromEntries(
        u.faults.map((text, j) => [routes[j % routes.length]!.name, text]),
      ),
      expect: 'usable',
      at,
    }));
    return {
      file: 'generated.yaml',
      format: 'native',
      digest: '0'.repeat(64),
      routes,
      chains: [
        {
          name: 'default',
          layers: layer ? [{ name: 'client', retry: layer, at }] : [],
          target,
          at,
        },
      ],
      // A budget nothing reaches: only conformance can fail here.
      budget: { maxAttemptsPerRequest: 10_000, maxElapsedMs: null, maxAmplification: null, at },
      owners: { operatorInitials: 'TT', followUpOwner: 'team' },
      scenarios,
      unsupported: [],
    };
  })
  .filter((p) => worstCaseChainAttempts(p.chains[0]!) <= 16);

/**
 * A user scenario states what the caller ends with. Keep only those whose outcome the declared
 * policy decides whatever the draws (a load balancer's pick can decide it) and however slow the
 * machine is (attempts take no time in virtual time, so the same plan also runs with every max
 * elapsed time cut short), and state that outcome.
 */
async function withDecidedExpectations(p: RoutingPlan): Promise<RoutingPlan> {
  const routes = new Map(p.routes.map((r) => [r.name, r]));
  const slow = mapPolicies(p, (r) => ({
    ...r,
    maxElapsedMs: r.maxElapsedMs === null ? null : Math.max(0, r.maxElapsedMs - 400),
  }));
  const kept: ScenarioSpec[] = [];
  for (const spec of p.scenarios) {
    const faults = new Map(Object.entries(spec.faults).map(([r, t]) => [r, parseFaultPlan(t)]));
    const outcomes = new Set<string>();
    for (const chain of [p.chains[0]!, slow.chains[0]!]) {
      for (let seed = 0; seed < 24; seed++) {
        const sim = await simulateChain({
          chain,
          routes,
          faults,
          random: seededRandom(seed),
          defaultTimeoutMs: 1000,
        });
        outcomes.add(sim.outcome.kind);
      }
    }
    const [only] = [...outcomes];
    if (outcomes.size === 1 && (only === 'usable' || only === 'controlled_failure')) {
      kept.push({ ...spec, expect: only });
    }
  }
  return { ...p, scenarios: kept };
}

async function conformanceFailures(
  p: RoutingPlan,
  executor?: typeof executeChain,
): Promise<Verdict[]> {
  const m = await mock();
  const run = await runErrorPath(p, {
    driver: 'reference',
    scenarios: [],
    samples: 3,
    upstreamBaseUrl: m.url,
    env: {},
    knobs: { retryAfterMs: 150 },
    timeBoxMs: null,
    ...(executor ? { executor } : {}),
  });
  // stop_rule also carries the budget (attempts after the budget was spent): for conformance
  // it counts only as a sample still running at its deadline.
  const failed = errorPathVerdicts(p, run.observations).filter(
    (v) =>
      CONFORMANCE.includes(v.id) &&
      v.status === 'fail' &&
      (v.id !== 'stop_rule' || v.figures.samples_still_running_at_deadline !== 0),
  );
  // Each failure with the wire it was judged from, so a counterexample explains itself.
  return failed.map((v) => {
    const o = run.observations.find((x) =>
      renderSubject(v.subject).endsWith(`scenario:${x.scenario}`),
    );
    const wire = o?.samples.map(
      (s) =>
        `#${s.sample} ${s.outcome.kind}: ` +
        s.attempts
          .map(
            (a) =>
              `${a.route}@${a.atMs}+${a.durationMs ?? a.abandonedAfterMs}:${a.status ?? a.fault}`,
          )
          .join(' '),
    );
    return { ...v, reason: `${v.reason} [${(wire ?? []).join(' | ')}]` };
  });
}

const describeFailures = (failed: Verdict[]) =>
  failed.map((v) => `${renderSubject(v.subject)} ${v.id}: ${v.reason}`);

/** Runs per property; SC_RUNS and SC_SEED widen the search when the gate changes. */
const RUNS = 14;

describe('the reference driver never fails a conformance verdict', () => {
  it('over generated plans with every construct, on real loopback', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (generated) => {
        const p = await withDecidedExpectations(generated);
        expect(describeFailures(await conformanceFailures(p))).toEqual([]);
      }),
      {
        numRuns: Number(process.env.SC_RUNS ?? RUNS),
        seed: Number(process.env.SC_SEED ?? 1201),
        endOnFailure: true,
      },
    );
  }, 180_000);

  it.each([
    'examples/basic.yaml',
    'examples/retry-storm.yaml',
    'examples/storm-prone.yaml',
    'examples/litellm/config.yaml',
    'examples/portkey/config.json',
  ])(
    'on the shipped example %s, its timings scaled down 50×',
    async (file) => {
      const p = scaled(await loadPlan(file), 50);
      expect(describeFailures(await conformanceFailures(p))).toEqual([]);
    },
    120_000,
  );
});

describe('the property catches an executor that does not follow the declared policy', () => {
  /** A plan every broken executor below gets wrong: throttled, then down, with a terminal. */
  const broken: [string, (options: ExecuteOptions) => ExecuteOptions][] = [
    [
      'ignores retry-after',
      (o) => ({
        ...o,
        transport: {
          attempt: async (route, timeout) => {
            const r = await o.transport.attempt(route, timeout);
            return r.kind === 'status' ? { ...r, retryAfterMs: null } : r;
          },
        },
      }),
    ],
    [
      'retries a terminal status',
      (o) => ({
        ...o,
        transport: {
          attempt: async (route, timeout) => {
            const r = await o.transport.attempt(route, timeout);
            return r.kind === 'status' && r.status === 400 ? { ...r, status: 503 } : r;
          },
        },
      }),
    ],
    [
      'does not back off',
      (o) => ({ ...o, clock: { now: () => o.clock.now(), sleep: () => Promise.resolve() } }),
    ],
  ];

  it.each(broken)(
    'an executor that %s fails the property',
    async (_name, breakIt) => {
      const executor: typeof executeChain = (chain, options) =>
        executeChain(chain, breakIt(options));
      const result = await fc.check(
        fc.asyncProperty(planArb, async (generated) => {
          const p = await withDecidedExpectations(generated);
          return (await conformanceFailures(p, executor)).length === 0;
        }),
        { numRuns: 40, seed: 7, endOnFailure: true },
      );
      expect(result.failed).toBe(true);
    },
    240_000,
  );
});

/** The same plan with every retry policy rewritten. */
function mapPolicies(p: RoutingPlan, policy: (r: RetryPolicy) => RetryPolicy): RoutingPlan {
  const target = (t: Target): Target =>
    t.kind === 'route'
      ? { ...t, retry: t.retry && policy(t.retry) }
      : { ...t, retry: t.retry && policy(t.retry), targets: t.targets.map(target) };
  return {
    ...p,
    chains: p.chains.map((c) => ({
      ...c,
      layers: c.layers.map((l) => ({ ...l, retry: policy(l.retry) })),
      target: target(c.target),
    })),
  };
}

/**
 * The same plan with every duration divided by `factor`: same structure, seconds become tens of
 * milliseconds. Route timeouts stay at least 1 s so a healthy answer on a busy machine fits.
 */
function scaled(p: RoutingPlan, factor: number): RoutingPlan {
  const ms = (v: number) => Math.max(1, Math.round(v / factor));
  const out = mapPolicies(p, (r) => ({
    ...r,
    initialBackoffMs: ms(r.initialBackoffMs),
    maxBackoffMs: ms(r.maxBackoffMs),
    maxElapsedMs: r.maxElapsedMs === null ? null : ms(r.maxElapsedMs),
  }));
  return {
    ...out,
    routes: p.routes.map((r) => ({
      ...r,
      timeoutMs: r.timeoutMs === null ? null : Math.max(1000, ms(r.timeoutMs)),
    })),
    budget: {
      ...p.budget,
      maxElapsedMs: p.budget.maxElapsedMs === null ? null : ms(p.budget.maxElapsedMs),
    },
  };
}
