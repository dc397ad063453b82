import { GateError } from './errors.js';

/** A place in a config file, 1-based, as editors and GitHub annotations count. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/**
 * A problem with the user's config that stops the gate. It always names a place, so the
 * message reads `FILE:LINE:COL: what is wrong` followed by how to fix it.
 */
export class ConfigError extends GateError {
  readonly code = 'config';
  readonly at: SourcePosition;
  readonly fix: string;

  constructor(at: SourcePosition, message: string, fix: string) {
    super(message);
    this.name = 'ConfigError';
    this.at = at;
    this.fix = fix;
  }

  /** The one-line form printed to the terminal and used for annotations. */
  override format(): string {
    const head = `${this.at.file}:${this.at.line}:${this.at.column}: ${this.message}`;
    return this.fix ? `${head}\n  fix: ${this.fix}` : head;
  }
}

export function positionAt(file: string, line = 1, column = 1): SourcePosition {
  return { file, line, column };
}
