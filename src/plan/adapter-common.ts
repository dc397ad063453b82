import type { z } from 'zod';
import {
  closest,
  ConfigError,
  knownKeysOf,
  positionAt,
  type YamlSource,
  zodIssuesToConfigError,
} from '../common/index.js';
import type {
  Budget,
  Chain,
  ConfigFormat,
  Finding,
  RetryLayer,
  Route,
  RoutingPlan,
  SourcePosition,
  UnsupportedKey,
} from '../routing/index.js';
import { envReferenceName } from './credentials.js';

// What the config adapters share. Each reads a config the same way: validate it with its zod
// schema (parseConfig), build routes from its deployments or targets (an api_key names an
// environment variable: apiKeyEnvOf), build chains of targets, keep the keys it does not model
// (collectUnsupported), and, for a gateway's config that has no budget or owners of its own,
// assemble the plan around the gate's defaults (gatewayPlan). Also here: where a provider's
// OpenAI-compatible endpoint lives, and how a stacked client layer is declared.

export interface AdapterOptions {
  /** Where `os.environ/NAME` values (such as api_base) are looked up. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The config validated by its schema; a mistake becomes a ConfigError at its place in the file. */
export function parseConfig<Schema extends z.ZodType>(
  schema: Schema,
  source: YamlSource,
): z.output<Schema> {
  const parsed = schema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) {
    throw zodIssuesToConfigError(source, parsed.error.issues, knownKeysOf(schema));
  }
  return parsed.data;
}

/**
 * The environment variable an api_key value names. Absent or blank gives `otherwise`; a value
 * that is not a reference is refused, and never repeated in the error.
 */
export function apiKeyEnvOf(
  source: YamlSource,
  value: string | undefined,
  path: readonly (string | number)[],
  fix: string,
  otherwise: string | null,
): string | null {
  if (value === undefined || value.trim() === '') return otherwise;
  const name = envReferenceName(value);
  if (name === null) {
    throw new ConfigError(
      source.positionOf(path),
      'api_key must name an environment variable; the value is not shown',
      fix,
    );
  }
  return name;
}

/** The plan of a gateway's config, which has no budget, owners or scenarios of its own. */
export function gatewayPlan(
  source: YamlSource,
  format: ConfigFormat,
  digest: string,
  parts: {
    routes: Route[];
    chains: Chain[];
    unsupported: UnsupportedKey[];
    readFindings: Finding[];
  },
): RoutingPlan {
  return {
    file: source.file,
    format,
    digest,
    routes: parts.routes,
    chains: parts.chains,
    budget: defaultBudget(source.file),
    owners: { operatorInitials: null, followUpOwner: null },
    scenarios: [],
    unsupported: parts.unsupported,
    readFindings: parts.readFindings,
  };
}

/**
 * OpenAI-compatible base URLs of providers, by the names LiteLLM (model prefix) and Portkey
 * (`provider`) use. A provider not listed needs an explicit api_base / custom_host.
 */
export const PROVIDER_BASE_URLS: Readonly<Record<string, string>> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1',
  groq: 'https://api.groq.com/openai/v1',
  mistral: 'https://api.mistral.ai/v1',
  'mistral-ai': 'https://api.mistral.ai/v1',
  together_ai: 'https://api.together.xyz/v1',
  'together-ai': 'https://api.together.xyz/v1',
  deepseek: 'https://api.deepseek.com/v1',
  openrouter: 'https://openrouter.ai/api/v1',
  fireworks_ai: 'https://api.fireworks.ai/inference/v1',
  'fireworks-ai': 'https://api.fireworks.ai/inference/v1',
  xai: 'https://api.x.ai/v1',
  'x-ai': 'https://api.x.ai/v1',
  perplexity: 'https://api.perplexity.ai',
  'perplexity-ai': 'https://api.perplexity.ai',
  gemini: 'https://generativelanguage.googleapis.com/v1beta/openai',
  google: 'https://generativelanguage.googleapis.com/v1beta/openai',
  cometapi: 'https://api.cometapi.com/v1',
};

/** The gate's own defaults, used when a format has no place to state a budget. */
export function defaultBudget(file: string): Budget {
  return {
    maxAttemptsPerRequest: 4,
    maxElapsedMs: 60_000,
    maxAmplification: 3,
    at: positionAt(file),
  };
}

/**
 * The official OpenAI SDKs in front of a gateway: `maxRetries` retries (2 by default, so 3
 * attempts) on 408, 409, 429, 5xx and connection errors, waiting min(0.5 s × 2^n, 8 s) less up
 * to a quarter at random, honouring retry-after. "equal" is the nearest of the gate's jitter
 * kinds: a random share is taken off each wait, never all of it.
 */
export function clientSdkLayer(retries: number, at: SourcePosition): RetryLayer {
  return {
    name: 'client-sdk',
    retry: {
      maxAttempts: retries + 1,
      initialBackoffMs: 500,
      maxBackoffMs: 8000,
      multiplier: 2,
      jitter: 'equal',
      retryOnStatuses: [408, 409, 429, 500, 502, 503, 504],
      retryOnNetworkErrors: true,
      honourRetryAfter: true,
      maxElapsedMs: null,
      at,
    },
    at,
  };
}

/**
 * Records every key of a mapping that the gate does not model. A key close to one it does
 * model is probably a typo, so the reason says which.
 */
export function collectUnsupported(
  source: YamlSource,
  path: readonly (string | number)[],
  value: unknown,
  modelled: readonly string[],
  out: UnsupportedKey[],
  reasons: Readonly<Record<string, string>> = {},
): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    if (modelled.includes(key)) continue;
    const guess = closest(key, modelled);
    const reason =
      reasons[key] ??
      (guess
        ? `not a key the gate knows here; did you mean "${guess}"?`
        : 'not modelled by the gate; the plan ignores it');
    out.push({
      key: describeKeyPath([...path, key]),
      at: source.keyPositionOf([...path, key]),
      reason,
      ...(guess && !reasons[key] ? { didYouMean: guess } : {}),
    });
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** `targets[1].override_params.max_tokens`: the path as a reader of the file writes it. */
export function describeKeyPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
