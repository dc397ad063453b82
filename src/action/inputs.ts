import { GATE_VERSION, UsageError } from '../common/index.js';
import { DEFAULT_API_TIMEOUT_MS, DEFAULT_RETRY, type GitHubApiOptions } from '../publish/index.js';
import type { EventFacts } from './event-facts.js';

// The step's inputs: read (a manual dispatch may override some by name), trimmed, and checked,
// so a bad value is a usage error that names the input and the values it allows.

/**
 * Inputs a manual dispatch may override by name. Credentials, the command and trusted hosts are
 * not among them: they stay as the workflow file sets them.
 */
export const DISPATCH_OVERRIDABLE = [
  'config',
  'operator',
  'follow-up-owner',
  'upstream',
  'fail-on',
  'base-config',
] as const;

export interface Inputs {
  get(name: string): string;
  flag(name: string, fallback: boolean): boolean;
  number(name: string, fallback: number, min: number, max: number): number;
}

export function inputsFor(event: EventFacts, read: (name: string) => string): Inputs {
  const get = (name: string): string => {
    const overridable = (DISPATCH_OVERRIDABLE as readonly string[]).includes(name);
    const dispatched = overridable ? event.dispatchInputs[name] : undefined;
    return (dispatched !== undefined && dispatched !== '' ? dispatched : read(name)).trim();
  };
  return {
    get,
    flag(name, fallback) {
      const value = get(name).toLowerCase();
      if (value === '') return fallback;
      if (['true', 'yes', 'on', '1'].includes(value)) return true;
      if (['false', 'no', 'off', '0'].includes(value)) return false;
      throw new UsageError(`input "${name}" must be true or false (got "${value}")`);
    },
    number(name, fallback, min, max) {
      const value = get(name);
      if (value === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        throw new UsageError(
          `input "${name}" must be a whole number from ${min} to ${max} (got "${value}")`,
        );
      }
      return parsed;
    },
  };
}

export function oneOf<T extends string>(
  inputs: Inputs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = inputs.get(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

/** A comma or whitespace separated list input. */
export function list(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Deadline of each network sink (artifact, comment), in milliseconds. */
export function sinkDeadline(inputs: Inputs): number {
  return inputs.number('sink-timeout-ms', 120_000, 100, 600_000);
}

/** Reads the API settings up front, so a bad value is a usage error before the gate runs. */
export function apiSettings(
  inputs: Inputs,
  token: string,
  env: NodeJS.ProcessEnv,
): GitHubApiOptions {
  return {
    baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    token,
    timeoutMs: inputs.number('api-timeout-ms', DEFAULT_API_TIMEOUT_MS, 100, 120_000),
    retry: {
      ...DEFAULT_RETRY,
      maxAttempts: inputs.number('api-max-attempts', DEFAULT_RETRY.maxAttempts, 1, 10),
      baseDelayMs: inputs.number('api-backoff-ms', DEFAULT_RETRY.baseDelayMs, 0, 60_000),
    },
    userAgent: `fallback-gate/${GATE_VERSION}`,
  };
}
