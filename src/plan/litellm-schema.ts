import { z } from 'zod';

// The shape of a LiteLLM proxy config.yaml, as far as the plan reads it. Unknown keys pass
// (loose objects) and are reported by litellm-unsupported.ts.

/** The error kinds a retry_policy counts retries for, and the statuses each kind stands for. */
export const RETRY_POLICY_KINDS = {
  BadRequestErrorRetries: [400],
  AuthenticationErrorRetries: [401],
  TimeoutErrorRetries: [408],
  RateLimitErrorRetries: [429],
  ContentPolicyViolationErrorRetries: [400],
  InternalServerErrorRetries: [500, 502, 503, 504],
} as const;
export type RetryKind = keyof typeof RETRY_POLICY_KINDS;

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
export type LiteLLMConfig = z.infer<typeof litellmConfigSchema>;
export type Settings = NonNullable<LiteLLMConfig['router_settings']>;
export type Deployment = LiteLLMConfig['model_list'][number];

/** Where a setting was read: router_settings when it is set there, else litellm_settings. */
export function settingPath(router: Settings, key: keyof Settings): (string | number)[] {
  return router[key] !== undefined ? ['router_settings', key] : ['litellm_settings', key];
}
