import type { Observations } from '../observations/index.js';
import type { Finding, PlanAnalysis, RoutingPlan } from '../routing/index.js';
import { gatherChainFacts } from './decision-facts.js';
import { decideChain } from './decision-table.js';
import { missingEvidenceProblems, type EvidenceFields } from './decision-evidence.js';
import { errorPathVerdicts } from './scenario-verdicts.js';
import { renderSubject } from './subject.js';
import { isBudgetVerdict } from './verdict-rules.js';
import { chainVerdicts, routeVerdicts, stormVerdicts } from './verdicts.js';
import {
  DECISION_SEVERITY,
  DEFAULT_FAIL_POLICY,
  FAIL_CATEGORIES,
  type ChainDecision,
  type FailPolicy,
  type FallbackDecision,
  type GateProblem,
  type Judgement,
  type Verdict,
} from './types.js';

export interface JudgeInput {
  plan: RoutingPlan;
  analysis: PlanAnalysis;
  observations: Observations;
  /**
   * The ledger's evidence fields as they will be recorded (flags and inputs already applied).
   * The pipeline always passes them; without them the required-field check is not made.
   */
  evidence?: EvidenceFields;
  /** Which problems fail the job; default all of budget, evidence, escalate and findings. */
  failOn?: FailPolicy;
}

export function judge(input: JudgeInput): Judgement {
  const { plan } = input;
  const { happyPath, errorPath, storm } = input.observations;
  const verdicts: Verdict[] = [
    ...routeVerdicts(happyPath),
    ...chainVerdicts(plan),
    ...errorPathVerdicts(plan, errorPath),
    ...stormVerdicts(plan, storm),
  ];
  const decisions = plan.chains.map((chain) =>
    decideChain(gatherChainFacts(chain, happyPath, errorPath, verdicts)),
  );
  const decision = mostSevere(decisions.map((d) => d.decision));
  const failOn = FAIL_CATEGORIES.filter((c) => (input.failOn ?? DEFAULT_FAIL_POLICY).includes(c));
  const found: Omit<GateProblem, 'failsJob'>[] = [
    ...verdicts
      .filter((v) => v.status === 'fail' && isBudgetVerdict(v.id))
      .map((v) => ({
        category: 'budget' as const,
        subject: renderSubject(v.subject),
        message: v.reason,
        fix: 'lower retry attempts in some layer, or remove a stacked retry layer, until the worst case fits the budget',
      })),
    ...decisions
      .filter((d) => d.decision === 'escalate' && !d.paused)
      .map((d) => ({
        category: 'escalate' as const,
        subject: renderSubject({ kind: 'chain', chain: d.chain }),
        message: `escalate: ${d.reason}`,
        fix: 'fix the failing route or retry behaviour named above, then run the gate again',
      })),
    ...decisions
      .filter((d) => d.paused)
      .map((d) => ({
        category: 'evidence' as const,
        subject: renderSubject({ kind: 'chain', chain: d.chain }),
        message: `decision ${d.decision} paused, missing evidence: ${d.evidenceGaps.join('; ')}`,
        fix: 'make the missing fact observable (a reachable route, a scenario with enough samples), then run the gate again',
      })),
    ...(input.evidence ? missingEvidenceProblems(input.evidence) : []),
    ...input.analysis.findings.filter((f) => f.severity === 'error').map(findingProblem),
  ];
  const problems = found.map((p) => ({ ...p, failsJob: failOn.includes(p.category) }));
  const failures = problems.filter((p) => p.failsJob).map((p) => `${p.subject}: ${p.message}`);
  return {
    verdicts,
    decisions,
    decision,
    paused: decisions.some((d) => d.paused),
    passed: failures.length === 0,
    failOn,
    problems,
    failures,
  };
}

export function mostSevere(decisions: readonly FallbackDecision[]): FallbackDecision {
  return decisions.reduce<FallbackDecision>(
    (worst, d) => (DECISION_SEVERITY[d] > DECISION_SEVERITY[worst] ? d : worst),
    'keep_primary',
  );
}

function findingProblem(finding: Finding): Omit<GateProblem, 'failsJob'> {
  return {
    category: 'findings',
    subject: renderSubject({
      kind: 'config',
      file: finding.at.file,
      line: finding.at.line,
      column: finding.at.column,
    }),
    message: `${finding.id}: ${finding.message}`,
    fix: finding.fix,
  };
}

export type { ChainDecision };
