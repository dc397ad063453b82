export { DEFAULT_REQUIRED_EVIDENCE } from './decision-evidence.js';
export type { EvidenceField } from './decision-evidence.js';
export { isBudgetVerdict } from './decision-facts.js';
export { parseFailPolicy } from './decision-fail-policy.js';
export { errorPathVerdicts, scenarioInsideNoise } from './scenario-verdicts.js';
export { judge, mostSevere } from './judge.js';
export { DECISION_SEVERITY, DEFAULT_FAIL_POLICY } from './types.js';
export type { FailPolicy, FallbackDecision, Judgement, Verdict } from './types.js';
