import { describe, expect, it } from 'vitest';
import { HEALTHY } from '../../../src/contract/fault-plan.js';
import { backoffCeiling, firstBackoff, waitBounds } from '../../../src/retry/backoff.js';
import { seededRandom } from '../../../src/retry/random.js';
import { HIGHEST, LOWEST, simulateChain } from '../../../src/probe/drivers/virtual-time.js';
import { at, plan, policy, route } from './fixtures.js';

const shape = { initialBackoffMs: 100, maxBackoffMs: 1000, multiplier: 2 };

describe('exponential backoff as immutable values', () => {
  it('grows by the multiplier and stops at the cap', () => {
    const waits: number[] = [];
    let step = firstBackoff({ ...shape, jitter: 'none' }, LOWEST);
    for (let i = 0; i < 6; i++, step = step.next(LOWEST)) waits.push(step.delayMs);
    expect(waits).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('never changes a step: next() returns a new one', () => {
    const first = firstBackoff({ ...shape, jitter: 'none' }, LOWEST);
    const second = first.next(LOWEST);
    expect(first.retry).toBe(1);
    expect(first.delayMs).toBe(100);
    expect(second.retry).toBe(2);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('replays a jittered timeline exactly from the same seed', () => {
    const timeline = (seed: number) => {
      const random = seededRandom(seed);
      let step = firstBackoff({ ...shape, jitter: 'full' }, random);
      const out: number[] = [];
      for (let i = 0; i < 5; i++, step = step.next(random)) out.push(step.delayMs);
      return out;
    };
    expect(timeline(42)).toEqual(timeline(42));
    expect(timeline(42)).not.toEqual(timeline(43));
  });

  it.each([
    ['none', 400, 400],
    ['equal', 200, 400],
    ['full', 0, 400],
  ] as const)('%s jitter keeps the third wait within [%d, %d] ms', (jitter, min, max) => {
    expect(waitBounds({ ...shape, jitter }, 3)).toEqual({ minMs: min, maxMs: max });
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const wait = firstBackoff({ ...shape, jitter }, random)
        .next(random)
        .next(random).delayMs;
      expect(wait).toBeGreaterThanOrEqual(min);
      expect(wait).toBeLessThanOrEqual(max);
    }
    expect(backoffCeiling({ ...shape, jitter }, 3)).toBe(400);
  });
});

describe('the declared policy in virtual time', () => {
  it('gives the exact timeline of a full outage: attempts, waits, and the stop', async () => {
    const p = plan({ retry: policy({ maxAttempts: 3, initialBackoffMs: 100, jitter: 'none' }) });
    const chain = p.chains[0]!;
    const down = { steps: [], then: { kind: 'status' as const, status: 503 } };
    const sim = await simulateChain({
      chain,
      routes: new Map(p.routes.map((r) => [r.name, r])),
      faults: new Map([
        ['primary', down],
        ['backup', down],
      ]),
      random: LOWEST,
      defaultTimeoutMs: 1000,
    });
    expect(sim.attempts).toBe(6);
    expect(sim.elapsedMs).toBe(2 * (100 + 200));
    expect(
      sim.events.map((e) =>
        e.type === 'wait' ? `wait ${e.ms}` : e.type === 'attempt' ? e.route : e.reason,
      ),
    ).toEqual([
      'primary',
      'wait 100',
      'primary',
      'wait 200',
      'primary',
      'backup',
      'wait 100',
      'backup',
      'wait 200',
      'backup',
    ]);
    expect(sim.outcome.kind).toBe('controlled_failure');
  });

  it('bounds full jitter between a floor of zero waits and a ceiling of full waits', async () => {
    const p = plan({ retry: policy({ maxAttempts: 3, jitter: 'full' }), order: ['primary'] });
    const input = {
      chain: p.chains[0]!,
      routes: new Map(p.routes.map((r) => [r.name, r])),
      faults: new Map([['primary', { steps: [], then: { kind: 'hang' as const } }]]),
      defaultTimeoutMs: 1000,
    };
    expect((await simulateChain({ ...input, random: LOWEST })).elapsedMs).toBe(3 * 1000);
    expect((await simulateChain({ ...input, random: HIGHEST })).elapsedMs).toBe(
      3 * 1000 + 100 + 200,
    );
  });

  it('stops retrying when the next wait would pass the max elapsed time', async () => {
    const p = plan({
      retry: policy({ maxAttempts: 5, initialBackoffMs: 300, maxElapsedMs: 500 }),
      order: ['primary'],
    });
    const sim = await simulateChain({
      chain: p.chains[0]!,
      routes: new Map(p.routes.map((r) => [r.name, r])),
      faults: new Map([['primary', { steps: [], then: { kind: 'status' as const, status: 503 } }]]),
      random: LOWEST,
      defaultTimeoutMs: 1000,
    });
    expect(sim.attempts).toBe(2);
    expect(sim.events.at(-1)).toMatchObject({ type: 'stop', reason: 'max_elapsed' });
  });

  it('a healthy chain takes one attempt and no time', async () => {
    const p = plan();
    const sim = await simulateChain({
      chain: p.chains[0]!,
      routes: new Map(p.routes.map((r) => [r.name, r])),
      faults: new Map([['primary', HEALTHY]]),
      random: LOWEST,
      defaultTimeoutMs: 1000,
    });
    expect(sim).toMatchObject({
      attempts: 1,
      elapsedMs: 0,
      outcome: { kind: 'usable', route: 'primary' },
    });
  });

  it('runs nested groups as declared: a load balancer picks one child per try, a group retry re-runs its fallbacks', async () => {
    const p = plan({
      routes: [route('a'), route('b'), route('c')],
      retry: null,
    });
    const chain = p.chains[0]!;
    // fallback[ loadbalance[a, b] (2 tries), c ] with the outer group retried once.
    chain.target = {
      kind: 'fallback',
      retry: policy({ maxAttempts: 2, initialBackoffMs: 50 }),
      at,
      targets: [
        {
          kind: 'loadbalance',
          retry: policy({ maxAttempts: 2, initialBackoffMs: 10 }),
          at,
          targets: [
            { kind: 'route', route: 'a', retry: null, at },
            { kind: 'route', route: 'b', retry: null, at },
          ],
        },
        { kind: 'route', route: 'c', retry: null, at },
      ],
    };
    const down = { steps: [], then: { kind: 'status' as const, status: 503 } };
    const draws = [0.1, 0.9, 0.1, 0.9];
    let i = 0;
    const sim = await simulateChain({
      chain,
      routes: new Map(p.routes.map((r) => [r.name, r])),
      faults: new Map([
        ['a', down],
        ['b', down],
        ['c', down],
      ]),
      // Jitter is 'none', so only the load balancer consumes draws.
      random: () => draws[i++ % draws.length]!,
      defaultTimeoutMs: 1000,
    });
    expect(
      sim.events
        .filter((e) => e.type === 'attempt')
        .map((e) => (e.type === 'attempt' ? e.route : '')),
    ).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
    expect(sim.elapsedMs).toBe(10 + 50 + 10);
  });
});
