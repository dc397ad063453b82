// The model of a fault plan: the steps an upstream can play, the plan of them per attempt, and
// the bounds that keep every plan finite. The text language that writes them is in fault-plan.ts.

export type FaultStep =
  | { kind: 'ok'; delayMs?: number }
  | {
      kind: 'status';
      status: number;
      retryAfterS?: number;
      retryAfterMs?: number;
      delayMs?: number;
    }
  | { kind: 'hang' }
  | { kind: 'reset'; delayMs?: number }
  | { kind: 'truncate'; delayMs?: number }
  | { kind: 'malformed_json'; delayMs?: number }
  | { kind: 'wrong_family'; delayMs?: number }
  | { kind: 'empty_output'; delayMs?: number }
  | { kind: 'html'; delayMs?: number }
  | { kind: 'slow_stream'; chunkDelayMs: number; delayMs?: number };

export type FaultKind = FaultStep['kind'];

export const FAULT_KINDS: readonly FaultKind[] = [
  'ok',
  'status',
  'hang',
  'reset',
  'truncate',
  'malformed_json',
  'wrong_family',
  'empty_output',
  'html',
  'slow_stream',
];

export interface FaultPlan {
  /** Steps for attempts 1..n, in order. */
  steps: FaultStep[];
  /** What every attempt after the listed steps gets. */
  then: FaultStep;
}

export const HEALTHY: FaultPlan = { steps: [], then: { kind: 'ok' } };

export function stepForAttempt(plan: FaultPlan, attemptIndex: number): FaultStep {
  return plan.steps[attemptIndex] ?? plan.then;
}

/** The gap between pieces of a slow stream when the plan does not say. */
export const DEFAULT_CHUNK_DELAY_MS = 100;
/** Upper bounds that keep every plan finite: no wait longer than ten minutes, no huge expansions. */
export const MAX_FAULT_DURATION_MS = 600_000;
export const MAX_REPEAT = 1000;
export const MAX_EXPANDED_STEPS = 10_000;
