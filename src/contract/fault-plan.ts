// The fault plan: what an upstream does on each successive attempt. Shared by the mock provider
// (which plays the upstream) and the fault proxy (which plays it in front of a real upstream).
//
// Plans are written in a compact text language, for example
//   429(retry-after=1) x2, ok        throttled twice, then healthy
//   503*                             unavailable on every attempt
//   hang, reset, slow(chunk-delay=200ms), ok
// The grammar, the step names and their arguments are documented in the README section
// "The mock provider and fault plans"; parseFaultPlan is the one implementation of it.

import { Parser } from './fault-plan-parser.js';
import type { FaultPlan, FaultStep } from './fault-step.js';

export { FaultPlanError } from './fault-plan-error.js';
export {
  DEFAULT_CHUNK_DELAY_MS,
  FAULT_KINDS,
  HEALTHY,
  MAX_EXPANDED_STEPS,
  MAX_FAULT_DURATION_MS,
  MAX_REPEAT,
  stepForAttempt,
} from './fault-step.js';
export type { FaultKind, FaultPlan, FaultStep } from './fault-step.js';

/**
 * Parses fault plan text. A plan is a list of steps separated by commas or new lines; a step may
 * repeat (`x3`) and the last one may repeat forever (`*`). Attempts after the listed steps are
 * healthy unless the last step ends with `*`. `#` starts a comment that runs to the end of the line.
 */
export function parseFaultPlan(text: string): FaultPlan {
  return new Parser(text).plan();
}

/** Writes a plan back in the language, so logs and ledgers can name it; parse(format(p)) ≡ p. */
export function formatFaultPlan(plan: FaultPlan): string {
  const parts: string[] = [];
  let i = 0;
  while (i < plan.steps.length) {
    const step = plan.steps[i]!;
    const text = formatFaultStep(step);
    let count = 1;
    while (i + count < plan.steps.length && formatFaultStep(plan.steps[i + count]!) === text) {
      count++;
    }
    parts.push(count > 1 ? `${text} x${count}` : text);
    i += count;
  }
  const thenText = formatFaultStep(plan.then);
  if (!(plan.then.kind === 'ok' && plan.then.delayMs === undefined) || parts.length === 0) {
    parts.push(`${thenText}*`);
  }
  return parts.join(', ');
}

export function formatFaultStep(step: FaultStep): string {
  const args: string[] = [];
  let name: string;
  switch (step.kind) {
    case 'status':
      name = String(step.status);
      if (step.retryAfterS !== undefined) args.push(`retry-after=${step.retryAfterS}s`);
      if (step.retryAfterMs !== undefined) args.push(`retry-after-ms=${step.retryAfterMs}ms`);
      break;
    case 'slow_stream':
      name = 'slow';
      args.push(`chunk-delay=${step.chunkDelayMs}ms`);
      break;
    case 'malformed_json':
      name = 'malformed';
      break;
    case 'wrong_family':
      name = 'wrong-family';
      break;
    case 'empty_output':
      name = 'empty';
      break;
    default:
      name = step.kind;
  }
  if ('delayMs' in step && step.delayMs !== undefined) args.push(`delay=${step.delayMs}ms`);
  return args.length ? `${name}(${args.join(', ')})` : name;
}
