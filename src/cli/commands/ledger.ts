import { consoleStyleFor } from '../../record/index.js';
import type { CliIo, CommandOutcome } from '../io.js';
import { emit } from './emit.js';
import { forEachFile, mergeLedgerFiles, showLedgerFile, verifyLedgerFile } from './ledger-files.js';

// `fallback-gate ledger verify|show|merge`. Exit codes follow the gate's: 0 good, 1 a ledger
// that fails verification, 2 a file that cannot be read.

export async function runLedgerVerify(
  files: readonly string[],
  io: CliIo,
): Promise<CommandOutcome> {
  return emit(io, await forEachFile(files, (file) => verifyLedgerFile(file, io.env)));
}

export async function runLedgerShow(files: readonly string[], io: CliIo): Promise<CommandOutcome> {
  const style = consoleStyleFor(io.stdout, io.env);
  return emit(io, await forEachFile(files, (file) => showLedgerFile(file, io.env, style)));
}

export async function runLedgerMerge(
  files: readonly string[],
  out: string,
  io: CliIo,
): Promise<CommandOutcome> {
  return emit(io, await mergeLedgerFiles(files, out, io.env, new Date()));
}
