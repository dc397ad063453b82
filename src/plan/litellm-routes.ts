import { ConfigError, type YamlSource } from '../common/index.js';
import type { EndpointFamily, Route } from '../routing/index.js';
import { type AdapterOptions, apiKeyEnvOf, PROVIDER_BASE_URLS } from './adapter-common.js';
import { envReferenceName } from './credentials.js';
import type { Deployment, LiteLLMConfig } from './litellm-schema.js';

// Deployments become routes, grouped into model groups by model_name.

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

export interface ModelGroups {
  /** Every deployment's route, in file order. */
  routes: Route[];
  /** Model groups in order of first appearance, with the index of their first deployment. */
  groups: Map<string, { routes: Route[]; index: number }>;
}

/** Deployments → routes, grouped by model_name in order of first appearance. */
export function modelGroups(
  source: YamlSource,
  config: LiteLLMConfig,
  options: AdapterOptions,
): ModelGroups {
  const at = (path: PropertyKey[]) => source.positionOf(path);
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
  return { routes, groups };
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

function deploymentRoute(
  source: YamlSource,
  config: LiteLLMConfig,
  d: Deployment,
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
  const apiKeyEnv = apiKeyEnvOf(
    source,
    params.api_key,
    ['model_list', i, 'litellm_params', 'api_key'],
    'write api_key: os.environ/NAME',
    PROVIDER_KEY_ENV[provider] ?? null,
  );
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
