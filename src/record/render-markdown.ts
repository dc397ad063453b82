import type { LedgerEntry } from './ledger-schema.js';
import { renderStormSection } from './render-storm.js';

/** GitHub rejects comments over 65,536 characters; keep a margin for the marker. */
export const MARKDOWN_LIMIT = 60_000;

export function renderMarkdown(entry: LedgerEntry): string {
  const icon = entry.passed ? '✅' : '❌';
  const lines: string[] = [];
  lines.push(
    `## ${icon} fallback-gate: \`${entry.fallback_decision}\`${entry.decision_paused ? ' (paused)' : ''}`,
  );
  lines.push('');
  lines.push(
    `Gate **${entry.passed ? 'passed' : 'failed'}** for \`${cell(entry.config.file)}\` (${entry.config.format}, ${entry.endpoint_family}). Ledger \`${entry.ledger_id}\`.`,
  );
  if (entry.failures.length > 0) {
    lines.push('');
    lines.push('**Why it failed**');
    lines.push('');
    for (const failure of entry.failures) lines.push(`- ${escapeInline(failure)}`);
  }
  lines.push('');
  lines.push('| chain | routes in order | worst-case attempts | decision | reason |');
  lines.push('| --- | --- | ---: | --- | --- |');
  for (const chain of entry.chains) {
    lines.push(
      `| ${cell(chain.name)} | ${cell(chain.route_order.join(' → '))} | ${chain.worst_case_attempts} | \`${chain.fallback_decision}\`${chain.decision_paused ? ' (paused)' : ''} | ${cell(chain.reason)} |`,
    );
  }
  lines.push('');
  lines.push('| route | family | upstream | status class | HTTP | request id | time |');
  lines.push('| --- | --- | --- | --- | ---: | --- | ---: |');
  for (const route of entry.routes) {
    lines.push(
      `| ${cell(route.name)} | ${route.endpoint_family} | ${route.upstream} | \`${route.status_class}\` | ${route.http_status ?? '—'} | \`${cell(route.request_id)}\` | ${route.duration_ms} ms |`,
    );
  }
  lines.push(...renderStormSection(entry.storm));
  lines.push('');
  lines.push(
    '<details><summary>Verdicts, environment and what this entry does not assert</summary>',
  );
  lines.push('');
  lines.push('| verdict | subject | result | reason |');
  lines.push('| --- | --- | --- | --- |');
  for (const v of entry.verdicts) {
    lines.push(`| ${v.id} | ${cell(v.subject)} | ${v.status} | ${cell(v.reason)} |`);
  }
  lines.push('');
  lines.push(
    `Environment: gate ${entry.environment.gate_version}, Node ${entry.environment.node_version}, ${entry.environment.runner_os}, driver ${entry.environment.driver}, upstream ${entry.environment.upstream}.`,
  );
  if (entry.environment.environment_mismatch) {
    lines.push('');
    lines.push('**Environment mismatch**: this run is not live evidence for:');
    for (const reason of entry.environment.mismatch_reasons)
      lines.push(`- ${escapeInline(reason)}`);
  }
  if (entry.remaining_uncertainty.length > 0) {
    lines.push('');
    lines.push('Remaining uncertainty:');
    for (const u of entry.remaining_uncertainty) lines.push(`- ${escapeInline(u)}`);
  }
  lines.push('');
  lines.push(`This entry does not assert: ${entry.does_not_assert.join(', ')}.`);
  lines.push(
    `Operator: ${entry.operator_initials ?? '_not set_'} · follow-up owner: ${entry.follow_up_owner ?? '_not set_'}`,
  );
  lines.push('');
  lines.push('</details>');
  return lines.join('\n') + '\n';
}

function cell(text: string): string {
  return escapeInline(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function escapeInline(text: string): string {
  return text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
