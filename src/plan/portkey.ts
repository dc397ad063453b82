import { z } from 'zod';
import {
  type AdapterOptions,
  apiKeyEnvOf,
  collectUnsupported,
  gatewayPlan,
  parseConfig,
  PROVIDER_BASE_URLS,
} from './adapter-common.js';
import { ConfigError, type YamlSource } from '../common/index.js';
import type {
  RetryLayer,
  RetryPolicy,
  Route,
  RoutingPlan,
  SourcePosition,
  Target,
  UnsupportedKey,
} from '../routing/index.js';

// A Portkey gateway config (the JSON given in x-portkey-config, or a file of it), read as the
// open-source gateway (@portkey-ai/gateway) runs it.
//
// Counting, from Portkey's documentation "Automatic Retries"
// (portkey.ai/docs/product/ai-gateway/automatic-retries): `retry.attempts` is the number of
// retries ("Automatic retries are triggered up to 5 times"), so `attempts: 3` means 4 upstream
// calls, the first plus three retries; retries happen on [429, 500, 502, 503, 504] unless
// `on_status_codes` replaces that list ("retries will be triggered only on the error codes
// specified"), with exponential backoff, and `use_retry_after_header` makes the wait follow the
// provider's retry-after headers. The gateway runs the retry loop at each provider target and
// passes `retry`, `request_timeout`, `custom_host` and `override_params` down from a strategy to
// its targets unless a target sets its own, so a retry on a fallback group retries each target
// in it, never the group as a whole. Its backoff (async-retry, randomize off) waits 1 s, 2 s,
// 4 s … with no jitter; a request_timeout that expires becomes a 408 for the retry loop.

const PORTKEY_DEFAULT_RETRY_STATUSES = [429, 500, 502, 503, 504];

interface PortkeyNode {
  strategy?: { mode: 'single' | 'loadbalance' | 'fallback' | 'conditional' } | undefined;
  targets?: PortkeyNode[] | undefined;
  provider?: string | undefined;
  api_key?: string | undefined;
  virtual_key?: string | undefined;
  custom_host?: string | undefined;
  override_params?: { model?: string | undefined; [key: string]: unknown } | undefined;
  retry?:
    | {
        attempts: number;
        on_status_codes?: number[] | undefined;
        use_retry_after_header?: boolean | undefined;
      }
    | undefined;
  request_timeout?: number | undefined;
  weight?: number | undefined;
  resource_name?: string | undefined;
  deployment_id?: string | undefined;
  [key: string]: unknown;
}

const status = z.int().min(100).max(599);
const retrySchema = z.strictObject({
  attempts: z.int().min(0).max(100),
  on_status_codes: z.array(status).optional(),
  use_retry_after_header: z.boolean().optional(),
});

export const portkeyNodeSchema: z.ZodType<PortkeyNode> = z.lazy(() =>
  z.looseObject({
    strategy: z
      .looseObject({ mode: z.enum(['single', 'loadbalance', 'fallback', 'conditional']) })
      .optional(),
    targets: z.array(portkeyNodeSchema).min(1, 'a strategy needs at least one target').optional(),
    provider: z.string().min(1).optional(),
    api_key: z.string().optional(),
    virtual_key: z.string().min(1).optional(),
    custom_host: z.string().min(1).optional(),
    override_params: z.looseObject({ model: z.string().min(1).optional() }).optional(),
    retry: retrySchema.optional(),
    request_timeout: z.int().min(1).max(3_600_000).optional(),
    weight: z.number().min(0).optional(),
    resource_name: z.string().min(1).optional(),
    deployment_id: z.string().min(1).optional(),
  }),
);

const MODELLED = [
  'strategy',
  'targets',
  'provider',
  'api_key',
  'virtual_key',
  'custom_host',
  'override_params',
  'retry',
  'request_timeout',
  'weight',
  'resource_name',
  'deployment_id',
];
const REASONS: Record<string, string> = {
  cache: 'a cache hit sends no request; the worst case assumes every lookup misses',
  forward_headers: 'does not change routing, retries or timeouts',
  api_version: 'provider API version; not needed for the plan',
  before_request_hooks: 'guardrails run around a request; not modelled',
  after_request_hooks: 'guardrails run around a request; not modelled',
  input_guardrails: 'guardrails run around a request; not modelled',
  output_guardrails: 'guardrails run around a request; not modelled',
  strict_open_ai_compliance: 'response shaping; not modelled',
  name: 'a label; the plan names targets by their place (config.targets[i])',
};

/** What a gateway node passes down to its targets. */
interface Inherited {
  retry: PortkeyNode['retry'];
  retryPath: (string | number)[];
  requestTimeout: number | undefined;
  customHost: { value: string; path: (string | number)[] } | undefined;
  overrideModel: string | undefined;
}

export function planFromPortkey(
  source: YamlSource,
  digest: string,
  _options: AdapterOptions = {},
): RoutingPlan {
  const root = parseConfig(portkeyNodeSchema, source);
  const walk: TreeWalk = { source, routes: [], unsupported: [] };
  const target = buildTarget(walk, root, [], 'config', {
    retry: undefined,
    retryPath: [],
    requestTimeout: undefined,
    customHost: undefined,
    overrideModel: undefined,
  });
  const at = (path: (string | number)[]): SourcePosition => source.positionOf(path);
  if (!target) {
    throw new ConfigError(
      at([]),
      'the config has no provider target',
      'add a target with a provider',
    );
  }
  // A client layer (--client-retries) is added by the loader, the same way for every format.
  const layers: RetryLayer[] = [];
  return gatewayPlan(source, 'portkey', digest, {
    routes: walk.routes,
    chains: [{ name: 'config', layers, target, at: at([]) }],
    unsupported: walk.unsupported,
    readFindings: [],
  });
}

/** What the walk over the target tree collects: routes and unmodelled keys, in file order. */
interface TreeWalk {
  source: YamlSource;
  routes: Route[];
  unsupported: UnsupportedKey[];
}

/** A node of the tree as a target: a strategy over its targets, or a provider (a route). */
function buildTarget(
  walk: TreeWalk,
  node: PortkeyNode,
  path: (string | number)[],
  name: string,
  inherited: Inherited,
): Target | null {
  const { source } = walk;
  const at = (p: (string | number)[]): SourcePosition => source.positionOf(p);
  collectNodeUnsupported(walk, node, path);
  const passed = inherit(node, path, inherited);
  if (node.targets && !node.strategy) {
    throw new ConfigError(
      source.keyPositionOf([...path, 'targets']),
      'targets without a strategy',
      'add strategy: { mode: fallback } (or loadbalance) next to targets',
    );
  }
  if (node.strategy) {
    if (!node.targets) {
      throw new ConfigError(
        at([...path, 'strategy']),
        `strategy mode "${node.strategy.mode}" has no targets`,
        'add a targets list next to strategy',
      );
    }
    const children = node.targets.map((child, i) =>
      buildTarget(walk, child, [...path, 'targets', i], `${name}.targets[${i}]`, passed),
    );
    const position = at(path);
    const kept = children.filter((c): c is Target => c !== null);
    switch (node.strategy.mode) {
      case 'single':
        // Only the first target is ever used; the others stay unreachable.
        return kept[0] ?? null;
      case 'fallback':
        return { kind: 'fallback', targets: kept, retry: null, at: position };
      case 'loadbalance':
      case 'conditional':
        return { kind: 'loadbalance', targets: kept, retry: null, at: position };
    }
  }
  const route = leafRoute(source, node, path, name, passed);
  walk.routes.push(route);
  return {
    kind: 'route',
    route: route.name,
    retry: passed.retry
      ? portkeyPolicy(passed.retry, source.keyPositionOf(passed.retryPath))
      : null,
    at: at(path),
  };
}

/** What a node passes down: its own settings where it has them, else what it inherited. */
function inherit(node: PortkeyNode, path: (string | number)[], inherited: Inherited): Inherited {
  return {
    retry: node.retry ?? inherited.retry,
    retryPath: node.retry ? [...path, 'retry'] : inherited.retryPath,
    requestTimeout: node.request_timeout ?? inherited.requestTimeout,
    customHost: node.custom_host
      ? { value: node.custom_host, path: [...path, 'custom_host'] }
      : inherited.customHost,
    overrideModel: node.override_params?.model ?? inherited.overrideModel,
  };
}

function collectNodeUnsupported(walk: TreeWalk, node: PortkeyNode, path: (string | number)[]) {
  const { source, unsupported } = walk;
  collectUnsupported(source, path, node, MODELLED, unsupported, REASONS);
  if (node.strategy) {
    collectUnsupported(source, [...path, 'strategy'], node.strategy, ['mode'], unsupported, {
      on_status_codes:
        'fallback happens only on these statuses; the worst case assumes every failure falls back',
      conditions: 'the gate does not evaluate conditions; it assumes any target may be chosen',
      default: 'the gate does not evaluate conditions; it assumes any target may be chosen',
    });
  }
  if (node.override_params) {
    collectUnsupported(
      source,
      [...path, 'override_params'],
      node.override_params,
      ['model'],
      unsupported,
      {},
    );
  }
}

function portkeyPolicy(retry: NonNullable<PortkeyNode['retry']>, at: SourcePosition): RetryPolicy {
  return {
    maxAttempts: retry.attempts + 1,
    initialBackoffMs: 1000,
    maxBackoffMs: 1000 * 2 ** Math.max(0, retry.attempts - 1),
    multiplier: 2,
    jitter: 'none',
    retryOnStatuses:
      retry.attempts > 0 ? [...(retry.on_status_codes ?? PORTKEY_DEFAULT_RETRY_STATUSES)] : [],
    retryOnNetworkErrors: retry.attempts > 0,
    honourRetryAfter: retry.use_retry_after_header ?? false,
    maxElapsedMs: null,
    at,
  };
}

function leafRoute(
  source: YamlSource,
  node: PortkeyNode,
  path: (string | number)[],
  name: string,
  inherited: Inherited,
): Route {
  const at = (p: (string | number)[]): SourcePosition => source.positionOf(p);
  if (!node.provider && !node.virtual_key) {
    throw new ConfigError(
      at(path),
      'a target needs a provider (or a virtual_key)',
      'add provider: openai (or the provider this target calls), or strategy and targets',
    );
  }
  let baseUrl: string;
  if (inherited.customHost) {
    baseUrl = checkedUrl(source, inherited.customHost.value, inherited.customHost.path);
  } else if (node.provider === 'azure-openai' && node.resource_name && node.deployment_id) {
    baseUrl = `https://${node.resource_name}.openai.azure.com/openai/deployments/${node.deployment_id}`;
  } else {
    const known = node.provider ? PROVIDER_BASE_URLS[node.provider] : undefined;
    if (!known) {
      throw new ConfigError(
        at(node.provider ? [...path, 'provider'] : path),
        node.provider
          ? `the gate cannot tell which host provider "${node.provider}" sends requests to`
          : 'a virtual_key hides which host this target calls',
        'add custom_host with the OpenAI-compatible base URL of this target',
      );
    }
    baseUrl = known;
  }
  if (!inherited.overrideModel) {
    throw new ConfigError(
      at(path),
      'the target does not say which model it serves',
      'add override_params: { model: <model name> } to this target or to its strategy',
    );
  }
  const apiKeyEnv = apiKeyEnvOf(
    source,
    node.api_key,
    [...path, 'api_key'],
    'write api_key: ${NAME} (or os.environ/NAME)',
    null,
  );
  return {
    name,
    family: 'chat_completions',
    baseUrl: baseUrl.replace(/\/+$/, ''),
    model: inherited.overrideModel,
    apiKeyEnv,
    timeoutMs: inherited.requestTimeout ?? null,
    stream: false,
    at: at(path),
  };
}

function checkedUrl(source: YamlSource, value: string, path: (string | number)[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      source.positionOf(path),
      'custom_host is not a URL',
      'write the full base URL, such as https://api.example.com/v1',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(
      source.positionOf(path),
      `custom_host must be http(s), found the scheme "${url.protocol}"`,
      'use an https:// base URL',
    );
  }
  return value;
}
