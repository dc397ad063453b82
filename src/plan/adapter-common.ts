import { closest, positionAt, type YamlSource } from '../common/index.js';
import type { Budget, RetryLayer, SourcePosition, UnsupportedKey } from '../routing/index.js';

// What the LiteLLM and Portkey adapters share: where a provider's OpenAI-compatible endpoint
// lives, how a stacked client layer is declared, and how keys the gate does not model are kept.

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
