import { integrityDigest, leakReasons } from '../record/index.js';
import { packetSchema } from './packet-schema.js';

/** Checks a packet's text: schema, integrity digest, and nothing secret-shaped in it. */
export function verifyPacketText(
  text: string,
  secrets: readonly string[],
): { ok: true } | { ok: false; reasons: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reasons: [`not valid JSON: ${(error as Error).message}`] };
  }
  const reasons = leakReasons(value, secrets);
  const parsed = packetSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return { ok: false, reasons };
  }
  const { integrity, ...rest } = parsed.data;
  if (integrityDigest(rest) !== integrity.sha256) {
    reasons.push('integrity.sha256 does not match the packet: it was edited after it was written');
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
