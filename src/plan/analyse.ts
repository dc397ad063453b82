import type { ChainWorstCase, Finding, PlanAnalysis, RoutingPlan } from '../routing/index.js';
import {
  attemptSequence,
  describeSequence,
  routeOrder,
  worstCaseChainAttempts,
  worstCaseChainElapsedMs,
} from '../retry/index.js';
import { budgetFindings } from './findings-budget.js';
import { policyFindings, stackingFindings } from './findings-retry.js';
import { fallbackFindings, reachabilityFindings } from './findings-routes.js';
import { timeoutFindings } from './findings-timeouts.js';
import { trustFindings } from './findings-trust.js';
import { scopeFindings, summariseChange } from './change-summary.js';

// Static analysis: what the config alone says about the worst case, before any request is sent.
// Every finding has a stable id (documented in the README), a severity, the place in the file it
// is about, a one-line message and a fix. Error findings fail the gate.

export interface AnalyseOptions {
  /** The config as it is on the base branch. */
  base?: RoutingPlan;
  /** Hosts a credential may be sent to besides those in the base config. */
  trustedHosts: readonly string[];
  /** Why the base version of this unmerged config could not be read (see credential-gate.ts). */
  baseUnreadable?: string | null;
}

export function analysePlan(plan: RoutingPlan, options: AnalyseOptions): PlanAnalysis {
  const findings: Finding[] = [...(plan.readFindings ?? [])];
  const routes = new Map(plan.routes.map((r) => [r.name, r]));
  const chains = summariseChains(plan);

  plan.chains.forEach((chain, i) => {
    const summary = chains[i];
    if (summary) findings.push(...budgetFindings(plan, chain, summary));
    findings.push(...stackingFindings(chain, summary?.attempts ?? 0));
    findings.push(...fallbackFindings(chain.target, routes));
  });
  findings.push(...policyFindings(plan));
  findings.push(...timeoutFindings(plan));
  findings.push(...reachabilityFindings(plan));
  findings.push(...keyFindings(plan));
  const change = options.base ? summariseChange(options.base, plan) : null;
  findings.push(...trustFindings(plan, options));
  findings.push(...scopeFindings(plan, change));
  return { findings: dedupe(findings), change, chains };
}

/** Worst case of every chain: attempts, elapsed time and the attempt order. */
export function summariseChains(plan: RoutingPlan): ChainWorstCase[] {
  return plan.chains.map((chain) => {
    const attempts = worstCaseChainAttempts(chain);
    const elapsed = worstCaseChainElapsedMs(chain, plan.routes);
    return {
      chain: chain.name,
      routeOrder: routeOrder(chain.target),
      attempts,
      elapsedMs: Number.isFinite(elapsed) ? Math.round(elapsed) : null,
      attemptOrder: describeSequence(attemptSequence(chain), attempts),
    };
  });
}

/** Keys the gate read but does not model; one close to a key it knows is probably a typo. */
function keyFindings(plan: RoutingPlan): Finding[] {
  const findings: Finding[] = [];
  for (const key of plan.unsupported) {
    if (key.didYouMean) {
      findings.push({
        id: 'unknown_key',
        severity: 'warning',
        message: `"${key.key}" is not a key the gate knows here, so its default applies instead`,
        fix: `did you mean "${key.didYouMean}"?`,
        at: key.at,
      });
      continue;
    }
    findings.push({
      id: 'unsupported_key',
      severity: 'notice',
      message: `"${key.key}" is read but not modelled: ${key.reason ?? 'the plan ignores it'}`,
      fix: 'nothing to do if that is expected; otherwise check the key name',
      at: key.at,
    });
  }
  return findings;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.id}@${f.at.file}:${f.at.line}:${f.at.column}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
