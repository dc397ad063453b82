import { createHash } from 'node:crypto';

// Canonical JSON: object keys sorted by code point (as RFC 8785 does), two-space indent, one
// trailing newline. The same entry always gives the same bytes, so files diff cleanly and the
// integrity digest can be recomputed by anyone.

export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonicalize(v)]));
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonicalize(value), null, 2)}\n`;
}

/** One line, for JSON Lines files. */
export function canonicalJsonLine(value: unknown): string {
  return `${JSON.stringify(canonicalize(value))}\n`;
}

/** The integrity digest of an entry: sha256 of its canonical JSON without the `integrity` field. */
export function integrityDigest(entry: object): string {
  const { integrity: _ignored, ...rest } = entry as { integrity?: unknown };
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}
