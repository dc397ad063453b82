import { createHash } from 'node:crypto';
import { ConfigError, positionAt } from './config-error.js';
import { planFromNative } from './native.js';
import { readConfigText } from './read-file.js';
import type { ConfigFormat, RoutingPlan } from './types.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

export interface LoadOptions {
  /** Force a format instead of detecting it. */
  format?: ConfigFormat;
}

/** Reads, parses and validates a routing config into a plan. Throws ConfigError on bad input. */
export async function loadPlan(file: string, options: LoadOptions = {}): Promise<RoutingPlan> {
  const { text, bytes } = await readConfigText(file);
  return planFromText(file, text, options, bytes);
}

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
  switch (format) {
    case 'native':
      return planFromNative(source, digest);
    default:
      throw new ConfigError(
        positionAt(file),
        `the ${format} format is not supported yet`,
        'use the native format (see examples/)',
      );
  }
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
  if (keys.includes('strategy') || keys.includes('targets')) return 'portkey';
  return 'native';
}
