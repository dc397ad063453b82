import { FAIL_CATEGORIES, type FailPolicy } from './types.js';

// The fail policy as users write it: `--fail-on budget,evidence` or the action input `fail-on`.
// `all` is every category (the default); `none` records problems without failing the job.

export type ParsedFailPolicy = { ok: true; policy: FailPolicy } | { ok: false; message: string };

export function parseFailPolicy(text: string): ParsedFailPolicy {
  const words = text
    .split(/[\s,]+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0);
  if (words.length === 0 || (words.length === 1 && words[0] === 'all')) {
    return { ok: true, policy: FAIL_CATEGORIES };
  }
  if (words.length === 1 && words[0] === 'none') return { ok: true, policy: [] };
  const unknown = words.filter((w) => !(FAIL_CATEGORIES as readonly string[]).includes(w));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `fail-on: unknown ${unknown.length === 1 ? 'category' : 'categories'} ${unknown.map((u) => `"${u}"`).join(', ')}; expected a comma-separated list of ${FAIL_CATEGORIES.join(', ')}, or all, or none`,
    };
  }
  return { ok: true, policy: FAIL_CATEGORIES.filter((c) => words.includes(c)) };
}
