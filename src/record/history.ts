import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { canonicalJsonLine } from './canonical-json.js';
import type { LedgerEntry } from './ledger-schema.js';

// The history file: one canonical JSON entry per line (JSON Lines), appended run after run, so a
// team can follow decisions over time with ordinary line tools.

export function renderHistoryLine(entry: LedgerEntry): string {
  return canonicalJsonLine(entry);
}

/** Appends one already redacted line; a single append call keeps the line whole. */
export async function appendHistoryLine(path: string, line: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, line, 'utf8');
}
