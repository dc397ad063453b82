import { z } from 'zod';

// The native config format. Every field has a safe default, stated in its description, so a
// minimal file (one route) is a complete config. The JSON Schema in schema/ is generated from this.

/** Statuses that are worth retrying: request timeout, throttling, and transient server errors. */
export const DEFAULT_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

export const retryPolicySchema = z
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
