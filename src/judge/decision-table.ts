import { verdictStatus, type ChainFacts, type RouteFact } from './decision-facts.js';
import { renderSubject } from './subject.js';
import type { ChainDecision, FallbackDecision, Verdict } from './types.js';
import type { VerdictCategory } from './rules/rule.js';
import { BUDGET_VERDICTS, verdictCategory, type VerdictId } from './verdict-rules.js';

// The fallback decision, as one table. Rows are tried in order and the first that applies decides.
// A row that needs a fact which came back "unknown" still names its decision, but pauses it and
// says which fact is missing: the gate never guesses an unobserved fact. The README's table is
// rendered from this one (a test keeps them equal).

export interface DecisionRow {
  id: string;
  decision: FallbackDecision;
  /** When the row applies, in the README's words. */
  when: string;
  /** The evidence the row needs; a needed fact that was not observed pauses the decision. */
  evidence: string;
  /** Verdict ids that must not be "unknown" for this row's decision to stand. */
  needs: readonly VerdictId[];
  applies(facts: ChainFacts): boolean;
  /** Facts this row needs that are not verdicts (for example a happy path that never ran). */
  missing?(facts: ChainFacts): string[];
  reason(facts: ChainFacts): string;
}

/** Checks every non-escalating decision needs: the budget held wherever it was measured. */
const BUDGET_NEEDS = BUDGET_VERDICTS;

export const DECISION_TABLE: readonly DecisionRow[] = [
  {
    id: 'over_budget',
    decision: 'escalate',
    when: 'retries can exceed the budget: worst-case or observed attempts, elapsed time or amplification over budget, or attempts after the stop rule',
    evidence:
      'a failing budget verdict (`worst_case_attempts_within_budget`, `attempts_within_budget`, `stop_rule`, `amplification_within_budget`)',
    needs: [],
    applies: (f) => failing(f, 'budget').length > 0,
    reason: (f) =>
      `${describe(failing(f, 'budget'))}; reduce retry pressure before adding fallback traffic`,
  },
  {
    id: 'unsafe_retry_path',
    decision: 'escalate',
    when: 'the retry path misbehaves: a terminal status retried, retry-after ignored, no backoff or jitter where declared, no fallback after the primary is exhausted, or a caller left hanging',
    evidence:
      'a failing error-path verdict (`terminal_not_retried`, `retry_after_honoured`, `backoff_present`, `jitter_present`, `fallback_engaged`, `caller_outcome`, …)',
    needs: [],
    applies: (f) => failing(f, 'retry_path').length > 0,
    reason: (f) => describe(failing(f, 'retry_path')),
  },
  {
    id: 'primary_not_observed',
    decision: 'escalate',
    when: 'the primary route was not observed',
    evidence: 'the primary route’s happy path (paused until it is observed)',
    needs: [],
    applies: (f) => !f.routes[0]?.observed,
    missing: (f) => [
      f.routes[0] ? `happy path of route ${f.routes[0].route}` : 'a primary route for the chain',
    ],
    reason: (f) =>
      f.routes[0]
        ? `the primary route ${f.routes[0].route} was not observed, so no routing decision can be made`
        : 'the chain has no route',
  },
  {
    id: 'primary_usable',
    decision: 'keep_primary',
    when: 'the primary answers with a usable response of its endpoint family, and the budget held',
    evidence:
      'primary happy path `2xx_usable`; when the error path ran: `caller_outcome` and the budget verdicts known',
    needs: [...BUDGET_NEEDS, 'caller_outcome'],
    applies: (f) => primaryClass(f) === '2xx_usable',
    reason: (f) => {
      const p = f.routes[0]!.observed!;
      const broken = f.routes
        .slice(1)
        .filter((r) => r.observed && r.observed.statusClass !== '2xx_usable')
        .map((r) => `${r.route} (${r.observed!.reason})`);
      return (
        `primary ${p.route} answered with a usable ${p.family} response` +
        (broken.length > 0 ? `; fallback not usable: ${broken.join(', ')}` : '')
      );
    },
  },
  {
    id: 'primary_recovers_with_retries',
    decision: 'retry_primary',
    when: 'the primary failed transiently, and the error path shows bounded retries recover it',
    evidence:
      'primary happy path `retryable`; a scenario where a retried request ended usable on the primary; `backoff_present`, `retry_after_honoured`, `caller_outcome` and the budget verdicts known',
    needs: [...BUDGET_NEEDS, 'caller_outcome', 'backoff_present', 'retry_after_honoured'],
    applies: (f) => primaryClass(f) === 'retryable' && f.primaryRecoversUnderRetry === true,
    reason: (f) =>
      `primary ${f.routes[0]!.route} failed transiently (${f.routes[0]!.observed!.reason}); injected faults show bounded retries recover it`,
  },
  {
    id: 'fallback_usable',
    decision: 'use_fallback',
    when: 'the primary failed transiently and a fallback answers usably',
    evidence:
      'primary happy path `retryable`; a fallback’s happy path `2xx_usable`; when the error path ran: `fallback_engaged`, `caller_outcome` and the budget verdicts known',
    needs: [...BUDGET_NEEDS, 'fallback_engaged', 'caller_outcome'],
    applies: (f) => primaryClass(f) === 'retryable' && usableFallback(f) !== undefined,
    reason: (f) =>
      `primary ${f.routes[0]!.route} failed transiently (${f.routes[0]!.observed!.reason}); fallback ${usableFallback(f)!.route} is usable`,
  },
  {
    id: 'fallback_not_observed',
    decision: 'escalate',
    when: 'the primary failed transiently and no fallback was seen usable, but some fallback was not observed',
    evidence: 'every fallback’s happy path (paused until they are observed)',
    needs: [],
    applies: (f) => primaryClass(f) === 'retryable' && f.routes.slice(1).some((r) => !r.observed),
    missing: (f) =>
      f.routes
        .slice(1)
        .filter((r) => !r.observed)
        .map((r) => `happy path of route ${r.route}`),
    reason: (f) =>
      `primary ${f.routes[0]!.route} failed transiently (${f.routes[0]!.observed!.reason}) and no observed fallback is usable`,
  },
  {
    id: 'nothing_usable',
    decision: 'escalate',
    when: 'otherwise: the primary failed in a way retries cannot fix (terminal status, unusable body), or no fallback is usable',
    evidence: 'the happy path of every route in the chain',
    needs: [],
    applies: () => true,
    reason: (f) => {
      const p = f.routes[0]!.observed!;
      return `primary ${p.route}: ${p.reason} (${p.statusClass}); no usable fallback`;
    },
  },
];

export function decideChain(facts: ChainFacts): ChainDecision {
  const row = DECISION_TABLE.find((r) => r.applies(facts))!;
  const gaps = [...(row.missing?.(facts) ?? []), ...unknownNeeds(facts, row.needs)];
  return {
    chain: facts.chain,
    decision: row.decision,
    rule: row.id,
    paused: gaps.length > 0,
    evidenceGaps: gaps,
    reason: row.reason(facts),
  };
}

function unknownNeeds(facts: ChainFacts, needs: readonly VerdictId[]): string[] {
  return needs
    .filter((id) => verdictStatus(facts, id) === 'unknown')
    .flatMap((id) =>
      facts.verdicts
        .filter((v) => v.id === id && v.status === 'unknown')
        .map((v) => `${v.id} for ${renderSubject(v.subject)} (${v.reason})`),
    );
}

/** The chain's failed verdicts of one kind of claim. */
function failing(facts: ChainFacts, category: VerdictCategory): Verdict[] {
  return facts.verdicts.filter((v) => v.status === 'fail' && verdictCategory(v.id) === category);
}

function describe(verdicts: readonly Verdict[]): string {
  return verdicts
    .map((v) => `${v.id} failed for ${renderSubject(v.subject)}: ${v.reason}`)
    .join('; ');
}

function primaryClass(facts: ChainFacts) {
  return facts.routes[0]?.observed?.statusClass;
}

function usableFallback(facts: ChainFacts): RouteFact | undefined {
  return facts.routes.slice(1).find((r) => r.observed?.statusClass === '2xx_usable');
}

/** The table as Markdown, for the README (a test keeps the README's copy equal to this). */
export function decisionTableMarkdown(): string {
  const lines = [
    '| # | rule | decision | applies when | evidence it needs |',
    '| --- | --- | --- | --- | --- |',
    ...DECISION_TABLE.map(
      (row, i) =>
        `| ${i + 1} | \`${row.id}\` | \`${row.decision}\` | ${row.when} | ${row.evidence} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}
