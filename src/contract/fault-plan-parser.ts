import { type ArgName, isArgName, Scanner } from './fault-plan-scanner.js';
import {
  DEFAULT_CHUNK_DELAY_MS,
  type FaultKind,
  type FaultPlan,
  type FaultStep,
  MAX_EXPANDED_STEPS,
} from './fault-step.js';

// The grammar of the fault plan language (overview in fault-plan.ts), on top of the scanner's
// tokens: a plan is steps, a step is a name or a status with arguments, and each name means a
// kind of fault. One pass over the text; every mistake a FaultPlanError at its place.

interface StepSpec {
  kind: Exclude<FaultKind, 'status'>;
  args: readonly ArgName[];
}

/** Step names as written in a plan; aliases map to the same kind. */
const NAMED_STEPS: Record<string, StepSpec> = {
  ok: { kind: 'ok', args: ['delay'] },
  hang: { kind: 'hang', args: [] },
  reset: { kind: 'reset', args: ['delay'] },
  truncate: { kind: 'truncate', args: ['delay'] },
  malformed: { kind: 'malformed_json', args: ['delay'] },
  'malformed-json': { kind: 'malformed_json', args: ['delay'] },
  'wrong-family': { kind: 'wrong_family', args: ['delay'] },
  empty: { kind: 'empty_output', args: ['delay'] },
  'empty-output': { kind: 'empty_output', args: ['delay'] },
  html: { kind: 'html', args: ['delay'] },
  slow: { kind: 'slow_stream', args: ['chunk-delay', 'delay'] },
  'slow-stream': { kind: 'slow_stream', args: ['chunk-delay', 'delay'] },
};
const STATUS_ARGS: readonly ArgName[] = ['retry-after', 'retry-after-ms', 'delay'];
const STEP_NAMES_HELP =
  'ok, an HTTP status 400-599, hang, reset, truncate, malformed, wrong-family, empty, html, slow';

export class Parser extends Scanner {
  plan(): FaultPlan {
    const steps: FaultStep[] = [];
    let then: FaultStep | null = null;
    this.skipSeparators();
    if (this.atEnd()) {
      throw this.error(
        this.pos,
        'the fault plan is empty',
        'a fault step',
        `write at least one step, for example "429(retry-after=1) x2, ok"; steps are ${STEP_NAMES_HELP}`,
      );
    }
    while (!this.atEnd()) {
      if (then !== null) {
        throw this.error(
          this.pos,
          'a step follows a step that repeats forever ("*")',
          'the end of the plan',
          'put the step marked "*" last, or give it a count such as "x3" instead',
        );
      }
      const stepStart = this.pos;
      const step = this.step();
      this.skipSpaces();
      const repeat = this.repeat();
      if (repeat === 'forever') {
        then = step;
      } else {
        if (steps.length + repeat > MAX_EXPANDED_STEPS) {
          throw this.error(
            stepStart,
            `the plan lists more than ${MAX_EXPANDED_STEPS} attempts`,
            'a shorter plan',
            'end the plan with a step marked "*" to repeat it for every later attempt',
          );
        }
        for (let i = 0; i < repeat; i++) steps.push(step);
      }
      this.skipSpaces();
      if (this.atEnd()) break;
      const c = this.peek();
      if (c !== ',' && c !== '\n') {
        throw this.error(
          this.pos,
          `unexpected ${this.describeHere()} after a step`,
          'a comma, a new line, "xN" or "*"',
          'separate steps with commas, for example "503, ok"',
        );
      }
      this.skipSeparators();
    }
    return { steps, then: then ?? { kind: 'ok' } };
  }

  private step(): FaultStep {
    const start = this.pos;
    const word = this.word();
    if (word === '') {
      throw this.error(
        start,
        `expected a fault step, found ${this.describeHere()}`,
        'a fault step',
        `steps are ${STEP_NAMES_HELP}`,
      );
    }
    const args = this.args();
    if (/^\d+$/.test(word)) return this.statusStep(word, start, args);
    const spec = NAMED_STEPS[word.toLowerCase()];
    if (!spec) {
      throw this.error(
        start,
        `unknown fault step "${word}"`,
        'a fault step',
        `steps are ${STEP_NAMES_HELP}`,
      );
    }
    this.checkArgs(word, spec.args, args);
    const delay = args.get('delay');
    const delayMs = delay ? { delayMs: delay.ms } : {};
    switch (spec.kind) {
      case 'hang':
        return { kind: 'hang' };
      case 'slow_stream':
        return {
          kind: 'slow_stream',
          chunkDelayMs: args.get('chunk-delay')?.ms ?? DEFAULT_CHUNK_DELAY_MS,
          ...delayMs,
        };
      default:
        return { kind: spec.kind, ...delayMs };
    }
  }

  private statusStep(word: string, start: number, args: Map<ArgName, ParsedArg>): FaultStep {
    const status = Number(word);
    if (status === 200) {
      this.checkArgs(word, ['delay'], args);
      const delay = args.get('delay');
      return delay ? { kind: 'ok', delayMs: delay.ms } : { kind: 'ok' };
    }
    if (word.length !== 3 || status < 400 || status > 599) {
      throw this.error(
        start,
        `status ${word} cannot be injected`,
        'an HTTP status from 400 to 599, or 200',
        'use 200 or "ok" for a healthy answer and a status from 400 to 599 for an error',
      );
    }
    this.checkArgs(word, STATUS_ARGS, args);
    const step: FaultStep = { kind: 'status', status };
    const retryAfter = args.get('retry-after');
    if (retryAfter) {
      if (retryAfter.ms % 1000 !== 0) {
        throw this.error(
          retryAfter.valueAt,
          'retry-after is a whole number of seconds',
          'whole seconds',
          'write retry-after=1 (seconds), or use retry-after-ms for milliseconds',
        );
      }
      step.retryAfterS = retryAfter.ms / 1000;
    }
    const retryAfterMs = args.get('retry-after-ms');
    if (retryAfterMs) step.retryAfterMs = retryAfterMs.ms;
    const delay = args.get('delay');
    if (delay) step.delayMs = delay.ms;
    return step;
  }

  private checkArgs(word: string, allowed: readonly ArgName[], args: Map<ArgName, ParsedArg>) {
    for (const arg of args.values()) {
      if (!allowed.includes(arg.name)) {
        throw this.error(
          arg.at,
          `"${word}" takes no argument "${arg.name}"`,
          allowed.length ? allowed.join(', ') : 'no arguments',
          allowed.length
            ? `"${word}" takes ${allowed.join(', ')}`
            : `write "${word}" without parentheses`,
        );
      }
    }
  }

  private args(): Map<ArgName, ParsedArg> {
    const args = new Map<ArgName, ParsedArg>();
    this.skipSpaces();
    if (this.peek() !== '(') return args;
    const open = this.pos;
    this.pos++;
    for (;;) {
      this.skipSpaces();
      if (this.peek() === ')' && args.size === 0) {
        this.pos++;
        return args;
      }
      const at = this.pos;
      const name = this.word();
      if (!isArgName(name)) {
        throw this.error(
          at,
          name
            ? `unknown argument "${name}"`
            : `expected an argument, found ${this.describeHere()}`,
          'delay, retry-after, retry-after-ms or chunk-delay',
          'write arguments as name=value, for example 429(retry-after=1)',
        );
      }
      if (args.has(name)) {
        throw this.error(at, `argument "${name}" is given twice`, 'each argument once', 'keep one');
      }
      this.skipSpaces();
      if (this.peek() !== '=') {
        throw this.error(
          this.pos,
          `expected "=" after "${name}", found ${this.describeHere()}`,
          '"="',
          `write ${name}=VALUE`,
        );
      }
      this.pos++;
      this.skipSpaces();
      const valueAt = this.pos;
      const ms = this.duration(name);
      args.set(name, { name, at, valueAt, ms });
      this.skipSpaces();
      const c = this.peek();
      if (c === ')') {
        this.pos++;
        return args;
      }
      if (c === ',') {
        this.pos++;
        continue;
      }
      throw this.error(
        this.pos,
        this.atEnd()
          ? `the "(" at column ${this.columnOf(open)} is never closed`
          : `unexpected ${this.describeHere()} in the arguments`,
        '"," or ")"',
        'close the argument list with ")"',
      );
    }
  }
}

interface ParsedArg {
  name: ArgName;
  at: number;
  valueAt: number;
  ms: number;
}
