import { FaultPlanError } from './fault-plan-error.js';
import { MAX_FAULT_DURATION_MS, MAX_REPEAT } from './fault-step.js';

// The lexical layer of the fault plan language: a cursor over the text that reads words,
// durations and repeat counts, skips spaces, separators and comments, and names the place of a
// mistake. The grammar on top of it is fault-plan-parser.ts.

export type ArgName = 'delay' | 'retry-after' | 'retry-after-ms' | 'chunk-delay';

export function isArgName(word: string): word is ArgName {
  return (
    word === 'delay' ||
    word === 'retry-after' ||
    word === 'retry-after-ms' ||
    word === 'chunk-delay'
  );
}

export class Scanner {
  protected pos = 0;

  constructor(protected readonly text: string) {}

  /** A number with an optional unit; the unit a bare number means depends on the argument. */
  protected duration(name: ArgName): number {
    const start = this.pos;
    const digits = /^\d+(\.\d+)?/.exec(this.text.slice(this.pos))?.[0] ?? '';
    const defaultUnit = name === 'retry-after' ? 's' : 'ms';
    if (digits === '') {
      throw this.error(
        start,
        `expected a number for "${name}", found ${this.describeHere()}`,
        'a number',
        `write ${name}=${name === 'retry-after' ? '1' : '250ms'}`,
      );
    }
    this.pos += digits.length;
    const unitMatch = /^(ms|s)\b/.exec(this.text.slice(this.pos));
    const unit = unitMatch?.[1] ?? defaultUnit;
    if (unitMatch) this.pos += unitMatch[0].length;
    else if (/^[A-Za-z]/.test(this.text.slice(this.pos))) {
      throw this.error(
        this.pos,
        `unknown unit "${/^[A-Za-z]+/.exec(this.text.slice(this.pos))?.[0] ?? ''}"`,
        '"ms" or "s"',
        'write durations as 250ms or 2s',
      );
    }
    const ms = Number(digits) * (unit === 's' ? 1000 : 1);
    if (!Number.isInteger(ms)) {
      throw this.error(
        start,
        `"${name}" must be a whole number of milliseconds`,
        'whole milliseconds',
        'write 1500ms rather than 1.5005s',
      );
    }
    if (ms > MAX_FAULT_DURATION_MS) {
      throw this.error(
        start,
        `"${name}" is longer than ${MAX_FAULT_DURATION_MS / 1000}s`,
        `at most ${MAX_FAULT_DURATION_MS / 1000}s`,
        'keep injected waits under ten minutes so the gate stays bounded',
      );
    }
    return ms;
  }

  protected repeat(): number | 'forever' {
    const c = this.peek();
    if (c === '*') {
      this.pos++;
      return 'forever';
    }
    if (c !== 'x' && c !== '×') return 1;
    const start = this.pos;
    const match = /^[x×]\s*(\d+)/.exec(this.text.slice(this.pos));
    if (!match?.[1]) {
      throw this.error(
        start,
        'expected a repeat count after "x"',
        'a count such as x3',
        'write the count right after the x, for example "503 x3"',
      );
    }
    const count = Number(match[1]);
    if (count < 1 || count > MAX_REPEAT) {
      throw this.error(
        start,
        `repeat count ${count} is out of range`,
        `a count from 1 to ${MAX_REPEAT}`,
        'use "*" for a step that repeats on every later attempt',
      );
    }
    this.pos += match[0].length;
    return count;
  }

  protected word(): string {
    const match = /^[A-Za-z0-9][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos));
    if (!match) return '';
    let word = match[0];
    // "429x2" reads as status 429 repeated twice, not as one word.
    const repeatTail = /^(\d+)x\d+$/.exec(word);
    if (repeatTail?.[1]) word = repeatTail[1];
    this.pos += word.length;
    return word;
  }

  protected skipSpaces(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '#') this.skipComment();
      else return;
    }
  }

  protected skipSeparators(): void {
    for (;;) {
      this.skipSpaces();
      const c = this.peek();
      if (c === ',' || c === '\n') this.pos++;
      else return;
    }
  }

  protected skipComment(): void {
    while (!this.atEnd() && this.peek() !== '\n') this.pos++;
  }

  protected peek(): string {
    return this.text[this.pos] ?? '';
  }

  protected atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  protected describeHere(): string {
    if (this.atEnd()) return 'the end of the plan';
    const c = this.peek();
    return c === '\n' ? 'a line break' : `"${c}"`;
  }

  protected columnOf(offset: number): number {
    return offset - this.text.lastIndexOf('\n', offset - 1);
  }

  protected error(offset: number, message: string, expected: string, fix: string): FaultPlanError {
    return new FaultPlanError(this.text, offset, message, expected, fix);
  }
}
