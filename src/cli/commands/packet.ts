import { appendFile, mkdir } from 'node:fs/promises';
import { BoundedReadError, readBoundedFile, writeAtomically } from '../common/index.js';
import { dirname, join } from 'node:path';
import {
  type CommandResult,
  type LedgerEntry,
  ledgerRedactor,
  loadAll,
  secretsFromEnv,
  verifyLedgerText,
} from '../record/index.js';
import { buildPacket, renderPacketJson, renderPacketMarkdown } from './packet.js';
import { renderTrendMermaid, renderTrendTable, trendRows } from './trend.js';

const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

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

export async function runTrend(
  file: string,
  mermaidPath: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  let text: string;
  try {
    text = (await readBoundedFile(file, MAX_HISTORY_BYTES)).toString('utf8');
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    return {
      code: 2,
      stdout: '',
      stderr: `${file}: ${error.problem === 'not_found' ? 'no such file' : error.problem === 'too_large' ? `${error.message}: not a history file` : error.message}\n`,
    };
  }
  const secrets = secretsFromEnv(env);
  const entries: LedgerEntry[] = [];
  const reasons: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const result = verifyLedgerText(line, secrets);
    if (result.ok) entries.push(result.entry);
    else reasons.push(...result.reasons.map((r) => `line ${i + 1}: ${r}`));
  });
  if (reasons.length > 0 || entries.length === 0) {
    return {
      code: 1,
      stdout: '',
      stderr: `${file}: not a valid history:\n${(reasons.length > 0 ? reasons : ['the history file holds no entry']).map((r) => `  - ${r}`).join('\n')}\n`,
    };
  }
  const rows = trendRows(entries);
  if (mermaidPath) {
    await mkdir(dirname(mermaidPath), { recursive: true });
    await appendFile(mermaidPath, renderTrendMermaid(rows), 'utf8');
  }
  return { code: 0, stdout: renderTrendTable(rows), stderr: '' };
}
