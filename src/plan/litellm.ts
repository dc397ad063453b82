import type { Finding, RoutingPlan } from '../routing/index.js';
import type { YamlSource } from '../common/index.js';
import { type AdapterOptions, gatewayPlan, parseConfig } from './adapter-common.js';
import { groupChains, readFallbacks } from './litellm-fallbacks.js';
import { groupRetryPolicy } from './litellm-retry.js';
import { modelGroups } from './litellm-routes.js';
import { litellmConfigSchema, type Settings } from './litellm-schema.js';
import { collectAllUnsupported } from './litellm-unsupported.js';

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

const DEFAULT_MAX_FALLBACKS = 5;

export function planFromLiteLLM(
  source: YamlSource,
  digest: string,
  options: AdapterOptions = {},
): RoutingPlan {
  const config = parseConfig(litellmConfigSchema, source);
  const unsupported = collectAllUnsupported(source, config);
  const { routes, groups } = modelGroups(source, config, options);
  const router: Settings = config.router_settings ?? {};
  const globals: Settings = config.litellm_settings ?? {};
  const maxFallbacks = router.max_fallbacks ?? globals.max_fallbacks ?? DEFAULT_MAX_FALLBACKS;
  const fallbacks = readFallbacks(source, router, globals, groups);
  const policyFor = groupRetryPolicy(source, router, globals);
  const readFindings: Finding[] = [];
  const chains = groupChains(source, groups, fallbacks, policyFor, maxFallbacks, readFindings);
  return gatewayPlan(source, 'litellm', digest, { routes, chains, unsupported, readFindings });
}
