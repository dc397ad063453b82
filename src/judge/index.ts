export { DEFAULT_REQUIRED_EVIDENCE } from './decision-evidence.js';
export type { EvidenceField } from './decision-evidence.js';
export { parseFailPolicy } from './decision-fail-policy.js';
export { errorPathVerdicts, scenarioInsideNoise } from './scenario-verdicts.js';
export { judge, mostSevere } from './judge.js';
export { chainOfSubject, parseSubject, renderSubject } from './subject.js';
export type { ProblemSubject, VerdictSubject } from './subject.js';
export { DECISION_SEVERITY, DEFAULT_FAIL_POLICY } from './types.js';
export type { FailPolicy, FallbackDecision, Judgement, Verdict } from './types.js';
export {
  FAIL_CATEGORIES,
  FailCategorySchema,
  FALLBACK_DECISIONS,
  FallbackDecisionSchema,
  VerdictStatusSchema,
} from './types.js';
export { isBudgetVerdict } from './verdict-rules.js';
export type { VerdictId } from './verdict-rules.js';
