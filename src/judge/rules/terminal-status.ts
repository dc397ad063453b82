import { classOf, conforms, type ScenarioContext, samplesOf } from '../scenario-context.js';
import { claim, type Claim, type ScenarioRule } from './rule.js';

// Terminal statuses: an answer retries cannot change is not retried.

/** A terminal answer (a 4xx retries cannot fix) is not retried on the same route. */
export const terminalNotRetried = {
  id: 'terminal_not_retried',
  category: 'retry_path',
  on: 'scenario',
  check: (ctx) => checkTerminalNotRetried(ctx),
} as const satisfies ScenarioRule;

function checkTerminalNotRetried(ctx: ScenarioContext): Claim | null {
  let terminal = 0;
  let retried = 0;
  let example: string | null = null;
  for (const sample of samplesOf(ctx)) {
    // Returning after a terminal answer is what the declared policy does when an outer retry
    // re-runs a group whose last member failed in a retryable way: a sample that followed the
    // declared policy is not counted.
    const declared = conforms(ctx, sample);
    sample.attempts.forEach((a, i) => {
      if (classOf(a) !== 'terminal') return;
      terminal += 1;
      if (declared) return;
      const again = sample.attempts.slice(i + 1).filter((b) => b.route === a.route).length;
      if (again > 0) {
        retried += again;
        example ??= `route ${a.route} was tried ${again} more time(s) after HTTP ${a.status}`;
      }
    });
  }
  if (terminal === 0) return null;
  const figures = { terminal_answers: terminal, attempts_after_terminal: retried };
  return retried === 0
    ? claim('pass', figures, `${terminal} terminal answers, none retried on the same route`)
    : claim('fail', figures, `a terminal status was retried: ${example ?? ''}`);
}
