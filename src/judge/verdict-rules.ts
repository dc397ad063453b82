import { amplificationWithinBudget } from './rules/amplification.js';
import { backoffPresent } from './rules/backoff.js';
import { callerOutcome } from './rules/caller-outcome.js';
import { fallbackEngaged } from './rules/fallback.js';
import { happyPathUsable } from './rules/happy-path.js';
import { jitterPresent } from './rules/jitter.js';
import { retryAfterHonoured } from './rules/retry-after.js';
import {
  attemptsWithinBudget,
  attemptsWithinDeclaredPolicy,
  worstCaseAttemptsWithinBudget,
} from './rules/retry-budget.js';
import type { VerdictCategory, VerdictRule } from './rules/rule.js';
import { stopRule } from './rules/stop-rule.js';
import { terminalNotRetried } from './rules/terminal-status.js';

// Every claim the gate checks, once. A verdict's id is one of these rules' ids (the VerdictId
// union is derived from this list), and everything that asks what kind of claim a verdict makes
// (the decision table, the fail policy, `ledger verify`) asks the rule. Within each input the
// rules run in this order, which is the order verdicts appear in the ledger.

export const VERDICT_RULES = [
  happyPathUsable,
  worstCaseAttemptsWithinBudget,
  attemptsWithinBudget,
  attemptsWithinDeclaredPolicy,
  backoffPresent,
  jitterPresent,
  retryAfterHonoured,
  terminalNotRetried,
  stopRule,
  fallbackEngaged,
  callerOutcome,
  amplificationWithinBudget,
] as const satisfies readonly VerdictRule[];

type AnyRule = (typeof VERDICT_RULES)[number];
export type VerdictId = AnyRule['id'];
export const VERDICT_IDS: readonly VerdictId[] = VERDICT_RULES.map((r) => r.id);

/** The rules that judge one kind of input, in list order. */
export function rulesOn<On extends VerdictRule['on']>(on: On): Extract<AnyRule, { on: On }>[] {
  return VERDICT_RULES.filter((r): r is Extract<AnyRule, { on: On }> => r.on === on);
}

const CATEGORY = new Map<string, VerdictCategory>(VERDICT_RULES.map((r) => [r.id, r.category]));

/** The kind of claim a verdict id makes; null for an id no rule has. */
export function verdictCategory(id: string): VerdictCategory | null {
  return CATEGORY.get(id) ?? null;
}

/** Budget checks: attempts, elapsed time and amplification against the declared budget, and the stop rule. */
export function isBudgetVerdict(id: string): boolean {
  return verdictCategory(id) === 'budget';
}

/** The budget rules' ids, in list order. */
export const BUDGET_VERDICTS: readonly VerdictId[] = VERDICT_RULES.filter(
  (r) => r.category === 'budget',
).map((r) => r.id);
