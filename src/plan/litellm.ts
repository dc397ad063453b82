import { z } from 'zod';
import { PROVIDER_BASE_URLS, collectUnsupported, defaultBudget } from './adapter-common.js';
import {
  closest,
  ConfigError,
  knownKeysOf,
  type YamlSource,
  zodIssuesToConfigError,
} from '../common/index.js';
import { envReferenceName } from './credentials.js';
import type {
  Chain,
  EndpointFamily,
  Finding,
  RetryLayer,
  RetryPolicy,
  Route,
  RoutingPlan,
  SourcePosition,
  Target,
  UnsupportedKey,
} from '../routing/index.js';

// The LiteLLM proxy `config.yaml`, read as LiteLLM reads it.
//
// Counting, from LiteLLM's proxy documentation, "Fallbacks + Retries + Timeouts + Cooldowns"
// (docs.litellm.ai/docs/proxy/reliability): `num_retries: 3 # retry call 3 times on each
// model_name`, and "If a call fails after num_retries, fallback to another model group". The
// router documentation (docs.litellm.ai/docs/router/learn/reliability) adds that "a retry tries
// the same model group again, and the new pick can land on a different deployment", and that the
// router is the only retry loop (it sets max_retries to 0 on the provider call). So num_retries N
// means N + 1 calls per model group, each to one deployment the router picks, and every fallback
// model group gets its own N + 1. Without num_retries the router retries twice (3 calls): the
// Router takes num_retries, else litellm.num_retries, else openai.DEFAULT_MAX_RETRIES (2), and the
// retries page says "By default, LiteLLM retries requests 2 times (3 total attempts)". The
// per-attempt timeout is the deployment's, else router_settings.timeout, else
// litellm.request_timeout, whose own default is 6000 s; the plan keeps "not set" as no timeout
// (a finding) rather than assume that default.
// A fallback group's own fallbacks are followed in turn (LiteLLM re-enters its fallback handler
// for the new group) until max_fallbacks (default 5) hops, counted one per fallback tried. A
// group already on the path is not re-entered (a cycle, reported). Newer LiteLLM versions also
// skip any group already tried earlier in the same request, so for them this is an upper bound.

const DEFAULT_NUM_RETRIES = 2;
const DEFAULT_MAX_FALLBACKS = 5;

const RETRY_POLICY_KINDS = {
  BadRequestErrorRetries: [400],
  AuthenticationErrorRetries: [401],
  TimeoutErrorRetries: [408],
  RateLimitErrorRetries: [429],
  ContentPolicyViolationErrorRetries: [400],
  InternalServerErrorRetries: [500, 502, 503, 504],
} as const;
type RetryKind = keyof typeof RETRY_POLICY_KINDS;
/** Kinds the router retries when a retry_policy does not mention them: transient ones only. */
const DEFAULT_RETRIED_KINDS: readonly RetryKind[] = [
  'TimeoutErrorRetries',
  'RateLimitErrorRetries',
  'InternalServerErrorRetries',
];

const retries = z.int().min(0).max(100);
const seconds = z.number().positive().max(86_400);
const groupName = z.string().min(1);
const fallbackList = z.array(z.record(groupName, z.array(groupName)));
const retryPolicySchema = z.strictObject(
  Object.fromEntries(Object.keys(RETRY_POLICY_KINDS).map((k) => [k, retries.optional()])) as Record<
    RetryKind,
    z.ZodOptional<typeof retries>
  >,
);

const settingsShape = {
  num_retries: retries.optional(),
  timeout: seconds.optional(),
  request_timeout: seconds.optional(),
  retry_after: z.number().min(0).max(3600).optional(),
  allowed_fails: z.int().min(0).optional(),
  cooldown_time: z.number().min(0).optional(),
  fallbacks: fallbackList.optional(),
  context_window_fallbacks: fallbackList.optional(),
  content_policy_fallbacks: fallbackList.optional(),
  default_fallbacks: z.array(groupName).optional(),
  max_fallbacks: z.int().min(1).max(50).optional(),
  retry_policy: retryPolicySchema.optional(),
  model_group_retry_policy: z.record(groupName, retryPolicySchema).optional(),
};

const deploymentSchema = z.looseObject({
  model_name: z.string().min(1),
  litellm_params: z.looseObject({
    model: z.string().min(1),
    api_base: z.string().min(1).optional(),
    api_key: z.string().optional(),
    timeout: seconds.optional(),
  }),
  model_info: z
    .looseObject({ id: z.string().min(1).optional(), mode: z.string().optional() })
    .optional(),
});

export const litellmConfigSchema = z.looseObject({
  model_list: z.array(deploymentSchema).min(1, 'model_list needs at least one deployment'),
  router_settings: z.looseObject(settingsShape).optional(),
  litellm_settings: z.looseObject(settingsShape).optional(),
});
type LiteLLMConfig = z.infer<typeof litellmConfigSchema>;
type Settings = NonNullable<LiteLLMConfig['router_settings']>;

const ROUTER_KEYS = [
  'num_retries',
  'timeout',
  'retry_after',
  'allowed_fails',
  'cooldown_time',
  'fallbacks',
  'context_window_fallbacks',
  'content_policy_fallbacks',
  'default_fallbacks',
  'max_fallbacks',
  'retry_policy',
  'model_group_retry_policy',
];
const LITELLM_SETTINGS_KEYS = [
  'num_retries',
  'max_fallbacks',
  'request_timeout',
  'allowed_fails',
  'cooldown_time',
  'fallbacks',
  'context_window_fallbacks',
  'content_policy_fallbacks',
  'default_fallbacks',
];
const HARMLESS = 'does not change routing, retries or timeouts';
const SETTINGS_REASONS: Record<string, string> = {
  routing_strategy:
    'the plan treats a model group as a load balancer whatever the strategy: the worst case is the same',
  enable_pre_call_checks: 'filters deployments before a call; it can only shorten a request',
  redis_host: 'shared state between proxy instances; no effect on one request',
  redis_port: 'shared state between proxy instances; no effect on one request',
  redis_password: 'shared state between proxy instances; no effect on one request',
  success_callback: HARMLESS,
  failure_callback: HARMLESS,
  callbacks: HARMLESS,
  drop_params: HARMLESS,
  set_verbose: HARMLESS,
  json_logs: HARMLESS,
  cache: HARMLESS,
  cache_params: HARMLESS,
  telemetry: HARMLESS,
  turn_off_message_logging: HARMLESS,
  request_timeout:
    'in router_settings this key is not the router timeout: use "timeout" there, or move it to litellm_settings',
  timeout: 'in litellm_settings the timeout is "request_timeout"',
};

/** Environment variables LiteLLM reads a provider's key from when api_key is not given. */
const PROVIDER_KEY_ENV: Record<string, string> = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  azure: 'AZURE_API_KEY',
  groq: 'GROQ_API_KEY',
  mistral: 'MISTRAL_API_KEY',
  deepseek: 'DEEPSEEK_API_KEY',
  openrouter: 'OPENROUTER_API_KEY',
  together_ai: 'TOGETHERAI_API_KEY',
  xai: 'XAI_API_KEY',
  gemini: 'GEMINI_API_KEY',
  fireworks_ai: 'FIREWORKS_AI_API_KEY',
  perplexity: 'PERPLEXITYAI_API_KEY',
};

export interface AdapterOptions {
  /** Where `os.environ/NAME` values (such as api_base) are looked up. */
  env?: Readonly<Record<string, string | undefined>>;
}

export function planFromLiteLLM(
  source: YamlSource,
  digest: string,
  options: AdapterOptions = {},
): RoutingPlan {
  const parsed = litellmConfigSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) {
    throw zodIssuesToConfigError(source, parsed.error.issues, knownKeysOf(litellmConfigSchema));
  }
  const config: LiteLLMConfig = parsed.data;
  const at = (path: PropertyKey[]): SourcePosition => source.positionOf(path);
  const unsupported = collectAllUnsupported(source, config);
  const readFindings: Finding[] = [];

  // Deployments → routes, grouped by model_name in order of first appearance.
  const groups = new Map<string, { routes: Route[]; index: number }>();
  const routes: Route[] = [];
  const names = new Set<string>();
  const groupSizes = new Map<string, number>();
  for (const d of config.model_list) {
    groupSizes.set(d.model_name, (groupSizes.get(d.model_name) ?? 0) + 1);
  }
  const seenInGroup = new Map<string, number>();
  config.model_list.forEach((d, i) => {
    const k = (seenInGroup.get(d.model_name) ?? 0) + 1;
    seenInGroup.set(d.model_name, k);
    const name = deploymentName(d, k, groupSizes.get(d.model_name) ?? 1);
    if (names.has(name)) {
      throw new ConfigError(
        at(['model_list', i, d.model_info?.id ? 'model_info' : 'model_name']),
        `deployment name "${name}" is used twice`,
        'give each deployment a unique model_info.id',
      );
    }
    names.add(name);
    const route = deploymentRoute(source, config, d, i, name, options);
    routes.push(route);
    const group = groups.get(d.model_name) ?? { routes: [], index: i };
    group.routes.push(route);
    groups.set(d.model_name, group);
  });

  const router: Settings = config.router_settings ?? {};
  const globals: Settings = config.litellm_settings ?? {};
  const settingPath = (key: keyof Settings): (string | number)[] =>
    router[key] !== undefined ? ['router_settings', key] : ['litellm_settings', key];
  const numRetries = router.num_retries ?? globals.num_retries ?? DEFAULT_NUM_RETRIES;
  const retryAfterS = router.retry_after ?? 0;
  const maxFallbacks = router.max_fallbacks ?? globals.max_fallbacks ?? DEFAULT_MAX_FALLBACKS;

  const checkGroup = (name: string, path: (string | number)[], keyPath = false): void => {
    if (groups.has(name)) return;
    const guess = closest(name, [...groups.keys()]);
    throw new ConfigError(
      keyPath ? source.keyPositionOf(path) : at(path),
      `model group "${name}" is not defined in model_list`,
      guess ? `did you mean "${guess}"?` : `use one of: ${[...groups.keys()].join(', ')}`,
    );
  };

  // Fallback lists, checked against the model groups, keeping where each was written. The
  // Router takes router_settings' list when it has one, else litellm_settings' (a whole list,
  // never a merge); a "*" entry is the generic fallback for groups without their own.
  const fallbacksOf = new Map<string, { groups: string[]; path: (string | number)[] }>();
  const fallbackKeys = [
    'fallbacks',
    'context_window_fallbacks',
    'content_policy_fallbacks',
  ] as const;
  for (const key of fallbackKeys) {
    const effective = (router[key]?.length ?? 0) > 0 ? 'router_settings' : 'litellm_settings';
    for (const section of ['router_settings', 'litellm_settings'] as const) {
      const list = (section === 'router_settings' ? router : globals)[key] ?? [];
      list.forEach((entry, i) => {
        for (const [from, to] of Object.entries(entry)) {
          if (from !== '*') checkGroup(from, [section, key, i, from], true);
          to.forEach((g, j) => checkGroup(g, [section, key, i, from, j]));
          if (key === 'fallbacks' && section === effective && !fallbacksOf.has(from)) {
            fallbacksOf.set(from, { groups: to, path: [section, key, i, from] });
          }
        }
      });
    }
  }
  const defaults = router.default_fallbacks ?? globals.default_fallbacks ?? [];
  const defaultsPath = settingPath('default_fallbacks');
  defaults.forEach((g, j) => checkGroup(g, [...defaultsPath, j]));

  const policyFor = (group: string): RetryPolicy => {
    const specific = router.model_group_retry_policy?.[group];
    const policyPath = specific
      ? ['router_settings', 'model_group_retry_policy', group]
      : router.retry_policy
        ? ['router_settings', 'retry_policy']
        : settingPath('num_retries');
    return retryPolicyOf(
      specific ?? router.retry_policy ?? null,
      numRetries,
      retryAfterS,
      source.keyPositionOf(policyPath),
    );
  };

  const groupTarget = (group: string, position: SourcePosition): Target => {
    const members = groups.get(group)?.routes ?? [];
    const retry = policyFor(group);
    const first = members[0];
    if (members.length === 1 && first) {
      return { kind: 'route', route: first.name, retry, at: position };
    }
    return {
      kind: 'loadbalance',
      targets: members.map((r) => ({ kind: 'route', route: r.name, retry: null, at: r.at })),
      retry,
      at: position,
    };
  };

  // A group, then its fallbacks in order, each followed into its own fallbacks, as LiteLLM's
  // fallback handler re-enters itself with one more hop counted per fallback tried.
  const expand = (
    group: string,
    depth: number,
    path: string[],
    position: SourcePosition,
  ): Target => {
    const own = groupTarget(group, position);
    const specific = fallbacksOf.get(group) ?? fallbacksOf.get('*');
    const list = specific?.groups ?? defaults;
    const listPath = specific?.path ?? defaultsPath;
    if (list.length === 0 || depth >= maxFallbacks) return own;
    const children: Target[] = [own];
    let hop = depth;
    list.forEach((next, j) => {
      if (next === group) return;
      const nextPosition = at([...listPath, j]);
      if (path.includes(next)) {
        readFindings.push({
          id: 'route_cycle',
          severity: 'error',
          message: `fallbacks form a cycle: ${[...path, next].join(' → ')}`,
          fix: `remove "${next}" from the fallbacks of "${group}"; a cycle re-sends failed requests to a group that already failed`,
          at: nextPosition,
        });
        return;
      }
      hop++;
      children.push(expand(next, hop, [...path, next], nextPosition));
    });
    return children.length === 1
      ? own
      : { kind: 'fallback', targets: children, retry: null, at: position };
  };

  // A client layer (--client-retries) is added by the loader, the same way for every format.
  const layers: RetryLayer[] = [];
  const chains: Chain[] = [...groups.entries()].map(([group, { index }]) => {
    const position = at(['model_list', index]);
    return { name: group, layers, target: expand(group, 0, [group], position), at: position };
  });

  return {
    file: source.file,
    format: 'litellm',
    digest,
    routes,
    chains,
    budget: defaultBudget(source.file),
    owners: { operatorInitials: null, followUpOwner: null },
    scenarios: [],
    unsupported,
    readFindings,
  };
}

/**
 * The route name of a deployment: its model_info.id, else its model_name, numbered `#k` (1-based
 * within the group) when the group has several deployments. The gateway driver names the
 * deployments of a rewritten config the same way.
 */
export function deploymentName(
  d: { model_name: string; model_info?: { id?: string | undefined } | undefined },
  k: number,
  groupSize: number,
): string {
  return d.model_info?.id ?? (groupSize > 1 ? `${d.model_name}#${k}` : d.model_name);
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

function deploymentRoute(
  source: YamlSource,
  config: LiteLLMConfig,
  d: LiteLLMConfig['model_list'][number],
  i: number,
  name: string,
  options: AdapterOptions,
): Route {
  const params = d.litellm_params;
  const slash = params.model.indexOf('/');
  const prefix = slash > 0 ? params.model.slice(0, slash) : '';
  const provider = prefix || (/^claude/i.test(params.model) ? 'anthropic' : 'openai');
  const model = prefix ? params.model.slice(slash + 1) : params.model;
  let baseUrl: string;
  if (params.api_base !== undefined) {
    baseUrl = resolveUrl(
      source,
      params.api_base,
      ['model_list', i, 'litellm_params', 'api_base'],
      options,
    );
  } else {
    const known = PROVIDER_BASE_URLS[provider];
    if (!known) {
      throw new ConfigError(
        source.positionOf(['model_list', i, 'litellm_params', 'model']),
        `the gate cannot tell which host provider "${provider}" sends requests to`,
        'add litellm_params.api_base with the OpenAI-compatible base URL of this deployment',
      );
    }
    baseUrl = known;
  }
  let apiKeyEnv: string | null = PROVIDER_KEY_ENV[provider] ?? null;
  if (params.api_key !== undefined && params.api_key.trim() !== '') {
    apiKeyEnv = envReferenceName(params.api_key);
    if (apiKeyEnv === null) {
      throw new ConfigError(
        source.positionOf(['model_list', i, 'litellm_params', 'api_key']),
        'api_key must name an environment variable; the value is not shown',
        'write api_key: os.environ/NAME',
      );
    }
  }
  const timeoutS =
    params.timeout ?? config.router_settings?.timeout ?? config.litellm_settings?.request_timeout;
  const family: EndpointFamily =
    d.model_info?.mode === 'responses' ? 'responses' : 'chat_completions';
  return {
    name,
    family,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    model,
    apiKeyEnv,
    timeoutMs: timeoutS === undefined ? null : Math.round(timeoutS * 1000),
    stream: false,
    at: source.positionOf(['model_list', i]),
  };
}

function resolveUrl(
  source: YamlSource,
  raw: string,
  path: (string | number)[],
  options: AdapterOptions,
): string {
  const variable = envReferenceName(raw);
  let value = raw;
  if (variable !== null) {
    const set = options.env?.[variable];
    if (set === undefined || set.trim() === '') {
      throw new ConfigError(
        source.positionOf(path),
        `the base URL comes from environment variable ${variable}, which is not set`,
        `set ${variable} where the gate runs, or write the URL in the config`,
      );
    }
    value = set.trim();
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      source.positionOf(path),
      `expected an http(s) URL such as https://api.openai.com/v1${variable ? ` in ${variable}` : ''}`,
      'write the full base URL, scheme included',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(
      source.positionOf(path),
      `expected an http(s) URL, found the scheme "${url.protocol}"`,
      'use an https:// base URL',
    );
  }
  return value;
}

function collectAllUnsupported(source: YamlSource, config: LiteLLMConfig): UnsupportedKey[] {
  const out: UnsupportedKey[] = [];
  collectUnsupported(
    source,
    [],
    source.value,
    ['model_list', 'router_settings', 'litellm_settings'],
    out,
    {
      general_settings:
        'proxy server settings (auth, database, alerting); they do not change routing',
      environment_variables:
        'environment for the proxy process; the gate reads its own environment',
    },
  );
  config.model_list.forEach((d, i) => {
    collectUnsupported(
      source,
      ['model_list', i],
      d,
      ['model_name', 'litellm_params', 'model_info'],
      out,
    );
    collectUnsupported(
      source,
      ['model_list', i, 'litellm_params'],
      d.litellm_params,
      ['model', 'api_base', 'api_key', 'timeout'],
      out,
      {
        rpm: 'a rate limit that steers load balancing; no effect on the worst case',
        tpm: 'a rate limit that steers load balancing; no effect on the worst case',
        api_version: 'provider API version; not needed for the plan',
        stream_timeout: 'the plan uses timeout for every attempt',
        max_retries: 'the router sets provider retries to 0 and retries itself (num_retries)',
        num_retries: 'a per-deployment retry count is not modelled; the router num_retries is used',
        weight: 'steers load balancing; no effect on the worst case',
        order: 'steers load balancing; no effect on the worst case',
      },
    );
    if (d.model_info) {
      collectUnsupported(
        source,
        ['model_list', i, 'model_info'],
        d.model_info,
        ['id', 'mode'],
        out,
        {
          base_model: 'descriptive; not used by the plan',
        },
      );
    }
  });
  collectUnsupported(
    source,
    ['router_settings'],
    config.router_settings,
    ROUTER_KEYS,
    out,
    SETTINGS_REASONS,
  );
  collectUnsupported(
    source,
    ['litellm_settings'],
    config.litellm_settings,
    LITELLM_SETTINGS_KEYS,
    out,
    SETTINGS_REASONS,
  );
  // Read, but by design not part of one request's worst case.
  for (const section of ['router_settings', 'litellm_settings'] as const) {
    const settings = config[section];
    if (!settings) continue;
    for (const key of ['allowed_fails', 'cooldown_time'] as const) {
      if (settings[key] !== undefined) {
        out.push({
          key: `${section}.${key}`,
          at: source.keyPositionOf([section, key]),
          reason:
            'cooldowns take failing deployments out of later picks; they can only shorten a request, so the worst case does not count on them',
        });
      }
    }
    for (const key of ['context_window_fallbacks', 'content_policy_fallbacks'] as const) {
      if (settings[key] !== undefined) {
        out.push({
          key: `${section}.${key}`,
          at: source.keyPositionOf([section, key]),
          reason:
            'used only after a context-window or content-policy error (a 400 that is not retried); not part of the outage worst case',
        });
      }
    }
  }
  return out;
}
