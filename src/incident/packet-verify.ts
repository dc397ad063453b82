import { checkSealedText } from '../record/index.js';
import { packetSchema } from './packet-schema.js';

/** Checks a packet's text: schema, integrity digest, and nothing secret-shaped in it. */
export function verifyPacketText(
  text: string,
  secrets: readonly string[],
): { ok: true } | { ok: false; reasons: string[] } {
  const { reasons } = checkSealedText(text, packetSchema, secrets, 'packet');
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
