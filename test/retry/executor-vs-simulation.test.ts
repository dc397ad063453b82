import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFaultPlan, stepForAttempt, type FaultPlan } from '../../src/contract/fault-plan.js';
import type { RetryPolicy, RoutingPlan } from '../../src/routing/types.js';
import { runErrorPath } from '../../src/probe/error-path-run.js';
import { DEFAULT_STORM } from '../../src/storm/scenario.js';
import { simulateStorm, type Played } from '../../src/storm/simulate.js';
import { seededRandom } from '../../src/retry/random.js';
import { worstCaseChainAttempts, worstCaseChainElapsedMs } from '../../src/retry/worst-case.js';
import { at, plan, policy, route, useMock } from '../probe/error-path/fixtures.js';
import { buildTree, policyArb, treeArb } from './generate.js';

// One retry semantics: the reference executor on real loopback (real sockets, real timers, the
// fault proxies) and the storm simulation in virtual time, given the same seeded random source
// and the same fault plans, make the same attempts: same route, same answer, same order.

const mock = useMock();

/** Route timeout for every generated route: what a hanging attempt costs. */
const TIMEOUT_MS = 400;
/**
 * A max-elapsed decision closer to its limit than this is left out: real attempts take a few
 * milliseconds each (more on a busy machine), virtual ones take none, and that difference must
 * not be what decides.
 */
const DECISION_MARGIN_MS = 150;

const FAULTS = [
  'ok',
  '503*',
  '503 x2, ok',
  '429(retry-after-ms=120), ok',
  'hang, ok',
  'reset, 503, ok',
  '400',
  'malformed, ok',
];

type Attempt = string;

/** The real run: one sample of a scenario that plays these fault plans, with this seed. */
async function onLoopback(p: RoutingPlan, faults: Record<string, string>, seed: number) {
  const m = await mock();
  const withScenario: RoutingPlan = {
    ...p,
    scenarios: [{ name: 'property', chain: null, faults, expect: 'usable', at }],
  };
  const run = await runErrorPath(withScenario, {
    driver: 'reference',
    scenarios: ['property'],
    samples: 1,
    upstreamBaseUrl: m.url,
    env: {},
    random: seededRandom(seed),
  });
  const sample = run.observations[0]!.samples[0]!;
  return sample.attempts.map((a): Attempt => `${a.route}:${a.status ?? a.fault}`);
}

/** The virtual-time run: the storm simulation with one caller, replaying the same fault plans. */
function inVirtualTime(p: RoutingPlan, faults: Record<string, string>, seed: number) {
  const plans = new Map<string, FaultPlan>(
    Object.entries(faults).map(([r, text]) => [r, parseFaultPlan(text)]),
  );
  const seen = new Map<string, number>();
  const answers: string[] = [];
  const margins: number[] = [];
  const play = (
    _caller: number,
    routeName: string,
    _at: number,
    timeout: number | null,
  ): Played => {
    const index = seen.get(routeName) ?? 0;
    seen.set(routeName, index + 1);
    const step = stepForAttempt(plans.get(routeName) ?? { steps: [], then: { kind: 'ok' } }, index);
    const answer = (label: string, played: Played) => (
      answers.push(`${routeName}:${label}`),
      played
    );
    switch (step.kind) {
      case 'ok':
        return answer('200', { outcome: { ok: true }, durationMs: 0 });
      case 'status':
        return answer(String(step.status), {
          outcome: {
            ok: false,
            status: step.status,
            retryAfterMs:
              step.retryAfterMs ??
              (step.retryAfterS === undefined ? null : step.retryAfterS * 1000),
          },
          durationMs: 0,
        });
      case 'hang':
        return answer('hang', {
          outcome: { ok: false, status: null, retryAfterMs: null },
          durationMs: timeout ?? TIMEOUT_MS,
        });
      case 'reset':
        return answer('reset', {
          outcome: { ok: false, status: null, retryAfterMs: null },
          durationMs: 0,
        });
      default:
        // A 200 whose body is unusable (the fault proxy records the status it sent).
        return answer('200', {
          outcome: { ok: false, status: 200, retryAfterMs: null, unusable: true },
          durationMs: 0,
        });
    }
  };
  const sim = simulateStorm({
    chain: p.chains[0]!,
    routes: p.routes,
    budget: p.budget,
    scenario: { ...DEFAULT_STORM, callers: 1, arrivalWindowMs: 0, seed },
    arrivalsMs: [0],
    recordAttempts: true,
    play,
    observer: {
      stop: (_reason, margin) => margins.push(margin),
      withinMaxElapsed: (margin) => margins.push(margin),
    },
  });
  return { attempts: answers, elapsedMs: sim.callers![0]!.endMs, margins };
}

const caseArb = fc
  .record({
    tree: treeArb,
    layer: fc.option(policyArb, { nil: null }),
    faults: fc.array(fc.constantFrom(...FAULTS), { minLength: 4, maxLength: 4 }),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  })
  .map(({ tree, layer, faults, seed }) => {
    const { target, routes } = buildTree(tree, [TIMEOUT_MS]);
    const p = plan({ routes, retry: null });
    p.chains[0]!.target = target;
    p.chains[0]!.layers = layer ? [{ name: 'client', retry: layer, at }] : [];
    const byRoute = Object.fromEntries(routes.map((r, i) => [r.name, faults[i % faults.length]!]));
    return { p, faults: byRoute, seed };
  })
  .filter(({ p }) => worstCaseChainAttempts(p.chains[0]!) <= 12);

describe('the reference executor and the storm simulation make the same attempts', () => {
  it('over generated policies, hanging attempts and max elapsed included', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ p, faults, seed }) => {
        const virtual = inVirtualTime(p, faults, seed);
        // Leave out the rare case where real milliseconds could tip a max-elapsed decision.
        fc.pre(virtual.margins.every((m) => Math.abs(m) >= DECISION_MARGIN_MS));
        compared += 1;
        expect(await onLoopback(p, faults, seed)).toEqual(virtual.attempts);
      }),
      { numRuns: 25, seed: 1212, endOnFailure: true },
    );
    expect(compared).toBe(25);
  }, 180_000);

  it('stops by max elapsed from the request start: 1000 ms hangs, 5 attempts, no backoff, 1500 ms → 2 attempts over 2000 ms', async () => {
    const hangs: RetryPolicy = policy({
      maxAttempts: 5,
      initialBackoffMs: 0,
      maxBackoffMs: 0,
      maxElapsedMs: 1500,
    });
    const p = plan({ routes: [route('primary', { timeoutMs: 1000 })], retry: hangs });
    const faults = { primary: 'hang*' };
    const virtual = inVirtualTime(p, faults, 1);
    expect(virtual.attempts).toEqual(['primary:hang', 'primary:hang']);
    expect(virtual.elapsedMs).toBe(2000);
    expect(await onLoopback(p, faults, 1)).toEqual(['primary:hang', 'primary:hang']);
    // The worst case also counts an attempt that fails at once and lets one more start at
    // 1500 ms: 1500 + 1000.
    expect(worstCaseChainElapsedMs(p.chains[0]!, p.routes)).toBe(2500);
  }, 20_000);
});
