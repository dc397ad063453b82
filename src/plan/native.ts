import { z } from 'zod';
import type {
  Budget,
  Chain,
  Owners,
  RetryLayer,
  RetryPolicy,
  Route,
  RoutingPlan,
  ScenarioSpec,
  SourcePosition,
  Target,
} from '../routing/index.js';
import {
  ConfigError,
  knownKeysOf,
  type YamlSource,
  zodIssuesToConfigError,
} from '../common/index.js';
import { faultPlanFromText } from './user-fault-plan.js';

// The native config format. Every field has a safe default, stated in its description, so a
// minimal file (one route) is a complete config. The JSON Schema in schema/ is generated from this.

/** Statuses that are worth retrying: request timeout, throttling, and transient server errors. */
export const DEFAULT_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

const retryPolicySchema = z
  .strictObject({
    max_attempts: z
      .int()
      .min(1)
      .max(100)
      .default(2)
      .describe('Total attempts including the first; 1 means no retry. Default 2.'),
    initial_backoff_ms: z
      .int()
      .min(0)
      .default(500)
      .describe('Wait before the first retry, before jitter. Default 500.'),
    max_backoff_ms: z.int().min(0).default(8000).describe('Cap on any single wait. Default 8000.'),
    multiplier: z
      .number()
      .min(1)
      .max(10)
      .default(2)
      .describe('Growth of the wait per retry. Default 2.'),
    jitter: z
      .enum(['none', 'full', 'equal'])
      .default('full')
      .describe(
        'full: uniform in [0, wait]; equal: wait/2 + uniform in [0, wait/2]. Default full.',
      ),
    retry_on: z
      .array(z.int().min(100).max(599))
      .default(DEFAULT_RETRY_STATUSES)
      .describe('HTTP statuses to retry. Default 408, 429, 500, 502, 503, 504.'),
    retry_on_network_errors: z
      .boolean()
      .default(true)
      .describe('Retry connection refused/reset and per-attempt timeouts. Default true.'),
    honour_retry_after: z
      .boolean()
      .default(true)
      .describe('Wait at least what retry-after / retry-after-ms announce. Default true.'),
    max_elapsed_ms: z
      .int()
      .min(1)
      .nullable()
      .default(30_000)
      .describe(
        'No retry starts after this long since the first attempt; null is unbounded. Default 30000.',
      ),
  })
  .describe('A retry policy.');

const routeSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a route name uses letters, digits, ".", "_" or "-"')
    .describe('Unique route name, used by chains, scenarios and the ledger.'),
  endpoint_family: z
    .enum(['chat_completions', 'responses'])
    .describe('Which OpenAI-style endpoint the caller uses: /chat/completions or /responses.'),
  base_url: z
    .url({
      protocol: /^https?$/,
      error: 'expected an http(s) URL such as https://api.openai.com/v1',
    })
    .describe('Base URL including the version prefix, as given to an OpenAI client.'),
  model: z.string().min(1).describe('Model name sent in the request body.'),
  api_key_env: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the NAME of an environment variable, not a key')
    .optional()
    .describe('Environment variable that holds the credential. Never put the key itself here.'),
  timeout_ms: z
    .int()
    .min(1)
    .max(600_000)
    .default(30_000)
    .describe('Per-attempt deadline. Default 30000.'),
  stream: z
    .boolean()
    .default(false)
    .describe('Also smoke-test the streaming variant. Default false.'),
});

const layerSchema = z.strictObject({
  name: z.string().min(1).describe('For example openai-sdk, or app-wrapper.'),
  retry: retryPolicySchema,
});

const chainSchema = z.strictObject({
  name: z.string().min(1).describe('Chain name, as reported in the plan and the ledger.'),
  primary: z.string().min(1).describe('Route name tried first.'),
  fallbacks: z
    .array(z.string().min(1))
    .default([])
    .describe('Route names tried in order after the primary. Default none.'),
  retry: retryPolicySchema
    .optional()
    .describe('Per-route retry policy for this chain; default: the top-level retry.'),
  layers: z
    .array(layerSchema)
    .optional()
    .describe(
      'Retry layers stacked on this chain, outermost first; default: the top-level layers.',
    ),
});

const scenarioSchema = z
  .strictObject({
    name: z
      .string()
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
        'a scenario name uses letters, digits, ".", "_" or "-"',
      )
      .describe('Scenario name, as reported in the ledger.'),
    chain: z
      .string()
      .min(1)
      .optional()
      .describe('The chain it runs against. Default: every chain.'),
    faults: z
      .record(z.string().min(1), z.string().min(1))
      .describe(
        'Route name -> fault plan (the fault plan language of the mock provider). Routes not named stay healthy.',
      ),
    expect: z
      .enum(['usable', 'controlled_failure'])
      .default('usable')
      .describe(
        'usable: the caller ends with a usable answer; controlled_failure: with an error, not a hang. Default usable.',
      ),
  })
  .describe('A user-defined error-path scenario, run besides the standard ones.');

export const nativeConfigSchema = z
  .strictObject({
    version: z.literal(1).default(1).describe('Config format version. Default 1.'),
    routes: z
      .array(routeSchema)
      .min(1, 'at least one route is required')
      .describe('Provider endpoints. Required: at least one.'),
    retry: retryPolicySchema
      .default(retryPolicySchema.parse({}))
      .describe(
        'Retry policy applied to each route attempt (the gateway or router layer). Default: 2 attempts, 500 ms backoff doubling up to 8 s, full jitter, 30 s max elapsed.',
      ),
    layers: z
      .array(layerSchema)
      .default([])
      .describe(
        'Retry layers stacked on top of every chain, outermost first (for example the client SDK). Default none.',
      ),
    chains: z
      .array(chainSchema)
      .optional()
      .describe(
        'Default: one chain "default" with the first route as primary and the others as fallbacks.',
      ),
    budget: z
      .strictObject({
        max_attempts_per_request: z
          .int()
          .min(1)
          .default(4)
          .describe(
            'Upstream attempts one caller request may cause, across layers and fallbacks. Default 4.',
          ),
        max_elapsed_ms: z
          .int()
          .min(1)
          .nullable()
          .default(60_000)
          .describe('Worst-case time one caller request may take. Default 60000.'),
        max_amplification: z
          .number()
          .min(1)
          .nullable()
          .default(3)
          .describe('Upstream attempts per caller request under an outage. Default 3.'),
      })
      .default({ max_attempts_per_request: 4, max_elapsed_ms: 60_000, max_amplification: 3 })
      .describe(
        'Limits one caller request must stay within. Default: 4 attempts, 60 s, amplification 3.',
      ),
    owners: z
      .strictObject({
        operator_initials: z
          .string()
          .min(1)
          .max(8)
          .optional()
          .describe('Initials recorded in the ledger; the CLI --operator wins. Default none.'),
        follow_up_owner: z
          .string()
          .min(1)
          .max(100)
          .optional()
          .describe('Who follows up on a failed gate; the CLI --owner wins. Default none.'),
        required: z
          .array(z.enum(['operator_initials', 'follow_up_owner', 'evidence_links']))
          .optional()
          .describe(
            'Ledger evidence fields that must be filled or the gate fails. Default operator_initials and follow_up_owner.',
          ),
      })
      .default({})
      .describe('Who is accountable, recorded in the ledger. Default: nobody named.'),
    scenarios: z
      .array(scenarioSchema)
      .default([])
      .describe('User-defined error-path scenarios. Default none (the standard ones always run).'),
  })
  .describe('fallback-gate native routing config.');

export type NativeConfig = z.infer<typeof nativeConfigSchema>;

export function planFromNative(source: YamlSource, digest: string): RoutingPlan {
  const parsed = nativeConfigSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) {
    throw zodIssuesToConfigError(source, parsed.error.issues, knownKeysOf(nativeConfigSchema));
  }
  const config = parsed.data;
  const at = (path: PropertyKey[]): SourcePosition => source.positionOf(path);

  const routes: Route[] = config.routes.map((r, i) => ({
    name: r.name,
    family: r.endpoint_family,
    baseUrl: r.base_url.replace(/\/+$/, ''),
    model: r.model,
    apiKeyEnv: r.api_key_env ?? null,
    timeoutMs: r.timeout_ms,
    stream: r.stream,
    at: at(['routes', i]),
  }));
  const seen = new Map<string, number>();
  config.routes.forEach((r, i) => {
    if (seen.has(r.name)) {
      throw new ConfigError(
        at(['routes', i, 'name']),
        `route name "${r.name}" is used twice`,
        'give each route a unique name',
      );
    }
    seen.set(r.name, i);
  });

  const defaultRetry = toPolicy(config.retry, source.keyPositionOf(['retry']));
  const chainConfigs = config.chains ?? [
    {
      name: 'default',
      primary: config.routes[0]?.name ?? '',
      fallbacks: config.routes.slice(1).map((r) => r.name),
      retry: undefined,
      layers: undefined,
    },
  ];
  const layers: RetryLayer[] = config.layers.map((l, i) => ({
    name: l.name,
    retry: toPolicy(l.retry, source.keyPositionOf(['layers', i, 'retry'])),
    at: at(['layers', i]),
  }));
  const chains: Chain[] = chainConfigs.map((c, i): Chain => {
    const chainPath = config.chains ? ['chains', i] : ['routes', 0];
    const chainLayers: RetryLayer[] = c.layers
      ? c.layers.map((l, j) => ({
          name: l.name,
          retry: toPolicy(l.retry, source.keyPositionOf([...chainPath, 'layers', j, 'retry'])),
          at: at([...chainPath, 'layers', j]),
        }))
      : layers;
    const retry = c.retry
      ? toPolicy(c.retry, source.keyPositionOf([...chainPath, 'retry']))
      : defaultRetry;
    const names = [c.primary, ...c.fallbacks];
    const targets: Target[] = names.map((name, j) => {
      const path = j === 0 ? [...chainPath, 'primary'] : [...chainPath, 'fallbacks', j - 1];
      if (!seen.has(name)) {
        throw new ConfigError(
          config.chains ? source.positionOf(path) : at(['routes']),
          `chain "${c.name}" names route "${name}", which is not defined`,
          `define a route named "${name}" under routes, or use one of: ${[...seen.keys()].join(', ')}`,
        );
      }
      return { kind: 'route', route: name, retry, at: at(path) };
    });
    const target: Target =
      targets.length === 1 && targets[0]
        ? targets[0]
        : { kind: 'fallback', targets, retry: null, at: at(chainPath) };
    return { name: c.name, layers: chainLayers, target, at: at(chainPath) };
  });
  const chainNames = new Set<string>();
  chains.forEach((chain, i) => {
    if (chainNames.has(chain.name)) {
      throw new ConfigError(
        at(['chains', i, 'name']),
        `chain name "${chain.name}" is used twice`,
        'give each chain a unique name',
      );
    }
    chainNames.add(chain.name);
  });
  const scenarios = config.scenarios.map((s, i): ScenarioSpec => {
    if (s.chain !== undefined && !chainNames.has(s.chain)) {
      throw new ConfigError(
        at(['scenarios', i, 'chain']),
        `scenario "${s.name}" names chain "${s.chain}", which is not defined`,
        `use one of: ${[...chainNames].join(', ')}`,
      );
    }
    for (const route of Object.keys(s.faults)) {
      if (!seen.has(route)) {
        throw new ConfigError(
          source.keyPositionOf(['scenarios', i, 'faults', route]),
          `scenario "${s.name}" injects faults into route "${route}", which is not defined`,
          `use one of: ${[...seen.keys()].join(', ')}`,
        );
      }
      // The fault plan is read here, so `plan` reports a mistake in it as `check` would.
      faultPlanFromText(
        s.faults[route]!,
        { name: s.name, at: at(['scenarios', i]) },
        route,
        at(['scenarios', i, 'faults', route]),
      );
    }
    return {
      name: s.name,
      chain: s.chain ?? null,
      faults: { ...s.faults },
      expect: s.expect,
      at: at(['scenarios', i]),
    };
  });

  const budget: Budget = {
    maxAttemptsPerRequest: config.budget.max_attempts_per_request,
    maxElapsedMs: config.budget.max_elapsed_ms,
    maxAmplification: config.budget.max_amplification,
    at: at(['budget']),
  };
  const owners: Owners = {
    operatorInitials: config.owners.operator_initials ?? null,
    followUpOwner: config.owners.follow_up_owner ?? null,
    ...(config.owners.required ? { required: config.owners.required } : {}),
  };
  return {
    file: source.file,
    format: 'native',
    digest,
    routes,
    chains,
    budget,
    owners,
    scenarios,
    unsupported: [],
  };
}

function toPolicy(p: z.infer<typeof retryPolicySchema>, at: SourcePosition): RetryPolicy {
  return {
    maxAttempts: p.max_attempts,
    initialBackoffMs: p.initial_backoff_ms,
    maxBackoffMs: p.max_backoff_ms,
    multiplier: p.multiplier,
    jitter: p.jitter,
    retryOnStatuses: [...p.retry_on],
    retryOnNetworkErrors: p.retry_on_network_errors,
    honourRetryAfter: p.honour_retry_after,
    maxElapsedMs: p.max_elapsed_ms,
    at,
  };
}
