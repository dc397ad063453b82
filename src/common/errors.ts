// One error hierarchy for the whole gate. Each kind has a stable `code` (what a script or a test
// matches on) and the exit status both entry points use for it, through exitFor().

/** The exit statuses of the CLI and the action; the README's exit-code table lists the same. */
export const EXIT = {
  /** Every check the policy fails on passed. */
  passed: 0,
  /** The gate ran and the policy failed it: a claim, backed by the ledger. */
  failed: 1,
  /** The input is wrong (argument, action input, config, file); the message says how to fix it. */
  usage: 2,
  /** The gate could not finish for a reason that is not the input: a bug or a service failure. */
  internal: 3,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export type ErrorCode =
  | 'usage'
  | 'config'
  | 'fault_plan'
  | 'scenario_selection'
  | 'bounded_read'
  | 'merge'
  | 'zip_limit'
  | 'github_api';

export abstract class GateError extends Error {
  abstract readonly code: ErrorCode;
  /** Usage and config mistakes are the caller's to fix; service failures are not. */
  get exitStatus(): ExitStatus {
    return EXIT.usage;
  }
  /** The text an entry point prints: the message, and for located errors the place and the fix. */
  format(): string {
    return this.message;
  }
}

/** A wrong argument or action input, found before any config is read. */
export class UsageError extends GateError {
  readonly code = 'usage';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The exit status for anything thrown out of a command: internal unless it is a GateError. */
export function exitFor(error: unknown): ExitStatus {
  return error instanceof GateError ? error.exitStatus : EXIT.internal;
}
