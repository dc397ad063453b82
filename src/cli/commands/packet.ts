import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../../common/index.js';
import { buildPacket, renderPacketJson, renderPacketMarkdown } from '../../incident/index.js';
import { ledgerRedactor, secretsFromEnv } from '../../record/index.js';
import type { CliIo, CommandOutcome, CommandResult } from '../io.js';
import { emit } from './emit.js';
import { loadAll } from './ledger-files.js';

// `fallback-gate packet`: an escalation support packet from verified ledger files.

export async function runPacket(
  files: readonly string[],
  out: string,
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<CommandResult> {
  const loaded = await loadAll(files, env);
  if (!loaded.ok) return loaded.result;
  const entries = loaded.entries;
  const redactor = ledgerRedactor(secretsFromEnv(env));
  const packet = buildPacket(entries, { now, redactor });
  await mkdir(out, { recursive: true });
  const jsonPath = join(out, 'packet.json');
  const markdownPath = join(out, 'packet.md');
  await writeAtomically(jsonPath, redactor.text(renderPacketJson(packet)));
  await writeAtomically(markdownPath, redactor.text(renderPacketMarkdown(packet)));
  return {
    code: 0,
    stdout: `support packet ${packet.packet_id} from ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}: ${jsonPath}, ${markdownPath}\n`,
    stderr: '',
  };
}

export async function runPacketCommand(
  flags: { ledger: string[]; out: string },
  io: CliIo,
): Promise<CommandOutcome> {
  return emit(io, await runPacket(flags.ledger, flags.out, io.env, new Date()));
}
