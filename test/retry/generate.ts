import fc from 'fast-check';
import type { Jitter, RetryPolicy, Route, Target } from '../../src/routing/types.js';
import { at } from '../probe/error-path/fixtures.js';

// Generated retry policies and target trees: nested fallback and load-balance groups, each node
// with or without its own policy, the three jitters, retry-after, max elapsed.

export const policyArb: fc.Arbitrary<RetryPolicy> = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 3 }),
  initialBackoffMs: fc.integer({ min: 5, max: 60 }),
  maxBackoffMs: fc.integer({ min: 20, max: 120 }),
  multiplier: fc.constantFrom(1, 1.5, 2),
  jitter: fc.constantFrom<Jitter>('none', 'full', 'equal'),
  retryOnStatuses: fc.constantFrom([408, 429, 500, 502, 503, 504], [429, 503], [503]),
  retryOnNetworkErrors: fc.boolean(),
  honourRetryAfter: fc.boolean(),
  maxElapsedMs: fc.option(fc.integer({ min: 80, max: 700 }), { nil: null }),
  at: fc.constant(at),
});

type Shape = 'route' | 'fallback' | 'loadbalance';

export interface TreeChoice {
  top: Shape;
  /** Per child of the top group: a route, or a nested group of the other kind. */
  children: ('route' | 'group')[];
  retries: (RetryPolicy | null)[];
}

export const treeArb: fc.Arbitrary<TreeChoice> = fc.record({
  top: fc.constantFrom<Shape>('route', 'fallback', 'loadbalance', 'fallback'),
  children: fc.array(fc.constantFrom<'route' | 'group'>('route', 'group'), {
    minLength: 2,
    maxLength: 3,
  }),
  retries: fc.array(fc.option(policyArb, { nil: null, freq: 2 }), {
    minLength: 8,
    maxLength: 8,
  }),
});

/** Builds the target tree and the routes it names. */
export function buildTree(
  choice: TreeChoice,
  timeouts: number[],
): { target: Target; routes: Route[] } {
  const routes: Route[] = [];
  let policies = 0;
  const nextPolicy = () => choice.retries[policies++ % choice.retries.length] ?? null;
  const leaf = (): Target => {
    const name = `r${routes.length}`;
    routes.push({
      name,
      family: 'chat_completions',
      baseUrl: `https://${name}.example.invalid/v1`,
      model: 'test-model',
      apiKeyEnv: null,
      timeoutMs: timeouts[routes.length % timeouts.length]!,
      stream: false,
      at,
    });
    return { kind: 'route', route: name, retry: nextPolicy(), at };
  };
  if (choice.top === 'route') return { target: leaf(), routes };
  const other = choice.top === 'fallback' ? 'loadbalance' : 'fallback';
  const targets = choice.children.map((c): Target =>
    c === 'route' ? leaf() : { kind: other, targets: [leaf(), leaf()], retry: nextPolicy(), at },
  );
  return { target: { kind: choice.top, targets, retry: nextPolicy(), at }, routes };
}
