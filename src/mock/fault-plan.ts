// The fault plan: what an upstream does on each successive attempt. Shared by the mock provider
// (which plays the upstream) and the fault proxy (which plays it in front of a real upstream).

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
  | { kind: 'truncate' }
  | { kind: 'malformed_json' }
  | { kind: 'wrong_family' }
  | { kind: 'empty_output' }
  | { kind: 'html' }
  | { kind: 'slow_stream'; chunkDelayMs: number };

export type FaultKind = FaultStep['kind'];

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
