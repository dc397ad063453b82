import { stringify } from 'yaml';
import { deploymentName } from '../../plan/index.js';
import type { ConfigFormat } from '../../routing/index.js';
import { PLACEHOLDER_KEY } from './command.js';

// The user's own routing config, rewritten for one gateway run: every route's upstream points at
// that route's fault proxy and every credential is the placeholder, so the gateway runs the
// user's retry, timeout and fallback settings against injected faults and can never reach a
// real provider or hold a real key. What had to change besides the upstreams (a provider
// answered by an OpenAI-compatible stand-in, a cache or callback that would reach the network)
// is listed, so the ledger can say what the gateway ran.
//
// Route names follow the plan adapters exactly (Portkey: `config`, `config.targets[i]` …;
// LiteLLM: model_info.id, else model_name, numbered within a group; native: the route name),
// and a rewrite that meets a route the plan does not know stops rather than guesses.

export interface RewrittenConfig {
  /** The file's text, in the config's own format. */
  text: string;
  /** The config as a value (Portkey: what goes in x-portkey-config). */
  value: unknown;
  /** Changes besides upstreams and keys, one line each, naming the place. */
  changes: string[];
  /** The routes whose upstream was pointed at a fault proxy, in config order. */
  routes: string[];
}

/** Gives the base URL a route's requests must go to in this run (its fault proxy). */
export type UpstreamFor = (route: string) => string;

export function rewriteConfig(
  format: ConfigFormat,
  value: unknown,
  upstreamFor: UpstreamFor,
): RewrittenConfig {
  switch (format) {
    case 'portkey':
      return rewritePortkey(value, upstreamFor);
    case 'litellm':
      return rewriteLiteLLM(value, upstreamFor);
    case 'native':
      return rewriteNative(value, upstreamFor);
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/** Portkey keys that call out of the gateway (hooks, guardrails) or answer without the routes (cache). */
const PORTKEY_NETWORK_KEYS = [
  'cache',
  'before_request_hooks',
  'after_request_hooks',
  'input_guardrails',
  'output_guardrails',
];
/** Provider-specific keys that would send a target elsewhere than its custom_host. */
const PORTKEY_PROVIDER_KEYS = [
  'virtual_key',
  'resource_name',
  'deployment_id',
  'api_version',
  'azure_auth_mode',
  'azure_model_name',
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'aws_region',
  'vertex_project_id',
  'vertex_region',
  'vertex_service_account_json',
  'openai_project',
  'openai_organization',
];

export function rewritePortkey(value: unknown, upstreamFor: UpstreamFor): RewrittenConfig {
  if (!isObject(value)) throw new Error('the Portkey config is not an object');
  const root = clone(value);
  const changes: string[] = [];
  const routes: string[] = [];
  const walk = (node: Json, name: string) => {
    for (const key of PORTKEY_NETWORK_KEYS) {
      if (key in node) {
        delete node[key];
        changes.push(`${name}: ${key} removed, so every request reaches the routes`);
      }
    }
    if (isObject(node.strategy) && Array.isArray(node.targets)) {
      // An inherited custom_host or key would be overridden by every target anyway.
      delete node.custom_host;
      delete node.api_key;
      node.targets.forEach((child, i) => {
        if (isObject(child)) walk(child, `${name}.targets[${i}]`);
      });
      return;
    }
    const provider = typeof node.provider === 'string' ? node.provider : null;
    if (provider !== 'openai') {
      changes.push(
        `${name}: provider ${provider ?? '(virtual key)'} answered by an OpenAI-compatible stand-in`,
      );
    }
    for (const key of PORTKEY_PROVIDER_KEYS) delete node[key];
    node.provider = 'openai';
    node.custom_host = upstreamFor(name);
    node.api_key = PLACEHOLDER_KEY;
    routes.push(name);
  };
  walk(root, 'config');
  return { text: `${JSON.stringify(root, null, 2)}\n`, value: root, changes, routes };
}

/** LiteLLM settings that reach other services or cache answers; dropped for the run. */
const LITELLM_NETWORK_SETTINGS = [
  'callbacks',
  'success_callback',
  'failure_callback',
  'service_callback',
  'cache',
  'cache_params',
  'redis_host',
  'redis_port',
  'redis_password',
  'redis_url',
];
/** Deployment parameters that carry a credential or send the call elsewhere than api_base. */
const LITELLM_CREDENTIAL_PARAM = /(key|secret|token|password|credentials?)$/i;
const LITELLM_PROVIDER_PARAMS = [
  'api_version',
  'aws_region_name',
  'vertex_project',
  'vertex_location',
  'region_name',
  'organization',
];

export function rewriteLiteLLM(value: unknown, upstreamFor: UpstreamFor): RewrittenConfig {
  if (!isObject(value) || !Array.isArray(value.model_list)) {
    throw new Error('the LiteLLM config has no model_list');
  }
  const root = clone(value);
  const list = root.model_list as unknown[];
  const changes: string[] = [];
  const routes: string[] = [];
  const sizes = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const d of list) {
    if (isObject(d) && typeof d.model_name === 'string') {
      sizes.set(d.model_name, (sizes.get(d.model_name) ?? 0) + 1);
    }
  }
  list.forEach((d, i) => {
    if (!isObject(d) || typeof d.model_name !== 'string' || !isObject(d.litellm_params)) {
      throw new Error(`model_list[${i}] is not a deployment`);
    }
    const k = (seen.get(d.model_name) ?? 0) + 1;
    seen.set(d.model_name, k);
    const info = isObject(d.model_info) ? d.model_info : undefined;
    const name = deploymentName(
      {
        model_name: d.model_name,
        model_info: typeof info?.id === 'string' ? { id: info.id } : undefined,
      },
      k,
      sizes.get(d.model_name) ?? 1,
    );
    const params = d.litellm_params;
    const model = typeof params.model === 'string' ? params.model : '';
    const slash = model.indexOf('/');
    // As the plan reads it: no prefix is OpenAI, except a bare claude model (Anthropic).
    const provider =
      slash > 0 ? model.slice(0, slash) : /^claude/i.test(model) ? 'anthropic' : 'openai';
    const bare = slash > 0 ? model.slice(slash + 1) : model;
    if (provider !== 'openai') {
      changes.push(
        `${name}: provider ${provider} answered by an OpenAI-compatible stand-in (model openai/${bare})`,
      );
    }
    for (const key of Object.keys(params)) {
      if (LITELLM_CREDENTIAL_PARAM.test(key) || LITELLM_PROVIDER_PARAMS.includes(key)) {
        delete params[key];
      }
    }
    params.model = `openai/${bare}`;
    params.api_base = upstreamFor(name);
    params.api_key = PLACEHOLDER_KEY;
    routes.push(name);
  });
  for (const section of ['router_settings', 'litellm_settings']) {
    const settings = root[section];
    if (!isObject(settings)) continue;
    for (const key of LITELLM_NETWORK_SETTINGS) {
      if (key in settings) {
        delete settings[key];
        changes.push(`${section}.${key} removed: it reaches another service or caches answers`);
      }
    }
  }
  if ('environment_variables' in root) {
    delete root.environment_variables;
    changes.push('environment_variables removed: the gateway gets placeholders for credentials');
  }
  if ('general_settings' in root) {
    const had = isObject(root.general_settings) && 'master_key' in root.general_settings;
    delete root.general_settings;
    if (had) root.general_settings = { master_key: PLACEHOLDER_KEY };
    changes.push(
      `general_settings replaced${had ? ' by a placeholder master_key' : ''}: no database, alerting or UI in the run`,
    );
  }
  return { text: stringify(root), value: root, changes, routes };
}

export function rewriteNative(value: unknown, upstreamFor: UpstreamFor): RewrittenConfig {
  if (!isObject(value) || !Array.isArray(value.routes)) {
    throw new Error('the config has no routes');
  }
  const root = clone(value);
  const routes: string[] = [];
  for (const r of root.routes as unknown[]) {
    if (!isObject(r) || typeof r.name !== 'string') continue;
    r.base_url = upstreamFor(r.name);
    routes.push(r.name);
  }
  return { text: stringify(root), value: root, changes: [], routes };
}
