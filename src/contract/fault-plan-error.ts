import { GateError } from '../common/index.js';

/** A mistake in fault plan text, with the place it was found (1-based, counted in the text). */
export class FaultPlanError extends GateError {
  readonly code = 'fault_plan';
  /** 0-based character offset into the parsed text. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** What the parser expected at this place, in words. */
  readonly expected: string;
  /** How to fix it, in one sentence. */
  readonly fix: string;

  constructor(text: string, offset: number, message: string, expected: string, fix: string) {
    super(message);
    this.name = 'FaultPlanError';
    this.offset = offset;
    const before = text.slice(0, offset);
    const lines = before.split('\n');
    this.line = lines.length;
    this.column = (lines.at(-1)?.length ?? 0) + 1;
    this.expected = expected;
    this.fix = fix;
  }

  /** `SOURCE:LINE:COL: message` plus the fix, as the CLI prints it. */
  override format(source = 'fault plan'): string {
    return `${source}:${this.line}:${this.column}: ${this.message}\n  fix: ${this.fix}`;
  }
}
