import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, positionAt, writeAtomically } from '../common/index.js';

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

/**
 * Creates the output directory and proves it writable (a probe file created exclusively and
 * removed), before any probing: a ledger that cannot be written is a usage error up front.
 */
export async function checkOutDir(outDir: string): Promise<void> {
  const at = positionAt(outDir);
  try {
    await mkdir(outDir, { recursive: true });
    const probe = join(outDir, `.fallback-gate-${randomBytes(6).toString('hex')}.probe`);
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(
      at,
      `the output directory cannot be written (${code}); nothing was probed`,
      'choose another --out (the action input out-dir) that this user can create and write',
    );
  }
}
