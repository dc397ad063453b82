export type VerdictStatus = 'pass' | 'fail' | 'unknown';

/** One checked claim, with the numbers behind it and a one-line reason. */
export interface Verdict {
  id: string;
  /** What it is about: `chain:<name>` or `route:<name>`. */
  subject: string;
  status: VerdictStatus;
  figures: Record<string, number | string | boolean | null>;
  reason: string;
}

export type FallbackDecision = 'keep_primary' | 'retry_primary' | 'use_fallback' | 'escalate';
export const FALLBACK_DECISIONS: readonly FallbackDecision[] = [
  'keep_primary',
  'retry_primary',
  'use_fallback',
  'escalate',
];

export interface ChainDecision {
  chain: string;
  decision: FallbackDecision;
  /** True when a required fact could not be observed; the gaps say which. */
  paused: boolean;
  evidenceGaps: string[];
  reason: string;
}

export interface Judgement {
  verdicts: Verdict[];
  decisions: ChainDecision[];
  /** The most severe chain decision: what the whole change amounts to. */
  decision: FallbackDecision;
  paused: boolean;
  passed: boolean;
  /** Why the gate failed, one line each; empty when it passed. */
  failures: string[];
}
