import { describe, expect, it } from 'vitest';
import type { Chain, Target } from '../../src/routing/types.js';
import { defaultRetryAfterMs, scenariosForChain } from '../../src/probe/scenarios.js';
import { waitBeforeRetry } from '../../src/retry/backoff.js';
import { chainHead, fallbackRoutes, headRoutes } from '../../src/retry/groups.js';
import { isRetried } from '../../src/retry/policy-run.js';
import { parseRetryAfter } from '../../src/retry/retry-after.js';
import { at, plan, policy, route } from '../probe/error-path/fixtures.js';

// The rules of the retry core that every executor, simulation and check shares.

describe('retry-after', () => {
  it('reads retry-after-ms first, then retry-after as seconds or an HTTP date', () => {
    expect(parseRetryAfter({ 'retry-after-ms': '250', 'retry-after': '3' })).toBe(250);
    expect(parseRetryAfter({ 'retry-after': '3' })).toBe(3000);
    expect(parseRetryAfter({ 'retry-after': '0.5' })).toBe(500);
    expect(parseRetryAfter({ 'retry-after': new Date(9_000).toUTCString() }, 4_000)).toBe(5000);
    expect(parseRetryAfter({ 'retry-after': ['2', '9'] })).toBe(2000);
  });

  it('ignores values it cannot read, and falls back from a bad retry-after-ms', () => {
    expect(parseRetryAfter({ 'retry-after': 'soon' })).toBeNull();
    expect(parseRetryAfter({ 'retry-after': '-1' })).toBeNull();
    expect(parseRetryAfter({ 'retry-after-ms': 'x', 'retry-after': '1' })).toBe(1000);
    expect(parseRetryAfter({})).toBeNull();
  });
});

describe('the wait before a retry', () => {
  it('is the announced wait when longer and honoured, else the backoff; a cap bounds both', () => {
    expect(waitBeforeRetry(100, 400, true)).toEqual({ waitMs: 400, reason: 'retry_after' });
    expect(waitBeforeRetry(100, 400, false)).toEqual({ waitMs: 100, reason: 'backoff' });
    expect(waitBeforeRetry(500, 400, true)).toEqual({ waitMs: 500, reason: 'backoff' });
    expect(waitBeforeRetry(100, 60_000, true, 5_000).waitMs).toBe(5_000);
  });
});

describe('which outcomes are retried', () => {
  const p = policy({ retryOnStatuses: [429, 503], retryOnNetworkErrors: false });
  it('follows the retried statuses and the network-error switch, never an unusable 2xx', () => {
    expect(isRetried(p, { ok: false, status: 503, retryAfterMs: null })).toBe(true);
    expect(isRetried(p, { ok: false, status: 500, retryAfterMs: null })).toBe(false);
    expect(isRetried(p, { ok: false, status: null, retryAfterMs: null })).toBe(false);
    expect(
      isRetried(
        { ...p, retryOnNetworkErrors: true },
        { ok: false, status: null, retryAfterMs: null },
      ),
    ).toBe(true);
    expect(
      isRetried(
        { ...p, retryOnStatuses: [200] },
        { ok: false, status: 200, retryAfterMs: null, unusable: true },
      ),
    ).toBe(false);
    expect(isRetried(p, { ok: true })).toBe(false);
  });
});

describe('a chain that starts with a load-balanced group', () => {
  const leaf = (name: string): Target => ({ kind: 'route', route: name, retry: null, at });
  const lb: Target = {
    kind: 'loadbalance',
    targets: [leaf('east'), leaf('west')],
    retry: policy(),
    at,
  };
  const withFallback: Chain = {
    name: 'gpt',
    layers: [],
    target: { kind: 'fallback', targets: [lb, leaf('claude')], retry: null, at },
    at,
  };
  const onlyGroup: Chain = { name: 'gpt', layers: [], target: lb, at };
  const p = plan({ routes: [route('east'), route('west'), route('claude')], retry: null });

  it('has the group as its primary and the routes beyond it as fallbacks', () => {
    expect(chainHead(withFallback)).toBe(lb);
    expect(headRoutes(withFallback)).toEqual(['east', 'west']);
    expect(fallbackRoutes(withFallback)).toEqual(['claude']);
    expect(fallbackRoutes(onlyGroup)).toEqual([]);
  });

  it('takes the whole group down when the primary is down, and expects a fallback beyond it', () => {
    const runs = scenariosForChain({ ...p, chains: [withFallback] }, withFallback, []);
    const down = runs.find((s) => s.name === 'primary-down-fallback-up')!;
    expect([...down.faults.keys()].sort()).toEqual(['east', 'west']);
    expect(down.fallbackExpected).toBe(true);
    const wrong = runs.find((s) => s.name === 'fallback-wrong-shape')!;
    expect(wrong.faults.get('claude')?.then.kind).toBe('wrong_family');
    const hang = runs.find((s) => s.name === 'timeout')!;
    expect([...hang.faults.keys()]).toEqual(['east']);
  });

  it('has no fallback scenario and expects no fallback when the group is all there is', () => {
    const runs = scenariosForChain({ ...p, chains: [onlyGroup] }, onlyGroup, []);
    expect(runs.map((s) => s.name)).not.toContain('primary-down-fallback-up');
    expect(runs.find((s) => s.name === 'unavailable-exhausts')?.fallbackExpected).toBe(false);
  });
});

describe('the throttle announcement', () => {
  it('is at least 2 s and twice the first backoff ceiling, in whole seconds', () => {
    const chain = (initialBackoffMs: number) =>
      plan({ retry: policy({ initialBackoffMs, maxBackoffMs: 8000 }) }).chains[0]!;
    expect(defaultRetryAfterMs(chain(100))).toBe(2000);
    expect(defaultRetryAfterMs(chain(1000))).toBe(2000);
    expect(defaultRetryAfterMs(chain(1200))).toBe(3000);
  });
});
