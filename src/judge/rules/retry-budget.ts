import { worstCaseChainAttempts } from '../../retry/index.js';
import { counts, type ScenarioContext, samplesOf } from '../scenario-context.js';
import { claim, type Claim, type ChainRule, type ScenarioRule } from './rule.js';

// The retry budget: how many upstream attempts one caller request may cause, as declared (the
// worst case of the chain's stacked retries) and as observed in each scenario.

/** A full outage causes at most the budget's attempts per request, by the declared policies. */
export const worstCaseAttemptsWithinBudget = {
  id: 'worst_case_attempts_within_budget',
  category: 'budget',
  on: 'chain',
  check: ({ plan, chain }) => {
    const worst = worstCaseChainAttempts(chain);
    const limit = plan.budget.maxAttemptsPerRequest;
    return claim(
      worst <= limit ? 'pass' : 'fail',
      { worst_case_attempts: worst, budget: limit },
      worst <= limit
        ? `a full outage causes at most ${worst} upstream attempts (budget ${limit})`
        : `a full outage causes ${worst} upstream attempts, over the budget of ${limit}`,
    );
  },
} as const satisfies ChainRule;

/** No observed request made more upstream attempts than the budget allows. */
export const attemptsWithinBudget = {
  id: 'attempts_within_budget',
  category: 'budget',
  on: 'scenario',
  check: (ctx) => checkAttemptsWithinBudget(ctx),
} as const satisfies ScenarioRule;

/**
 * No observed request made more attempts than the chain's declared worst case: no undeclared retry
 * layer.
 */
export const attemptsWithinDeclaredPolicy = {
  id: 'attempts_within_declared_policy',
  category: 'retry_path',
  on: 'scenario',
  check: (ctx) => checkAttemptsWithinDeclared(ctx),
} as const satisfies ScenarioRule;

function checkAttemptsWithinBudget(ctx: ScenarioContext): Claim {
  const limit = ctx.plan.budget.maxAttemptsPerRequest;
  const most = Math.max(...counts(ctx));
  const figures = {
    max_attempts_observed: most,
    min_attempts_observed: Math.min(...counts(ctx)),
    budget: limit,
    samples: samplesOf(ctx).length,
  };
  if (ctx.scenario.evidenceGaps.length > 0) {
    return claim('unknown', figures, `attempt log incomplete: ${ctx.scenario.evidenceGaps[0]}`);
  }
  return most <= limit
    ? claim('pass', figures, `at most ${most} upstream attempts per request (budget ${limit})`)
    : claim(
        'fail',
        figures,
        `${most} upstream attempts for one request, over the budget of ${limit}`,
      );
}

function checkAttemptsWithinDeclared(ctx: ScenarioContext): Claim {
  const declared = worstCaseChainAttempts(ctx.chain);
  const most = Math.max(...counts(ctx));
  const figures = {
    max_attempts_observed: most,
    declared_worst_case: declared,
    declared_this_scenario: ctx.scenario.declaredAttempts ?? null,
  };
  if (ctx.scenario.evidenceGaps.length > 0) {
    return claim('unknown', figures, `attempt log incomplete: ${ctx.scenario.evidenceGaps[0]}`);
  }
  return most <= declared
    ? claim(
        'pass',
        figures,
        `at most ${most} attempts, within the chain's declared worst case of ${declared}`,
      )
    : claim(
        'fail',
        figures,
        `${most} attempts, more than the chain's declared worst case of ${declared}: some layer retries that the config does not declare`,
      );
}
