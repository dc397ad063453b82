import type { RetryPolicy, SourcePosition } from '../routing/index.js';
import type { YamlSource } from '../common/index.js';
import {
  RETRY_POLICY_KINDS,
  type RetryKind,
  type Settings,
  settingPath,
} from './litellm-schema.js';

// The router's retries of one model group: num_retries, narrowed by a retry_policy per error
// kind (the counting is explained in litellm.ts).

const DEFAULT_NUM_RETRIES = 2;

/** Kinds the router retries when a retry_policy does not mention them: transient ones only. */
const DEFAULT_RETRIED_KINDS: readonly RetryKind[] = [
  'TimeoutErrorRetries',
  'RateLimitErrorRetries',
  'InternalServerErrorRetries',
];

/** The retry policy of each model group, as the router applies it. */
export function groupRetryPolicy(
  source: YamlSource,
  router: Settings,
  globals: Settings,
): (group: string) => RetryPolicy {
  const numRetries = router.num_retries ?? globals.num_retries ?? DEFAULT_NUM_RETRIES;
  const retryAfterS = router.retry_after ?? 0;
  return (group: string): RetryPolicy => {
    const specific = router.model_group_retry_policy?.[group];
    const policyPath = specific
      ? ['router_settings', 'model_group_retry_policy', group]
      : router.retry_policy
        ? ['router_settings', 'retry_policy']
        : settingPath(router, 'num_retries');
    return retryPolicyOf(
      specific ?? router.retry_policy ?? null,
      numRetries,
      retryAfterS,
      source.keyPositionOf(policyPath),
    );
  };
}

function retryPolicyOf(
  policy: Partial<Record<RetryKind, number | undefined>> | null,
  numRetries: number,
  retryAfterS: number,
  at: SourcePosition,
): RetryPolicy {
  const counts = (Object.keys(RETRY_POLICY_KINDS) as RetryKind[]).map((kind) => {
    const set = policy?.[kind];
    const count = set ?? (DEFAULT_RETRIED_KINDS.includes(kind) ? numRetries : 0);
    return { kind, count };
  });
  const statuses = new Set<number>();
  for (const { kind, count } of counts) {
    if (count > 0) RETRY_POLICY_KINDS[kind].forEach((s) => statuses.add(s));
  }
  const most = Math.max(0, ...counts.map((c) => c.count));
  // LiteLLM waits min(0.5 s × 2^n, 8 s) less up to a quarter at random, and at least
  // router_settings.retry_after; it honours the provider's retry-after.
  const floor = retryAfterS * 1000;
  return {
    maxAttempts: most + 1,
    initialBackoffMs: Math.max(500, floor),
    maxBackoffMs: Math.max(8000, floor),
    multiplier: 2,
    jitter: 'equal',
    retryOnStatuses: [...statuses].sort((a, b) => a - b),
    retryOnNetworkErrors: (counts.find((c) => c.kind === 'TimeoutErrorRetries')?.count ?? 0) > 0,
    honourRetryAfter: true,
    maxElapsedMs: null,
    at,
  };
}
