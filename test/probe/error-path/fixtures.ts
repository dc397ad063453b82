import { afterEach } from 'vitest';
import { startMockProvider, type MockProvider } from '../../../src/mock/server.js';
import type {
  Chain,
  RetryLayer,
  RetryPolicy,
  Route,
  RoutingPlan,
  Target,
} from '../../../src/routing/types.js';

// Plans built in code for error-path tests: short timeouts and millisecond backoffs keep them
// fast; the 1 s route timeout leaves room for a busy machine.

export const at = { file: 'routing.yaml', line: 1, column: 1 };

export function route(name: string, overrides: Partial<Route> = {}): Route {
  return {
    name,
    family: 'chat_completions',
    baseUrl: `https://${name}.example.invalid/v1`,
    model: 'test-model',
    apiKeyEnv: null,
    timeoutMs: 1000,
    stream: false,
    at,
    ...overrides,
  };
}

export function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    maxAttempts: 2,
    initialBackoffMs: 100,
    maxBackoffMs: 1000,
    multiplier: 2,
    jitter: 'none',
    retryOnStatuses: [408, 429, 500, 502, 503, 504],
    retryOnNetworkErrors: true,
    honourRetryAfter: true,
    maxElapsedMs: 10_000,
    at,
    ...overrides,
  };
}

export interface PlanShape {
  routes?: Route[];
  retry?: RetryPolicy | null;
  layers?: RetryLayer[];
  budget?: Partial<RoutingPlan['budget']>;
  /** Route names of the chain, primary first; default: every route. */
  order?: string[];
}

export function plan(shape: PlanShape = {}): RoutingPlan {
  const routes = shape.routes ?? [route('primary'), route('backup')];
  const retry = shape.retry === undefined ? policy() : shape.retry;
  const order = shape.order ?? routes.map((r) => r.name);
  const targets: Target[] = order.map((name) => ({ kind: 'route', route: name, retry, at }));
  const target: Target =
    targets.length === 1 ? targets[0]! : { kind: 'fallback', targets, retry: null, at };
  const chain: Chain = { name: 'default', layers: shape.layers ?? [], target, at };
  return {
    file: 'routing.yaml',
    format: 'native',
    digest: '0'.repeat(64),
    routes,
    chains: [chain],
    budget: {
      maxAttemptsPerRequest: 4,
      maxElapsedMs: 20_000,
      maxAmplification: 3,
      at,
      ...shape.budget,
    },
    owners: { operatorInitials: 'TT', followUpOwner: 'team' },
    scenarios: [],
    unsupported: [],
  };
}

/** A healthy embedded mock for the proxies to forward to, closed after each test. */
export function useMock(): () => Promise<MockProvider> {
  const open: MockProvider[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((m) => m.close()));
  });
  return async () => {
    const mock = await startMockProvider();
    open.push(mock);
    return mock;
  };
}
