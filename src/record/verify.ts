import { ledgerEntrySchema, type LedgerEntry } from './ledger-schema.js';
import { createRedactor } from './redact.js';

export type VerifyResult = { ok: true; entry: LedgerEntry } | { ok: false; reasons: string[] };

/**
 * Checks a ledger file's text: valid JSON, valid against the schema, and free of anything that
 * looks like a secret (a redaction pass over it must change nothing).
 */
export function verifyLedgerText(text: string, knownSecrets: readonly string[] = []): VerifyResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reasons: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = ledgerEntrySchema.safeParse(value);
  const reasons: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  }
  if (createRedactor(knownSecrets).text(text) !== text) {
    reasons.push('the ledger contains a credential or secret-shaped value');
  }
  if (parsed.success && reasons.length === 0) return { ok: true, entry: parsed.data };
  return { ok: false, reasons };
}
