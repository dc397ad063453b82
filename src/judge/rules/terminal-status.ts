import { classOf, conforms, type Ctx, samplesOf } from '../scenario-context.js';
import type { Verdict } from '../types.js';

export function terminalNotRetried(ctx: Ctx): Verdict | null {
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
    ? ctx.make(
        'terminal_not_retried',
        'pass',
        figures,
        `${terminal} terminal answers, none retried on the same route`,
      )
    : ctx.make(
        'terminal_not_retried',
        'fail',
        figures,
        `a terminal status was retried: ${example ?? ''}`,
      );
}
