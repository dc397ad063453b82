import { formatMs } from './format.js';
import type { Finding, PlanAnalysis, RoutingPlan } from '../routing/index.js';

// The `plan` command's output: per chain the route order, worst-case attempts and elapsed time,
// then the findings, each at FILE:LINE:COL. Plain text for a terminal, or JSON.

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, notice: 2 };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.at.line - b.at.line ||
      a.at.column - b.at.column ||
      a.id.localeCompare(b.id),
  );
}

export function renderPlanText(plan: RoutingPlan, analysis: PlanAnalysis): string {
  const lines: string[] = [];
  lines.push(
    `${plan.file} (${plan.format}), ${plan.routes.length} routes, ${plan.chains.length} chains`,
  );
  lines.push(
    `budget: ${plan.budget.maxAttemptsPerRequest} attempts per request, ` +
      `${plan.budget.maxElapsedMs === null ? 'no time limit' : formatMs(plan.budget.maxElapsedMs)}`,
  );
  lines.push('');
  const rows = (analysis.chains ?? []).map((c) => [
    c.chain,
    String(c.attempts),
    c.elapsedMs === null ? 'unbounded' : formatMs(c.elapsedMs),
    c.attemptOrder,
  ]);
  lines.push(
    ...table(['chain', 'worst-case attempts', 'worst-case elapsed', 'attempt order'], rows),
  );
  lines.push('');
  const findings = sortFindings(analysis.findings);
  const counts = (['error', 'warning', 'notice'] as const).map(
    (s) =>
      `${findings.filter((f) => f.severity === s).length} ${s}${findings.filter((f) => f.severity === s).length === 1 ? '' : 's'}`,
  );
  lines.push(`findings: ${counts.join(', ')}`);
  for (const f of findings) {
    lines.push(`${f.at.file}:${f.at.line}:${f.at.column}: ${f.severity} ${f.id}: ${f.message}`);
    lines.push(`  fix: ${f.fix}`);
  }
  if (analysis.change) {
    const c = analysis.change;
    lines.push('');
    lines.push(
      `change against base: ${c.touches.length === 0 ? 'nothing that affects routing' : c.touches.join(', ')}`,
    );
    if (c.routesAdded.length) lines.push(`  routes added: ${c.routesAdded.join(', ')}`);
    if (c.routesRemoved.length) lines.push(`  routes removed: ${c.routesRemoved.join(', ')}`);
    if (c.hostsAdded.length) lines.push(`  hosts added: ${c.hostsAdded.join(', ')}`);
    if (c.hostsRemoved.length) lines.push(`  hosts removed: ${c.hostsRemoved.join(', ')}`);
    for (const m of c.modelsChanged) lines.push(`  model of ${m.route}: ${m.from} → ${m.to}`);
    if (c.retryPoliciesChanged.length)
      lines.push(`  retry policies changed: ${c.retryPoliciesChanged.join(', ')}`);
    if (c.budgetChanged) lines.push('  budget changed');
  }
  return `${lines.join('\n')}\n`;
}

export function renderPlanJson(plan: RoutingPlan, analysis: PlanAnalysis): string {
  return `${JSON.stringify(
    {
      file: plan.file,
      format: plan.format,
      digest: plan.digest,
      budget: {
        max_attempts_per_request: plan.budget.maxAttemptsPerRequest,
        max_elapsed_ms: plan.budget.maxElapsedMs,
        max_amplification: plan.budget.maxAmplification,
      },
      chains: (analysis.chains ?? []).map((c) => ({
        chain: c.chain,
        route_order: c.routeOrder,
        worst_case_attempts: c.attempts,
        worst_case_elapsed_ms: c.elapsedMs,
        attempt_order: c.attemptOrder,
      })),
      findings: sortFindings(analysis.findings),
      change: analysis.change,
    },
    null,
    2,
  )}\n`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
