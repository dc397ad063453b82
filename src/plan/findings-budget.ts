import { isSaturated } from '../retry/index.js';
import type { Chain, ChainWorstCase, Finding, RoutingPlan } from '../routing/index.js';
import { formatMs } from './format.js';

// A chain's worst case (attempts, amplification, elapsed time) against the declared budget.

export function budgetFindings(
  plan: RoutingPlan,
  chain: Chain,
  summary: ChainWorstCase,
): Finding[] {
  const out: Finding[] = [];
  const { budget } = plan;
  if (summary.attempts > budget.maxAttemptsPerRequest) {
    out.push({
      id: 'worst_case_over_budget',
      severity: 'error',
      message: `chain "${chain.name}": a full outage causes ${isSaturated(summary.attempts) ? `at least ${summary.attempts} (more than the gate counts exactly)` : summary.attempts} upstream attempts per request, over the budget of ${budget.maxAttemptsPerRequest}`,
      fix: 'lower the retries of one layer (keep retries in a single layer) or raise the budget deliberately',
      at: chain.at,
    });
  } else if (budget.maxAmplification !== null && summary.attempts > budget.maxAmplification) {
    // Only a bound: with every route down each request makes this many attempts, but whether
    // the retries amplify an outage past the budget is what `check` measures, by simulating the
    // outage (a fallback that answers ends the retries early). A notice here, so plan and check
    // do not disagree: check's amplification_within_budget verdict decides.
    out.push({
      id: 'amplification_over_budget',
      severity: 'notice',
      message: `chain "${chain.name}": if every route is down, each request becomes ${summary.attempts} upstream attempts, over max_amplification ${budget.maxAmplification}; check simulates the outage and judges the amplification`,
      fix: 'run check to measure it; if that fails, retry fewer times or add a stop rule that sheds load during an outage',
      at: chain.at,
    });
  }
  if (
    budget.maxElapsedMs !== null &&
    summary.elapsedMs !== null &&
    summary.elapsedMs > budget.maxElapsedMs
  ) {
    out.push({
      id: 'worst_case_elapsed_over_budget',
      severity: 'error',
      message: `chain "${chain.name}": a full outage can hold a request for ${formatMs(summary.elapsedMs)}, over the budget of ${formatMs(budget.maxElapsedMs)}`,
      fix: 'shorten timeouts or backoff, retry less, or set max_elapsed_ms on the retry policy',
      at: chain.at,
    });
  }
  return out;
}
