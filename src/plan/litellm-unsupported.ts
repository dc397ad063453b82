import type { YamlSource } from '../common/index.js';
import type { UnsupportedKey } from '../routing/index.js';
import { collectUnsupported } from './adapter-common.js';
import type { Deployment, LiteLLMConfig } from './litellm-schema.js';

// Keys of a LiteLLM config the plan reads but does not model, each with the reason it does not
// change one request's worst case (or a "did you mean" for a probable typo).

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

/** Every key of the config the plan does not model, in file order of the sections. */
export function collectAllUnsupported(source: YamlSource, config: LiteLLMConfig): UnsupportedKey[] {
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
  config.model_list.forEach((d, i) => collectDeploymentUnsupported(source, d, i, out));
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
  collectUncountedSettings(source, config, out);
  return out;
}

function collectDeploymentUnsupported(
  source: YamlSource,
  d: Deployment,
  i: number,
  out: UnsupportedKey[],
): void {
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
    collectUnsupported(source, ['model_list', i, 'model_info'], d.model_info, ['id', 'mode'], out, {
      base_model: 'descriptive; not used by the plan',
    });
  }
}

/** Settings the plan reads, but by design not part of one request's worst case. */
function collectUncountedSettings(
  source: YamlSource,
  config: LiteLLMConfig,
  out: UnsupportedKey[],
): void {
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
}
