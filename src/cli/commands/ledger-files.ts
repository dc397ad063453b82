import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BoundedReadError, readBoundedFile, writeAtomically } from '../../common/index.js';
import { PACKET_SCHEMA_VERSION, verifyPacketText } from '../../incident/index.js';
import {
  canonicalJson,
  type ConsoleStyle,
  type LedgerEntry,
  MergeError,
  mergeLedgers,
  renderConsole,
  secretsFromEnv,
  verifyHistoryText,
  verifyLedgerText,
} from '../../record/index.js';
import type { CommandResult } from '../io.js';

// The `ledger` subcommands: verify, show and merge ledger files. Exit codes follow the gate's:
// 0 good, 1 a ledger that fails verification, 2 a file that cannot be read or a usage error.

/** Ledger files are small; anything larger is not one of ours. */
const MAX_LEDGER_BYTES = 32 * 1024 * 1024;

type Loaded =
  | { ok: true; entry: LedgerEntry; entries: number; all: LedgerEntry[] }
  | { ok: false; result: CommandResult };

/** Reads a ledger-like file with the size cap fixed before the first byte is read. */
async function readLedgerText(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; result: CommandResult }> {
  try {
    return { ok: true, text: (await readBoundedFile(file, MAX_LEDGER_BYTES)).toString('utf8') };
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    const why =
      error.problem === 'directory'
        ? 'is a directory, expected a ledger.json file'
        : error.problem === 'too_large'
          ? `${error.message}: not a ledger file`
          : error.message;
    return fail(2, `${file}: ${why}`);
  }
}

export async function load(file: string, env: NodeJS.ProcessEnv): Promise<Loaded> {
  const read = await readLedgerText(file);
  return read.ok ? parseLoaded(file, read.text, env) : read;
}

/** Loads and verifies every file, stopping at the first that fails. */
export async function loadAll(
  files: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ok: true; entries: LedgerEntry[] } | { ok: false; result: CommandResult }> {
  const entries: LedgerEntry[] = [];
  for (const file of files) {
    const loaded = await load(file, env);
    if (!loaded.ok) return loaded;
    entries.push(loaded.entry);
  }
  return { ok: true, entries };
}

function parseLoaded(file: string, text: string, env: NodeJS.ProcessEnv): Loaded {
  const secrets = secretsFromEnv(env);
  const history = /\.(jsonl|ndjson)$/i.test(file);
  const result = history ? verifyHistoryText(text, secrets) : verifyLedgerText(text, secrets);
  if (!result.ok) {
    return fail(
      1,
      `${file}: not a valid ledger:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`,
    );
  }
  // Every line verified above, so each parses to an entry.
  const all = history
    ? text
        .split('\n')
        .filter((l) => l.trim())
        .flatMap((line) => {
          const one = verifyLedgerText(line, secrets);
          return one.ok ? [one.entry] : [];
        })
    : [result.entry];
  return { ok: true, entry: result.entry, entries: all.length, all };
}

function fail(code: 1 | 2, message: string): { ok: false; result: CommandResult } {
  return { ok: false, result: { code, stdout: '', stderr: `${message}\n` } };
}

export async function verifyLedgerFile(
  file: string,
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  const read = await readLedgerText(file);
  if (!read.ok) return read.result;
  // A support packet (fallback-gate packet) is verified by its own schema.
  const packet = verifyPacketTextIfPacket(file, read.text, env);
  if (packet) return packet;
  const loaded = parseLoaded(file, read.text, env);
  if (!loaded.ok) return loaded.result;
  const what =
    loaded.entries > 1 ? `${loaded.entries} entries` : `ledger ${loaded.entry.ledger_id}`;
  return {
    code: 0,
    stdout: `${file}: ${what} valid (schema ${loaded.entry.schema_version}, integrity and redaction checked)\n`,
    stderr: '',
  };
}

export async function showLedgerFile(
  file: string,
  env: NodeJS.ProcessEnv,
  style: ConsoleStyle,
): Promise<CommandResult> {
  const loaded = await load(file, env);
  if (!loaded.ok) return loaded.result;
  if (loaded.all.length === 1) {
    return { code: 0, stdout: renderConsole(loaded.entry, style), stderr: '' };
  }
  // A history: every entry, oldest first, each under a line saying which it is.
  const parts = loaded.all.map(
    (entry, i) =>
      `== ${file}: entry ${i + 1} of ${loaded.all.length} (ledger ${entry.ledger_id}, ${entry.timestamp})\n${renderConsole(entry, style)}`,
  );
  return { code: 0, stdout: parts.join('\n'), stderr: '' };
}

/** Runs one ledger command on each file; the exit code is the worst of them. */
export async function forEachFile(
  files: readonly string[],
  run: (file: string) => Promise<CommandResult>,
): Promise<CommandResult> {
  const results: CommandResult[] = [];
  for (const file of files) results.push(await run(file));
  return {
    code: Math.max(0, ...results.map((r) => r.code)) as 0 | 1 | 2,
    stdout: results
      .map((r) => r.stdout)
      .filter(Boolean)
      .join(files.length > 1 ? '\n' : ''),
    stderr: results.map((r) => r.stderr).join(''),
  };
}

export async function mergeLedgerFiles(
  files: readonly string[],
  out: string,
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<CommandResult> {
  const loaded = await loadAll(files, env);
  if (!loaded.ok) return loaded.result;
  const entries = loaded.entries;
  let merged: LedgerEntry;
  try {
    merged = mergeLedgers(entries, { now });
  } catch (error) {
    if (error instanceof MergeError) return fail(2, `ledger merge: ${error.message}`).result;
    throw error;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeAtomically(out, canonicalJson(merged));
  return {
    code: 0,
    stdout: `merged ${entries.length} entries into ${out}: decision ${merged.fallback_decision}, ${merged.passed ? 'passed' : 'failed'} (ledger ${merged.ledger_id})\n`,
    stderr: '',
  };
}

/** When the file is a support packet, verifies it; null when it is something else (a ledger). */
function verifyPacketTextIfPacket(
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
