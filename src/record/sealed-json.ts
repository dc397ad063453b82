import type { z } from 'zod';
import { integrityDigest } from './canonical-json.js';
import { ledgerRedactor } from './ledger-json-schema.js';
import { REDACTED, isCredentialField } from './redact.js';

// A sealed JSON file (a ledger entry or a support packet) is checked the same way whatever it
// holds: it parses, nothing in it looks like a secret, it matches its schema, and its integrity
// digest matches its content. Reasons name the place, never the secret.

export interface SealedCheck<T> {
  /** The parsed value; absent when the text is not JSON or does not match the schema. */
  value?: T;
  reasons: string[];
}

/** Checks a sealed file's text; `what` names it in the integrity reason ("entry", "packet"). */
export function checkSealedText<T extends { integrity: { sha256: string } }>(
  text: string,
  schema: z.ZodType<T>,
  knownSecrets: readonly string[],
  what: string,
): SealedCheck<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reasons: [`not valid JSON: ${(error as Error).message}`] };
  }
  const reasons = leakReasons(value, knownSecrets);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return { reasons };
  }
  if (integrityDigest(parsed.data) !== parsed.data.integrity.sha256) {
    reasons.push(`integrity.sha256 does not match the ${what}: it was edited after it was written`);
  }
  return { value: parsed.data, reasons };
}

export function leakReasons(value: unknown, knownSecrets: readonly string[]): string[] {
  const redactor = ledgerRedactor(knownSecrets);
  const reasons: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (reasons.length >= 10) return;
    if (typeof node === 'string') {
      if (redactor.text(node) !== node)
        reasons.push(`${path || '(root)'}: contains a credential or secret-shaped value`);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i)));
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        const here = path ? `${path}.${k}` : k;
        if (redactor.text(k) !== k)
          reasons.push(`${path || '(root)'}: a key contains a credential or secret-shaped value`);
        // A credential-named field must hold nothing but the redaction marker.
        if (typeof v === 'string' && isCredentialField(k) && v !== REDACTED && v !== '') {
          reasons.push(`${here}: a credential field holds a value`);
        }
        walk(v, here);
      }
    }
  };
  walk(value, '');
  return reasons;
}
