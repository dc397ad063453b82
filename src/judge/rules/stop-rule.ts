import { type ScenarioContext, round, samplesOf } from '../scenario-context.js';
import { claim, type Claim, type ScenarioRule } from './rule.js';

// The stop rule: a caller stops once the budget is spent or the elapsed limit has passed.

/**
 * Every request stops within the attempt budget and the max-elapsed limit, and none is left
 * running.
 */
export const stopRule = {
  id: 'stop_rule',
  category: 'budget',
  on: 'scenario',
  check: (ctx) => checkStopRule(ctx),
} as const satisfies ScenarioRule;

function checkStopRule(ctx: ScenarioContext): Claim {
  const { maxAttemptsPerRequest: limit, maxElapsedMs } = ctx.plan.budget;
  /** Per request: the most any one sample went past the budget. */
  let afterBudget = 0;
  let afterElapsed = 0;
  let lastSpan = 0;
  for (const sample of samplesOf(ctx)) {
    const first = sample.attempts[0];
    if (!first) continue;
    afterBudget = Math.max(afterBudget, sample.attempts.length - limit);
    for (const a of sample.attempts) {
      const since = a.atMs - first.atMs;
      lastSpan = Math.max(lastSpan, since);
      if (maxElapsedMs !== null && since > maxElapsedMs) afterElapsed += 1;
    }
  }
  const hung = samplesOf(ctx).filter((s) => s.outcome.kind === 'hang').length;
  const silent = samplesOf(ctx).filter((s) => s.attempts.length === 0).length;
  const figures = {
    budget_attempts: limit,
    budget_max_elapsed_ms: maxElapsedMs,
    last_attempt_after_ms: round(lastSpan),
    attempts_after_budget_per_request: afterBudget,
    attempts_after_max_elapsed: afterElapsed,
    samples_still_running_at_deadline: hung,
  };
  if (afterBudget > 0 || afterElapsed > 0) {
    const what =
      afterBudget > 0
        ? `${afterBudget} attempt(s) in one request after the ${limit}-attempt budget was spent`
        : `${afterElapsed} attempt(s) across the samples started after the ${maxElapsedMs} ms limit`;
    return claim('fail', figures, `the caller did not stop: ${what}`);
  }
  if (hung > 0) {
    return claim(
      'fail',
      figures,
      `${hung} sample(s) were still running at the ${ctx.scenario.deadlineMs ?? '?'} ms deadline`,
    );
  }
  if (silent > 0) {
    return claim(
      'unknown',
      { ...figures, samples_without_request: silent },
      `${silent} sample(s) made no request, so stopping was not observed (the caller may not have started)`,
    );
  }
  return claim(
    'pass',
    figures,
    `every sample stopped within the budget (last attempt ${round(lastSpan)} ms after the first)`,
  );
}
