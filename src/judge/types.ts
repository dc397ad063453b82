import { z } from 'zod';
import type { VerdictSubject } from './subject.js';
import type { VerdictId } from './verdict-rules.js';

export const VERDICT_STATUSES = ['pass', 'fail', 'unknown'] as const;
export const VerdictStatusSchema = z.enum(VERDICT_STATUSES);
export type VerdictStatus = z.infer<typeof VerdictStatusSchema>;

/** One checked claim, with the numbers behind it and a one-line reason. */
export interface Verdict {
  /** The rule that made the claim (verdict-rules.ts). */
  id: VerdictId;
  /** What it is about; the ledger stores it as renderSubject(subject). */
  subject: VerdictSubject;
  status: VerdictStatus;
  figures: Record<string, number | string | boolean | null>;
  reason: string;
}

export const FALLBACK_DECISIONS = [
  'keep_primary',
  'retry_primary',
  'use_fallback',
  'escalate',
] as const;
export const FallbackDecisionSchema = z.enum(FALLBACK_DECISIONS);
export type FallbackDecision = z.infer<typeof FallbackDecisionSchema>;

/** How far a decision is from normal routing; merging takes the highest. */
export const DECISION_SEVERITY: Record<FallbackDecision, number> = {
  keep_primary: 0,
  retry_primary: 1,
  use_fallback: 2,
  escalate: 3,
};

export interface ChainDecision {
  chain: string;
  decision: FallbackDecision;
  /** The id of the decision-table row that produced this decision. */
  rule: string;
  /** True when a required fact could not be observed; the gaps say which. */
  paused: boolean;
  evidenceGaps: string[];
  reason: string;
}

/**
 * The kinds of problem that can fail the job. Which of them do is the fail policy
 * (`--fail-on`, action input `fail-on`); all four by default.
 */
export const FAIL_CATEGORIES = ['budget', 'evidence', 'escalate', 'findings'] as const;
export const FailCategorySchema = z.enum(FAIL_CATEGORIES);
export type FailCategory = z.infer<typeof FailCategorySchema>;
export type FailPolicy = readonly FailCategory[];
export const DEFAULT_FAIL_POLICY: FailPolicy = FAIL_CATEGORIES;

/** Something the gate found wrong, whether or not the fail policy makes it fail the job. */
export interface GateProblem {
  category: FailCategory;
  /** renderSubject of what it is about: `chain:<name>`, `chain:<name>/scenario:<name>`, `ledger:<field>`, `config:<file>:<line>:<col>`. */
  subject: string;
  message: string;
  /** How to resolve it, in one line. */
  fix: string;
  /** True when the fail policy makes this problem fail the job. */
  failsJob: boolean;
}

export interface Judgement {
  verdicts: Verdict[];
  decisions: ChainDecision[];
  /** The most severe chain decision: what the whole change amounts to. */
  decision: FallbackDecision;
  paused: boolean;
  passed: boolean;
  failOn: FailCategory[];
  /** Every problem found, each marked with whether it fails the job. */
  problems: GateProblem[];
  /** Why the gate failed, one line each; empty when it passed. */
  failures: string[];
}
