import type { z } from 'zod';
import { ConfigError } from './config-error.js';
import type { YamlSource } from './yaml-source.js';

/**
 * Turns the most telling zod issue into a positioned, fixable message. An unknown key comes
 * first: a misspelt key usually also shows up as a missing one, and the typo is the real cause.
 */
export function zodIssuesToConfigError(
  source: YamlSource,
  issues: readonly z.core.$ZodIssue[],
  knownKeys: (path: readonly PropertyKey[]) => readonly string[] = () => [],
): ConfigError {
  const issue =
    issues.find((i) => i.code === 'unrecognized_keys') ??
    issues.find((i) => i.input === undefined) ??
    issues[0];
  if (!issue) {
    return new ConfigError(source.positionOf([]), 'the config is not valid', 'see examples/');
  }
  const path = issue.path;
  const where = describePath(path);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const known = knownKeys(path);
    const guess = closest(key, known);
    const message = `unknown key "${key}"${where ? ` in ${where}` : ''}`;
    const fix = guess
      ? `did you mean "${guess}"?`
      : known.length > 0
        ? `allowed keys here: ${known.join(', ')}`
        : 'remove this key';
    return new ConfigError(source.keyPositionOf([...path, key]), message, fix);
  }
  if (issue.input === undefined && issue.path.length > 0) {
    const field = String(path[path.length - 1] ?? 'value');
    return new ConfigError(
      source.positionOf(path.slice(0, -1)),
      `missing required field "${field}"${path.length > 1 ? ` in ${describePath(path.slice(0, -1))}` : ''}`,
      issue.code === 'invalid_value'
        ? `add "${field}: " with one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
        : `add "${field}: <${issue.code === 'invalid_type' ? issue.expected : 'value'}>"`,
    );
  }
  const found = issue.code === 'invalid_type' ? '' : describeValue(issue.input);
  const message = `${where || 'config'}: ${issue.message}${found ? ` (found ${found})` : ''}`;
  return new ConfigError(source.positionOf(path), message, fixFor(issue));
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `write ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected} here`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `use a value of at least ${String(issue.minimum)}`;
    case 'too_big':
      return `use a value of at most ${String(issue.maximum)}`;
    default:
      return 'see the field description in schema/fallback-gate.schema.json';
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return typeof value;
}

/** The known key nearest to a typo, if it is near enough to be a plausible slip. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? best
    : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** Lists the keys an object schema accepts at a data path (unwrapping defaults, optionals, arrays). */
export function knownKeysOf(schema: z.ZodType): (path: readonly PropertyKey[]) => string[] {
  return (path) => {
    let current: unknown = schema;
    for (const segment of [...path, null]) {
      current = unwrap(current);
      if (segment === null) break;
      const def = (
        current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }
      ).def;
      if (def?.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
      else if (def?.type === 'array' && typeof segment === 'number') current = def.element;
      else return [];
    }
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
    return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  };
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = (
      current as
        { def?: { type?: string; innerType?: unknown; getter?: () => unknown } } | undefined
    )?.def;
    if (def?.type === 'lazy' && def.getter) {
      current = def.getter();
      continue;
    }
    if (
      def &&
      ['default', 'optional', 'nullable', 'prefault'].includes(def.type ?? '') &&
      def.innerType
    ) {
      current = def.innerType;
    } else break;
  }
  return current;
}
