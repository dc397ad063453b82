import type { ExitStatus } from '../common/index.js';

// What a command may touch of the process it runs in. The launcher (index.ts) hands in the real
// process; a test hands in buffers and its own environment, and calls main() in-process.

export interface CliIo {
  stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** The environment the gate reads: credentials, GitHub runner files, NO_COLOR, debug. */
  env: NodeJS.ProcessEnv;
  /** Recorded in the ledger's environment. */
  runtime: { nodeVersion: string; runnerOs: string };
  /** Resolves with the signal's name when the user stops a long-running command (mock). */
  stopSignal(): Promise<string>;
  /**
   * Before the user's command or gateway runs: re-executes the process without credentials in
   * its /proc environ (see probe/drivers/scrub-environ.ts). Only a real process can do this.
   */
  withholdCredentials(configPath: string): Promise<{ kind: 'clean' | 'restored' | 'unsupported' }>;
}

/** What every command returns; what it printed went through the io it was given. */
export interface CommandOutcome {
  exitStatus: ExitStatus;
}

/** A result of the file commands: written through io (stderr made console-safe by the caller). */
export interface CommandResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}
