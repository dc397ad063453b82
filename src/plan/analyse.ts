import { hostOf } from './adapter-common.js';
import { positionAt } from '../common/index.js';
import { credentialVerdict, type CredentialTrust } from './credential-gate.js';
import type {
  Chain,
  ChainWorstCase,
  ChangeSummary,
  Finding,
  PlanAnalysis,
  RetryPolicy,
  Route,
  RoutingPlan,
  SourcePosition,
  Target,
} from '../routing/index.js';
import {
  attemptSequence,
  describeSequence,
  isSaturated,
  routeOrder,
  worstCaseChainAttempts,
  worstCaseChainElapsedMs,
} from '../retry/index.js';

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

/** Statuses that do not change on a retry: the request itself is wrong or not allowed. */
export const TERMINAL_STATUSES = [400, 401, 403, 404, 422];

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
  const change = options.base ? summariseChange(options.base, plan) : null;
  findings.push(...trustFindings(plan, options));
  if (change?.mixedScope) {
    findings.push({
      id: 'scope_mixed',
      severity: 'warning',
      message: `the change mixes ${change.touches.join(', ')}: a routing fix and a model migration or retry redesign are hard to review and to roll back together`,
      fix: 'split the change into one pull request per concern',
      at: positionAt(plan.file),
    });
  }
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

function budgetFindings(plan: RoutingPlan, chain: Chain, summary: ChainWorstCase): Finding[] {
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

function stackingFindings(chain: Chain, attempts: number): Finding[] {
  const retrying: { name: string; policy: RetryPolicy; at: SourcePosition }[] = chain.layers
    .filter((l) => l.retry.maxAttempts > 1)
    .map((l) => ({ name: l.name, policy: l.retry, at: l.at }));
  const deepest = deepestRetryPath(chain.target);
  const all = [...retrying, ...deepest.map((p) => ({ name: 'routing', policy: p, at: p.at }))];
  if (all.length < 2) return [];
  // Point at a place in the file: a layer declared on the command line sits at 1:1.
  const first = all.find((a) => a.at.line !== 1 || a.at.column !== 1) ?? all[0];
  if (!first) return [];
  return [
    {
      id: 'stacked_retries',
      severity: 'warning',
      message: `chain "${chain.name}": retries are stacked in ${all.length} layers (${all.map((a) => `${a.name} ×${a.policy.maxAttempts}`).join(', ')}), so they multiply to ${attempts} attempts`,
      fix: 'retry in one layer only: set the other layers to a single attempt (for example the client SDK maxRetries: 0)',
      at: first.at,
    },
  ];
}

/** The retrying policies along the path through the tree that has the most of them. */
function deepestRetryPath(target: Target): RetryPolicy[] {
  const own = target.retry && target.retry.maxAttempts > 1 ? [target.retry] : [];
  if (target.kind === 'route') return own;
  const below = target.targets
    .map(deepestRetryPath)
    .reduce<RetryPolicy[]>((best, p) => (p.length > best.length ? p : best), []);
  return [...own, ...below];
}

function allPolicies(plan: RoutingPlan): RetryPolicy[] {
  const out: RetryPolicy[] = [];
  const walk = (t: Target): void => {
    if (t.retry) out.push(t.retry);
    if (t.kind !== 'route') t.targets.forEach(walk);
  };
  for (const chain of plan.chains) {
    chain.layers.forEach((l) => out.push(l.retry));
    walk(chain.target);
  }
  return out;
}

function policyFindings(plan: RoutingPlan): Finding[] {
  const out: Finding[] = [];
  for (const policy of allPolicies(plan)) {
    if (policy.maxAttempts <= 1) continue;
    if (policy.initialBackoffMs === 0 || policy.maxBackoffMs === 0) {
      out.push({
        id: 'retry_without_backoff',
        severity: 'warning',
        message: 'retries are sent immediately, with no wait between attempts',
        fix: 'set an initial backoff (for example 500 ms) that grows with each retry',
        at: policy.at,
      });
    }
    if (policy.jitter === 'none') {
      out.push({
        id: 'retry_without_jitter',
        severity: 'warning',
        message: 'retry waits have no jitter, so clients that failed together retry together',
        fix: 'use full or equal jitter',
        at: policy.at,
      });
    }
    const terminal = policy.retryOnStatuses.filter((s) => TERMINAL_STATUSES.includes(s));
    if (terminal.length > 0) {
      out.push({
        id: 'retry_on_terminal_status',
        severity: 'error',
        message: `retries on ${terminal.join(', ')}, which a retry cannot fix (the request or its credential is wrong)`,
        fix: `remove ${terminal.join(', ')} from the retried statuses`,
        at: policy.at,
      });
    }
    if (policy.maxElapsedMs === null) {
      out.push({
        id: 'max_elapsed_missing',
        severity: 'warning',
        message: 'no stop rule in time: retries continue however long the request has taken',
        fix: 'set a maximum elapsed time after which no retry starts',
        at: policy.at,
      });
    }
  }
  return out;
}

function timeoutFindings(plan: RoutingPlan): Finding[] {
  const out: Finding[] = [];
  for (const route of plan.routes) {
    if (route.timeoutMs === null) {
      out.push({
        id: 'timeout_missing',
        severity: 'warning',
        message:
          plan.format === 'litellm'
            ? `route "${route.name}" sets no timeout: LiteLLM's default of 6000 s per attempt applies, so a hung upstream holds the request for 100 minutes`
            : `route "${route.name}" has no timeout: a hung upstream holds the request without limit`,
        fix: 'set a per-attempt timeout on this route',
        at: route.at,
      });
    } else if (plan.budget.maxElapsedMs !== null && route.timeoutMs > plan.budget.maxElapsedMs) {
      out.push({
        id: 'timeout_unbounded',
        severity: 'warning',
        message: `route "${route.name}": one attempt may take ${formatMs(route.timeoutMs)}, longer than the whole request budget of ${formatMs(plan.budget.maxElapsedMs)}`,
        fix: 'set the per-attempt timeout well below the request budget',
        at: route.at,
      });
    }
  }
  return out;
}

function fallbackFindings(target: Target, routes: ReadonlyMap<string, Route>): Finding[] {
  if (target.kind === 'route') return [];
  const out = target.targets.flatMap((t) => fallbackFindings(t, routes));
  if (target.kind !== 'fallback') return out;
  const firstRoute = (t: Target): Route | undefined => routes.get(routeOrder(t)[0] ?? '');
  const [primaryTarget, ...rest] = target.targets;
  const primary = primaryTarget ? firstRoute(primaryTarget) : undefined;
  if (!primary) return out;
  const seen = new Set<string>([primary.name]);
  for (const t of rest) {
    const fallback = firstRoute(t);
    if (!fallback) continue;
    if (t.kind === 'route' && seen.has(fallback.name)) {
      out.push({
        id: 'route_cycle',
        severity: 'error',
        message: `route "${fallback.name}" appears again as its own fallback`,
        fix: 'list each route once per chain',
        at: t.at,
      });
      continue;
    }
    seen.add(fallback.name);
    if (hostOf(fallback.baseUrl) === hostOf(primary.baseUrl)) {
      out.push({
        id: 'fallback_same_host',
        severity: 'warning',
        message: `fallback "${fallback.name}" is on the same host as "${primary.name}" (${hostOf(primary.baseUrl)}): an outage of that host takes both down`,
        fix: 'fall back to another provider or region',
        at: t.at,
      });
    }
    if (fallback.family !== primary.family) {
      out.push({
        id: 'fallback_family_mismatch',
        severity: 'error',
        message: `fallback "${fallback.name}" speaks ${fallback.family} while "${primary.name}" speaks ${primary.family}: the caller cannot use its answer`,
        fix: 'fall back to a route of the same endpoint family',
        at: t.at,
      });
    }
  }
  return out;
}

function reachabilityFindings(plan: RoutingPlan): Finding[] {
  const used = new Set(plan.chains.flatMap((c) => routeOrder(c.target)));
  return plan.routes
    .filter((r) => !used.has(r.name))
    .map((r) => ({
      id: 'route_unreachable',
      severity: 'warning' as const,
      message: `route "${r.name}" is in no chain, so no request ever reaches it`,
      fix: 'add it to a chain as primary or fallback, or remove it',
      at: r.at,
    }));
}

function trustFindings(plan: RoutingPlan, options: AnalyseOptions): Finding[] {
  const credentialed = plan.routes.filter((r) => r.apiKeyEnv !== null);
  if (credentialed.length === 0) return [];
  const trust: CredentialTrust = {
    base: options.base ?? null,
    trustedHosts: options.trustedHosts,
    baseUnreadable: options.baseUnreadable ?? null,
  };
  if (!options.base && options.trustedHosts.length === 0 && trust.baseUnreadable === null) {
    return [
      {
        id: 'credential_trust_unchecked',
        severity: 'notice',
        message:
          'credential hosts were not checked: no base config and no trusted hosts were given, so keys go to the hosts this config names',
        fix: 'pass --base-config (the config on the base branch) or --trusted-host HOST',
        at: positionAt(plan.file),
      },
    ];
  }
  return credentialed.flatMap((r): Finding[] => {
    const verdict = credentialVerdict(r, trust);
    if (verdict.send) return [];
    // An unreadable base is a gap in what the gate could check, not a fault of the change: the
    // key is withheld and the route checked against the mock, and the job is not failed for it.
    return [
      {
        id:
          trust.baseUnreadable !== null && !options.base
            ? 'credential_base_unreadable'
            : 'credential_untrusted_host',
        severity: trust.baseUnreadable !== null && !options.base ? 'warning' : 'error',
        message: `route "${r.name}": ${verdict.reason}`,
        fix: verdict.fix,
        at: r.at,
      },
    ];
  });
}

/** What the head config changes compared with the base config. */
export function summariseChange(base: RoutingPlan, head: RoutingPlan): ChangeSummary {
  const baseRoutes = new Map(base.routes.map((r) => [r.name, r]));
  const headRoutes = new Map(head.routes.map((r) => [r.name, r]));
  const routesAdded = [...headRoutes.keys()].filter((n) => !baseRoutes.has(n));
  const routesRemoved = [...baseRoutes.keys()].filter((n) => !headRoutes.has(n));
  const baseHosts = new Set(base.routes.map((r) => hostOf(r.baseUrl)));
  const headHosts = new Set(head.routes.map((r) => hostOf(r.baseUrl)));
  const hostsAdded = [...headHosts].filter((h) => !baseHosts.has(h)).sort();
  const hostsRemoved = [...baseHosts].filter((h) => !headHosts.has(h)).sort();
  const modelsChanged: ChangeSummary['modelsChanged'] = [];
  let baseUrlChanged = false;
  for (const [name, route] of headRoutes) {
    const before = baseRoutes.get(name);
    if (!before) continue;
    if (before.model !== route.model)
      modelsChanged.push({ route: name, from: before.model, to: route.model });
    if (before.baseUrl !== route.baseUrl) baseUrlChanged = true;
  }
  const baseChains = new Map(base.chains.map((c) => [c.name, c]));
  const retryPoliciesChanged: string[] = [];
  let orderChanged = base.chains.length !== head.chains.length;
  for (const chain of head.chains) {
    const before = baseChains.get(chain.name);
    if (!before) {
      orderChanged = true;
      continue;
    }
    if (routeOrder(before.target).join('\n') !== routeOrder(chain.target).join('\n'))
      orderChanged = true;
    if (retrySignature(before) !== retrySignature(chain)) retryPoliciesChanged.push(chain.name);
  }
  const budgetChanged =
    base.budget.maxAttemptsPerRequest !== head.budget.maxAttemptsPerRequest ||
    base.budget.maxElapsedMs !== head.budget.maxElapsedMs ||
    base.budget.maxAmplification !== head.budget.maxAmplification;
  const touches: ChangeSummary['touches'] = [];
  if (routesAdded.length > 0 || routesRemoved.length > 0 || orderChanged) touches.push('routing');
  if (hostsAdded.length > 0 || hostsRemoved.length > 0 || baseUrlChanged) touches.push('hosts');
  if (modelsChanged.length > 0) touches.push('models');
  if (retryPoliciesChanged.length > 0) touches.push('retry_policy');
  if (budgetChanged) touches.push('budget');
  // A routing fix (order, routes, hosts) is one concern; a model migration and a retry
  // redesign are two more. Any two together are a mixed change.
  const concerns = [
    touches.includes('routing') || touches.includes('hosts'),
    touches.includes('models'),
    touches.includes('retry_policy'),
  ].filter(Boolean).length;
  return {
    baseDigest: base.digest,
    headDigest: head.digest,
    routesAdded,
    routesRemoved,
    hostsAdded,
    hostsRemoved,
    modelsChanged,
    retryPoliciesChanged,
    budgetChanged,
    touches,
    mixedScope: concerns >= 2,
  };
}

function retrySignature(chain: Chain): string {
  const policy = (p: RetryPolicy | null): string =>
    p
      ? [
          p.maxAttempts,
          p.initialBackoffMs,
          p.maxBackoffMs,
          p.multiplier,
          p.jitter,
          p.retryOnStatuses.join(','),
          p.retryOnNetworkErrors,
          p.honourRetryAfter,
          p.maxElapsedMs,
        ].join('/')
      : '-';
  const walk = (t: Target): string =>
    t.kind === 'route'
      ? `${t.route}:${policy(t.retry)}`
      : `${t.kind}:${policy(t.retry)}(${t.targets.map(walk).join(';')})`;
  return `${chain.layers.map((l) => policy(l.retry)).join('|')}#${walk(chain.target)}`;
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

export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** The one-line form of a finding, as printed and annotated: `FILE:LINE:COL: severity id: message`. */
export function formatFinding(f: Finding): string {
  return `${f.at.file}:${f.at.line}:${f.at.column}: ${f.severity} ${f.id}: ${f.message}`;
}
