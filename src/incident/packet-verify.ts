import { type CommandResult, checkSealedText, secretsFromEnv } from '../record/index.js';
import { PACKET_SCHEMA_VERSION, packetSchema } from './packet-schema.js';

/** Checks a packet's text: schema, integrity digest, and nothing secret-shaped in it. */
export function verifyPacketText(
  text: string,
  secrets: readonly string[],
): { ok: true } | { ok: false; reasons: string[] } {
  const { reasons } = checkSealedText(text, packetSchema, secrets, 'packet');
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

/** When the file is a support packet, verifies it; null when it is something else (a ledger). */
export function verifyPacketTextIfPacket(
  file: string,
  text: string,
  env: NodeJS.ProcessEnv,
): CommandResult | null {
  if (!text.includes(PACKET_SCHEMA_VERSION)) return null;
  let schema: unknown;
  try {
    schema = (JSON.parse(text) as { schema_version?: unknown }).schema_version;
  } catch {
    return null;
  }
  if (schema !== PACKET_SCHEMA_VERSION) return null;
  const result = verifyPacketText(text, secretsFromEnv(env));
  return result.ok
    ? {
        code: 0,
        stdout: `${file}: support packet valid (schema ${PACKET_SCHEMA_VERSION}, integrity and redaction checked)\n`,
        stderr: '',
      }
    : {
        code: 1,
        stdout: '',
        stderr: `${file}: not a valid support packet:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}\n`,
      };
}
