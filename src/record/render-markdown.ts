import type { ChainRecord, LedgerEntry } from './ledger-schema.js';
import { attemptGantt, stormChart } from './render-mermaid.js';

// The Markdown ledger: the PR comment and the job summary. The headline decision comes first,
// then one table per chain; timelines and details are folded. The whole text stays under
// GitHub's comment limit with room left for the marker the publisher prepends; when it would
// not, the folded sections are left out, last first, and the text says so.

/** GitHub rejects issue and pull request comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Room kept for what the publisher adds (a hidden marker, a header line). */
export const MARKER_RESERVE = 1_536;
export const MARKDOWN_LIMIT = GITHUB_COMMENT_LIMIT - MARKER_RESERVE;

interface Block {
  text: string;
  /** Required blocks are always kept; optional ones go first when the text is too long. */
  optional: boolean;
}

export function renderMarkdown(entry: LedgerEntry, limit = MARKDOWN_LIMIT): string {
  const blocks: Block[] = [
    { text: headline(entry), optional: false },
    ...entry.chains.map((chain) => ({ text: chainSection(chain, entry), optional: false })),
    ...entry.chains.flatMap((chain) => {
      const timelines = chainTimelines(chain);
      return timelines ? [{ text: timelines, optional: true }] : [];
    }),
    ...entry.storm.flatMap((storm) => {
      const chart = stormChart(storm);
      return chart ? [{ text: stormSection(storm, chart), optional: true }] : [];
    }),
    { text: detailsSection(entry), optional: true },
  ];
  return fit(blocks, limit);
}

function fit(blocks: Block[], limit: number): string {
  const join = (bs: Block[]) => bs.map((b) => b.text).join('\n');
  const kept = [...blocks];
  let omitted = 0;
  while (join(kept).length > limit) {
    const index = kept.findLastIndex((b) => b.optional);
    if (index === -1) break;
    kept.splice(index, 1);
    omitted += 1;
  }
  const note = (what: string) =>
    `\n> **Truncated**: ${what} left out to stay under GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit. The full entry is in \`ledger.json\`.\n`;
  let text = join(kept);
  if (omitted > 0 && text.length + 300 <= limit) {
    return text + note(`${omitted} folded section${omitted === 1 ? '' : 's'}`);
  }
  if (text.length <= limit && omitted === 0) return text;
  // Even the required blocks are too long (very many chains): cut at a line boundary. The
  // required blocks hold only headings, tables and lists, so a cut cannot leave a fence open.
  const room = limit - 400;
  text = join(kept.filter((b) => !b.optional));
  const cut = text.lastIndexOf('\n', room);
  return `${text.slice(0, cut === -1 ? room : cut)}\n${note(`${omitted} folded sections and the end of the chain tables were`)}`;
}

function headline(entry: LedgerEntry): string {
  const icon = entry.passed ? '✅' : '❌';
  const paused = entry.decision_paused ? ' (paused: evidence missing)' : '';
  const lines = [
    `## ${icon} fallback-gate: \`${entry.fallback_decision}\`${paused}, gate ${entry.passed ? 'passed' : 'failed'}`,
    '',
    `Config \`${code(entry.config.file)}\` (${entry.config.format}, ${entry.endpoint_family}) · ledger \`${entry.ledger_id}\` · ${entry.timestamp}`,
  ];
  if (entry.recorded) lines.push('', `> ${inline(entry.recorded.statement)}`);
  const failing = entry.gate.problems.filter((p) => p.fails_job);
  if (failing.length > 0) {
    lines.push('', '**Why it failed**', '');
    for (const p of failing) {
      lines.push(`- **${p.category}** · ${inline(p.subject)}: ${inline(p.message)}`);
      if (!p.message.includes(p.fix)) lines.push(`  - fix: ${inline(p.fix)}`);
    }
  }
  const notFailing = entry.gate.problems.filter((p) => !p.fails_job);
  if (notFailing.length > 0) {
    lines.push(
      '',
      `**Found, but not failing the job** (fail-on: ${entry.gate.fail_on.join(', ') || 'none'})`,
      '',
    );
    for (const p of notFailing) {
      lines.push(`- ${p.category} · ${inline(p.subject)}: ${inline(p.message)}`);
    }
  }
  return lines.join('\n') + '\n';
}

function chainSection(chain: ChainRecord, entry: LedgerEntry): string {
  const lines = [
    `### Chain \`${code(chain.name)}\`: \`${chain.fallback_decision}\`${chain.decision_paused ? ' (paused)' : ''}`,
    '',
    `${inline(chain.reason)} (rule \`${chain.decision_rule}\`)`,
  ];
  if (chain.evidence_gaps.length > 0) {
    lines.push('', `Not observed: ${chain.evidence_gaps.map(inline).join('; ')}`);
  }
  lines.push(
    '',
    `Worst case ${chain.worst_case_attempts === null ? 'not declared' : `${chain.worst_case_attempts} upstream attempts per request`} · observed retries ${chain.retry_attempts} (${chain.retry_attempts_source.replaceAll('_', ' ')}) · caller outcome ${chain.caller_outcome.replaceAll('_', ' ')}`,
    '',
    '| # | route | family | upstream | status class | HTTP | request id |',
    '| ---: | --- | --- | --- | --- | ---: | --- |',
  );
  chain.route_order.forEach((name, i) => {
    const r = entry.routes.find((x) => x.name === name);
    lines.push(
      r
        ? `| ${i + 1} | ${cell(name)} | ${r.endpoint_family} | ${r.upstream} | \`${r.status_class}\` ${cell(r.status_reason)} | ${r.http_status ?? '—'} | \`${code(r.request_id)}\` |`
        : `| ${i + 1} | ${cell(name)} | — | — | not observed | — | — |`,
    );
  });
  if (chain.scenarios.length > 0) {
    lines.push(
      '',
      '| scenario | driver | samples | max retries | usable | controlled failure | hang | unknown |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const s of chain.scenarios) {
      lines.push(
        `| ${cell(s.name)} | ${s.driver} | ${s.samples} | ${s.retry_attempts} | ${s.outcomes.usable} | ${s.outcomes.controlled_failure} | ${s.outcomes.hang} | ${s.outcomes.unknown} |`,
      );
    }
  }
  if (chain.verdicts.length > 0) {
    lines.push('', '| check | subject | result | reason |', '| --- | --- | --- | --- |');
    for (const v of chain.verdicts) {
      lines.push(`| ${cell(v.id)} | ${cell(v.subject)} | ${mark(v.status)} | ${cell(v.reason)} |`);
    }
  }
  return lines.join('\n') + '\n';
}

function chainTimelines(chain: ChainRecord): string | null {
  const diagrams = chain.scenarios.flatMap((s) => {
    const gantt = attemptGantt(s);
    return gantt
      ? [
          `Scenario \`${code(s.name)}\`: ${inline(s.expectation)}\n\n\`\`\`mermaid\n${gantt}\n\`\`\`\n`,
        ]
      : [];
  });
  if (diagrams.length === 0) return null;
  return `<details><summary>Attempt timelines, chain ${inline(chain.name)}</summary>\n\n${diagrams.join('\n')}\n</details>\n`;
}

function stormSection(storm: LedgerEntry['storm'][number], chart: string): string {
  return [
    `<details><summary>Retry storm, chain ${inline(storm.chain)}: amplification ${storm.amplification.toFixed(2)}</summary>`,
    '',
    `${storm.callers} simulated callers, ${storm.outage.shape.replaceAll('_', ' ')} outage of ${storm.outage.duration_ms} ms: peak ${storm.peak_attempts_per_second} attempts/s against ${storm.baseline_peak_attempts_per_second} without retries; drained ${storm.drain_ms} ms after recovery. First line: the policy; second line: no retries.`,
    '',
    '```mermaid',
    chart,
    '```',
    '',
    '</details>',
    '',
  ].join('\n');
}

function detailsSection(entry: LedgerEntry): string {
  const env = entry.environment;
  const lines = [
    '<details><summary>Environment, change, findings, uncertainty, and what this entry does not assert</summary>',
    '',
    `Environment: gate ${inline(env.gate_version)}, Node ${inline(env.node_version)}, ${inline(env.runner_os)}, driver ${env.driver}, upstream ${env.upstream}.`,
  ];
  if (env.gateway) {
    const g = env.gateway;
    lines.push(
      '',
      `Gateway: ${g.name} ${inline(g.version ?? 'version not reported')}. Observed on the gateway: ${g.observed_on_gateway.join(', ') || 'none'}; modelled from the config: ${g.modelled.join(', ') || 'none'}; sent straight to the routes: ${g.direct.join(', ') || 'none'}.`,
    );
  }
  if (entry.run.repository || entry.run.run_url) {
    lines.push(
      '',
      `Run: ${inline(entry.run.repository ?? '—')} · ${inline(entry.run.event ?? '—')} · ${inline(entry.run.ref ?? '—')} · ${inline(entry.run.commit ?? '—')}${entry.run.run_url ? ` · ${inline(entry.run.run_url)}` : ''}`,
    );
  }
  if (env.environment_mismatch) {
    lines.push('', '**Environment mismatch**: not live evidence for:');
    for (const reason of env.mismatch_reasons) lines.push(`- ${inline(reason)}`);
  }
  lines.push('', `Config digest \`${code(entry.config.digest)}\`.`);
  if (entry.change) {
    const c = entry.change;
    lines.push(
      '',
      `Change against base \`${code(c.base_digest ?? 'none')}\`: touches ${c.touches.join(', ') || 'nothing'}${c.mixed_scope ? ' (**mixed scope**)' : ''}; routes +${c.routes_added.length} −${c.routes_removed.length}, hosts +${c.hosts_added.length} −${c.hosts_removed.length}, models changed ${c.models_changed.length}.`,
    );
  }
  if (entry.findings.length > 0) {
    lines.push(
      '',
      '| finding | severity | where | message | fix |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const f of entry.findings) {
      lines.push(
        `| ${cell(f.id)} | ${f.severity} | ${cell(`${f.at.file}:${f.at.line}:${f.at.column}`)} | ${cell(f.message)} | ${cell(f.fix)} |`,
      );
    }
  }
  const routeVerdicts = entry.routes.flatMap((r) => r.verdicts);
  if (routeVerdicts.length > 0) {
    lines.push('', '| route check | subject | result | reason |', '| --- | --- | --- | --- |');
    for (const v of routeVerdicts) {
      lines.push(`| ${cell(v.id)} | ${cell(v.subject)} | ${mark(v.status)} | ${cell(v.reason)} |`);
    }
  }
  if (entry.remaining_uncertainty.length > 0) {
    lines.push('', 'Remaining uncertainty:');
    for (const u of entry.remaining_uncertainty) lines.push(`- ${inline(u)}`);
  }
  if (entry.merged_from.length > 0) {
    lines.push(
      '',
      `Merged from ${entry.merged_from.length} entries: ${entry.merged_from.map((m) => `\`${m.ledger_id}\` (${inline(m.runner_os)}, ${m.fallback_decision}, ${m.passed ? 'passed' : 'failed'})`).join(', ')}.`,
    );
  }
  lines.push(
    '',
    `This entry does not assert: ${entry.does_not_assert.map((d) => d.replaceAll('_', ' ')).join(', ')}.`,
    '',
    `Operator: ${entry.operator_initials ? inline(entry.operator_initials) : '_not set_'} · follow-up owner: ${entry.follow_up_owner ? inline(entry.follow_up_owner) : '_not set_'}${entry.evidence_links.length > 0 ? ` · evidence: ${entry.evidence_links.map(inline).join(', ')}` : ''}`,
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}

function mark(status: string): string {
  return status === 'pass' ? '✅ pass' : status === 'fail' ? '❌ fail' : '❔ unknown';
}

/** Text inside a table cell: no pipes or line breaks. */
function cell(text: string): string {
  return inline(text).replaceAll('|', '\\|');
}

/** Text inside a code span: backticks would end it early. */
function code(text: string): string {
  return text.replaceAll('`', "'").replaceAll('\n', ' ');
}

/** Untrusted text in Markdown: no HTML, no @-mentions, no line breaks. */
function inline(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('@', '&#64;')
    .replaceAll('\r', ' ')
    .replaceAll('\n', ' ');
}
