import { CommanderError } from 'commander';
import { ConfigError, EXIT, exitFor, GateError, type ExitStatus } from '../common/index.js';
import { consoleLines, createRedactor, secretsFromEnv } from '../record/index.js';
import type { CliIo } from './io.js';
import { buildProgram } from './program.js';

// The command line: argv and io in, exit status out. 0 passed, 1 gate failed, 2 usage or config
// error, 3 internal error. Nothing here touches the process; index.ts hands it in as io.

export async function main(argv: readonly string[], io: CliIo): Promise<ExitStatus> {
  let status: ExitStatus = EXIT.passed;
  const program = buildProgram(io, (outcome) => {
    status = outcome.exitStatus;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.passed : EXIT.usage;
    }
    report(error, io);
    return exitFor(error);
  }
}

/** Says what went wrong, in the words of the error; never a stack trace unless asked for. */
function report(error: unknown, io: CliIo): void {
  // Messages can quote input (a URL, a value): they go through the same redaction as the ledger.
  const redactor = createRedactor(secretsFromEnv(io.env));
  const redact = (text: string) => redactor.text(text);
  if (error instanceof ConfigError) {
    io.stderr.write(`${consoleLines(redact(error.format()))}\n`);
  } else if (error instanceof GateError) {
    io.stderr.write(`fallback-gate: ${redact(error.format())}\n`);
  } else {
    // A bug in the gate, not the user's input: say so plainly, keep the detail for a report.
    io.stderr.write(`fallback-gate: internal error: ${redact((error as Error).message)}\n`);
    // The stack's first line repeats the message: redacted like it.
    if (io.env.FALLBACK_GATE_DEBUG) io.stderr.write(`${redact((error as Error).stack ?? '')}\n`);
  }
}
