import { createHash } from 'node:crypto';
import { clientSdkLayer } from './adapter-common.js';
import {
  ConfigError,
  parseYamlSource,
  positionAt,
  readConfigText,
  type YamlSource,
} from '../common/index.js';
import { rejectLiteralCredentials } from './credentials.js';
import { planFromLiteLLM } from './litellm.js';
import { planFromNative } from './native.js';
import { planFromPortkey } from './portkey.js';
import type { ConfigFormat, RoutingPlan } from '../routing/index.js';

export interface LoadOptions {
  /** Force a format instead of detecting it. */
  format?: ConfigFormat;
  /**
   * Retries made by the client SDK in front of the routing (the official OpenAI SDKs default
   * to 2): added to every chain as the outermost layer.
   */
  clientRetries?: number;
  /**
   * Budget limits that replace the config's (LiteLLM and Portkey files have no place for a
   * budget, so this is how their users set one).
   */
  budget?: { maxAttemptsPerRequest?: number; maxElapsedMs?: number };
  /** Where `os.environ/NAME` references in a LiteLLM config are resolved. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Reads, parses and validates a routing config into a plan. Throws ConfigError on bad input. */
export async function loadPlan(file: string, options: LoadOptions = {}): Promise<RoutingPlan> {
  const { text, bytes } = await readConfigText(file);
  return planFromText(file, text, options, bytes);
}

const HOW_TO_REFERENCE: Record<ConfigFormat, string> = {
  native: 'api_key_env: NAME',
  litellm: 'api_key: os.environ/NAME',
  portkey: 'api_key: ${NAME}',
};

export function planFromText(
  file: string,
  text: string,
  options: LoadOptions = {},
  bytes: Buffer = Buffer.from(text, 'utf8'),
): RoutingPlan {
  const source = parseYamlSource(file, text);
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    throw new ConfigError(
      source.positionOf([]),
      'the config must be a mapping at the top level',
      'start the file with keys such as "routes:" (see examples/)',
    );
  }
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const format = options.format ?? detectFormat(source);
  rejectLiteralCredentials(source, HOW_TO_REFERENCE[format]);
  const adapterOptions = options.env ? { env: options.env } : {};
  const plan =
    format === 'litellm'
      ? planFromLiteLLM(source, digest, adapterOptions)
      : format === 'portkey'
        ? planFromPortkey(source, digest, adapterOptions)
        : planFromNative(source, digest);
  if (options.clientRetries !== undefined) {
    const layer = clientSdkLayer(options.clientRetries, positionAt(file));
    plan.chains = plan.chains.map((chain) => ({ ...chain, layers: [layer, ...chain.layers] }));
  }
  if (options.budget?.maxAttemptsPerRequest !== undefined) {
    plan.budget = { ...plan.budget, maxAttemptsPerRequest: options.budget.maxAttemptsPerRequest };
  }
  if (options.budget?.maxElapsedMs !== undefined) {
    plan.budget = { ...plan.budget, maxElapsedMs: options.budget.maxElapsedMs };
  }
  return plan;
}

/** Recognises a format by the top-level keys each tool documents. */
export function detectFormat(source: YamlSource): ConfigFormat {
  const keys = Object.keys(source.value as Record<string, unknown>);
  if (
    keys.includes('model_list') ||
    keys.includes('router_settings') ||
    keys.includes('litellm_settings')
  ) {
    return 'litellm';
  }
  if (
    keys.includes('strategy') ||
    keys.includes('targets') ||
    (keys.includes('provider') && !keys.includes('routes'))
  ) {
    return 'portkey';
  }
  return 'native';
}
