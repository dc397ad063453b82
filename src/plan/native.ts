import type { z } from 'zod';
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
import { ConfigError, type YamlSource } from '../common/index.js';
import { parseConfig } from './adapter-common.js';
import { type NativeConfig, nativeConfigSchema, type retryPolicySchema } from './native-schema.js';
import { faultPlanFromText } from './user-fault-plan.js';

// The native config format (schema in native-schema.ts) read into a plan: routes, chains of
// them with their retry layers, user scenarios, the budget and the owners.

export function planFromNative(source: YamlSource, digest: string): RoutingPlan {
  const config = parseConfig(nativeConfigSchema, source);
  const at = (path: PropertyKey[]): SourcePosition => source.positionOf(path);
  const routes = nativeRoutes(source, config);
  const routeNames = new Set(routes.map((r) => r.name));
  const chains = nativeChains(source, config, routeNames);
  const chainNames = new Set(chains.map((c) => c.name));
  const scenarios = nativeScenarios(source, config, routeNames, chainNames);
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

/** Routes in file order; a name used twice is an error. */
function nativeRoutes(source: YamlSource, config: NativeConfig): Route[] {
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
  return routes;
}

/** The chains (by default one, "default": the first route, then the others), names unique. */
function nativeChains(
  source: YamlSource,
  config: NativeConfig,
  seen: ReadonlySet<string>,
): Chain[] {
  const at = (path: PropertyKey[]): SourcePosition => source.positionOf(path);
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
  return chains;
}

/** User scenarios, checked against the chains and routes, their fault plans read. */
function nativeScenarios(
  source: YamlSource,
  config: NativeConfig,
  seen: ReadonlySet<string>,
  chainNames: ReadonlySet<string>,
): ScenarioSpec[] {
  const at = (path: PropertyKey[]): SourcePosition => source.positionOf(path);
  return config.scenarios.map((s, i): ScenarioSpec => {
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
