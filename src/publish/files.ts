import { mkdir, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

export interface LedgerFiles {
  jsonPath: string;
  markdownPath: string;
}

/** Writes the ledger to disk first, atomically, so no later sink can lose it. */
export async function writeLedgerFiles(
  outDir: string,
  json: string,
  markdown: string,
): Promise<LedgerFiles> {
  await mkdir(outDir, { recursive: true });
  const jsonPath = join(outDir, 'ledger.json');
  const markdownPath = join(outDir, 'ledger.md');
  await writeAtomically(jsonPath, json);
  await writeAtomically(markdownPath, markdown);
  return { jsonPath, markdownPath };
}

export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}
