import { classOf, type ScenarioContext, samplesOf } from '../scenario-context.js';
import { claim, type Claim, type ScenarioRule } from './rule.js';

// The caller's outcome: what the calling code got back at the end of each sample.

/**
 * Every sample ends usable or as a controlled failure (as the scenario allows), never hanging or
 * accepting a broken body.
 */
export const callerOutcome = {
  id: 'caller_outcome',
  category: 'retry_path',
  on: 'scenario',
  check: (ctx) => checkCallerOutcome(ctx),
} as const satisfies ScenarioRule;

function checkCallerOutcome(ctx: ScenarioContext): Claim {
  const allowed = ctx.scenario.allowedOutcomes ?? ['usable', 'controlled_failure'];
  const tally = { usable: 0, controlled_failure: 0, hang: 0, unknown: 0 };
  const problems: string[] = [];
  let silent = 0;
  for (const sample of samplesOf(ctx)) {
    const outcome = sample.outcome;
    // An outcome without a single request is no evidence of how the caller handles faults.
    if (sample.attempts.length === 0 && outcome.kind !== 'hang' && outcome.kind !== 'unknown') {
      silent += 1;
      tally.unknown += 1;
      continue;
    }
    tally[outcome.kind] += 1;
    if (outcome.kind === 'hang')
      problems.push(`sample ${sample.sample} hung (stopped after ${outcome.afterMs} ms)`);
    if (outcome.kind === 'usable' && !sample.attempts.some((a) => classOf(a) === '2xx_usable')) {
      problems.push(
        `sample ${sample.sample} reported a usable answer, but no usable answer was served: it accepted an unusable body`,
      );
    }
    if (
      (outcome.kind === 'usable' || outcome.kind === 'controlled_failure') &&
      !allowed.includes(outcome.kind)
    ) {
      problems.push(
        `sample ${sample.sample} ended ${outcome.kind.replace('_', ' ')}; expected ${allowed.join(' or ').replace('_', ' ')}`,
      );
    }
  }
  const figures = { ...tally, samples: samplesOf(ctx).length };
  if (problems.length > 0) return claim('fail', figures, problems[0]!);
  if (tally.unknown > 0) {
    const why = samplesOf(ctx).find((s) => s.outcome.kind === 'unknown')?.outcome ?? null;
    return claim(
      'unknown',
      figures,
      silent > 0
        ? `${silent} sample(s) made no request at all: the command may not have started`
        : `${tally.unknown} sample(s) ended in a way that could not be observed${why?.kind === 'unknown' ? `: ${why.reason}` : ''}`,
    );
  }
  return claim(
    'pass',
    figures,
    `${tally.usable} usable, ${tally.controlled_failure} controlled failure, no hang`,
  );
}
