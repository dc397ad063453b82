import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT } from '../common/index.js';
import { CONFIG_FORMATS } from '../routing/index.js';

// Option parsers and the options several commands share.

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function parseWhole(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

export function parseRetries(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 100) {
    throw new InvalidArgumentError('expected a whole number of retries from 0 to 100');
  }
  return n;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  }
  return port;
}

export const formatOption = (): Option =>
  new Option('--format <format>', 'force the config format (default: detected)').choices(
    CONFIG_FORMATS,
  );
export const baseConfigOption = (): Option =>
  new Option(
    '--base-config <file>',
    'the same config on the base branch (scope drift, credential trust)',
  );
export const trustedHostOption = (): Option =>
  new Option(
    '--trusted-host <host>',
    'a host credentials may go to besides the base config (repeatable)',
  )
    .argParser((value: string, previous: string[] = []) => [...previous, value])
    .default([]);
export const clientRetriesOption = (): Option =>
  new Option(
    '--client-retries <n>',
    'retries of the client SDK in front of the routing, stacked on every chain (the OpenAI SDKs default to 2)',
  ).argParser(parseRetries);

export const maxAttemptsOption = (): Option =>
  new Option(
    '--max-attempts <n>',
    "budget: upstream attempts one request may cause (replaces the config's; default 4)",
  ).argParser(parseWhole(1, 10_000));
export const maxElapsedOption = (): Option =>
  new Option(
    '--max-elapsed-ms <ms>',
    "budget: worst-case time one request may take (replaces the config's; default 60000)",
  ).argParser(parseWhole(1, 86_400_000));

/**
 * --config is checked here rather than declared required: commander checks required options
 * before unknown ones, so a typo (--confg) would be reported as a missing --config instead of
 * "unknown option '--confg' (Did you mean --config?)".
 */
export function requireConfig(flags: { config?: string }, command: Command): void {
  if (!flags.config) {
    command.error("error: required option '-c, --config <file>' not specified", {
      exitCode: EXIT.usage,
    });
  }
}
