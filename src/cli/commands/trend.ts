import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BoundedReadError, readBoundedFile } from '../../common/index.js';
import { renderTrendMermaid, renderTrendTable, trendRows } from '../../incident/index.js';
import { type LedgerEntry, secretsFromEnv, verifyLedgerText } from '../../record/index.js';
import type { CliIo, CommandOutcome, CommandResult } from '../io.js';
import { emit } from './emit.js';

// `fallback-gate ledger trend`: decisions and attempts over a history file.

const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

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

export async function runTrendCommand(
  history: string,
  flags: { mermaid?: string },
  io: CliIo,
): Promise<CommandOutcome> {
  return emit(io, await runTrend(history, flags.mermaid, io.env));
}
