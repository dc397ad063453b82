import { worstCaseChainAttempts } from '../../retry/index.js';
import { counts, type Ctx, samplesOf } from '../scenario-context.js';
import type { Verdict } from '../types.js';

export function attemptsWithinBudget(ctx: Ctx): Verdict {
  const limit = ctx.plan.budget.maxAttemptsPerRequest;
  const most = Math.max(...counts(ctx));
  const figures = {
    max_attempts_observed: most,
    min_attempts_observed: Math.min(...counts(ctx)),
    budget: limit,
    samples: samplesOf(ctx).length,
  };
  if (ctx.scenario.evidenceGaps.length > 0) {
    return ctx.make(
      'attempts_within_budget',
      'unknown',
      figures,
      `attempt log incomplete: ${ctx.scenario.evidenceGaps[0]}`,
    );
  }
  return most <= limit
    ? ctx.make(
        'attempts_within_budget',
        'pass',
        figures,
        `at most ${most} upstream attempts per request (budget ${limit})`,
      )
    : ctx.make(
        'attempts_within_budget',
        'fail',
        figures,
        `${most} upstream attempts for one request, over the budget of ${limit}`,
      );
}

export function attemptsWithinDeclared(ctx: Ctx): Verdict {
  const declared = worstCaseChainAttempts(ctx.chain);
  const most = Math.max(...counts(ctx));
  const figures = {
    max_attempts_observed: most,
    declared_worst_case: declared,
    declared_this_scenario: ctx.scenario.declaredAttempts ?? null,
  };
  if (ctx.scenario.evidenceGaps.length > 0) {
    return ctx.make(
      'attempts_within_declared_policy',
      'unknown',
      figures,
      `attempt log incomplete: ${ctx.scenario.evidenceGaps[0]}`,
    );
  }
  return most <= declared
    ? ctx.make(
        'attempts_within_declared_policy',
        'pass',
        figures,
        `at most ${most} attempts, within the chain's declared worst case of ${declared}`,
      )
    : ctx.make(
        'attempts_within_declared_policy',
        'fail',
        figures,
        `${most} attempts, more than the chain's declared worst case of ${declared}: some layer retries that the config does not declare`,
      );
}
