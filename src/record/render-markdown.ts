import type { LedgerEntry } from './ledger-schema.js';
import { code, join, md, text, trusted, type Markdown } from './markdown-escape.js';
import {
  chainTimelines,
  checksSection,
  countStatuses,
  detailsSection,
  evidenceKind,
  routesSection,
  stormSection,
  worstCase,
} from './markdown-sections.js';
import { stormChart } from './render-mermaid.js';
import { rootCauses, type RootCause } from './root-causes.js';

// The Markdown ledger: the PR comment and the job summary. It is read top-down by a reviewer
// with little time, so it leads with one line (the decision, whether the evidence is live, the
// single most useful fix), then one bullet per root cause, then one line per chain; everything
// else (checks, routes, timelines, the storm chart, environment and findings) is folded.
// Every value goes through markdown-escape, whether the entry comes from this run or from an
// artifact of someone else's run (publish-only). The whole text stays under GitHub's comment
// limit with room left for the publisher's marker; when it would not, folded sections are left
// out, last first, and the text says so.

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
  const causes = rootCauses(entry);
  const blocks: Block[] = [
    { text: lead(entry, causes), optional: false },
    { text: chainLines(entry), optional: false },
    { text: checksSection(entry), optional: true },
    { text: routesSection(entry), optional: true },
    { text: detailsSection(entry, new Set(causes.map((c) => c.fix))), optional: true },
    ...entry.storm.flatMap((storm) => {
      const chart = stormChart(storm);
      return chart ? [{ text: stormSection(storm, chart), optional: true }] : [];
    }),
    ...entry.chains.flatMap((chain) => {
      const timelines = chainTimelines(chain);
      return timelines ? [{ text: timelines, optional: true }] : [];
    }),
  ];
  return fit(blocks, limit);
}

function fit(blocks: Block[], limit: number): string {
  const joinBlocks = (bs: Block[]) => bs.map((b) => b.text).join('\n');
  const kept = [...blocks];
  let omitted = 0;
  while (joinBlocks(kept).length > limit) {
    const index = kept.findLastIndex((b) => b.optional);
    if (index === -1) break;
    kept.splice(index, 1);
    omitted += 1;
  }
  const note = (what: string) =>
    `\n> **Truncated**: ${what} left out to stay under GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit. The full entry is in \`ledger.json\`.\n`;
  let out = joinBlocks(kept);
  if (omitted > 0 && out.length + 300 <= limit) {
    return out + note(`${omitted} folded section${omitted === 1 ? '' : 's'}`);
  }
  if (out.length <= limit && omitted === 0) return out;
  // Even the required blocks are too long (very many chains): cut at a line boundary. The
  // required blocks hold only lines and lists, so a cut cannot leave a fence open.
  const room = limit - 400;
  out = joinBlocks(kept.filter((b) => !b.optional));
  const cut = out.lastIndexOf('\n', room);
  return `${out.slice(0, cut === -1 ? room : cut)}\n${note(`${omitted} folded sections and the end of the chain lines were`)}`;
}

// ---- the lead: one line, then one bullet per root cause -------------------------------------

function evidencePhrase(entry: LedgerEntry): Markdown {
  const kind = evidenceKind(entry);
  if (kind === 'live') return trusted('evidence from the live endpoints');
  if (kind === 'none') return trusted('no endpoint was probed');
  if (kind === 'mock') return trusted('**evidence from the embedded mock only, not live**');
  const mocked = entry.routes.filter((r) => r.upstream === 'mock').map((r) => code(r.name));
  return md`**partly mock, not live for ${join(mocked, ', ')}**`;
}

function lead(entry: LedgerEntry, causes: RootCause[]): string {
  const kind = evidenceKind(entry);
  const icon = !entry.passed ? '❌' : kind === 'live' ? '✅' : '☑️';
  const result = entry.passed ? 'fallback-gate passed' : 'fallback-gate failed';
  const paused = entry.decision_paused ? trusted(' (paused: evidence missing)') : trusted('');
  const first = causes[0];
  const noted = entry.gate.problems.find((p) => !p.fails_job);
  const next: Markdown = first
    ? md` · **Fix first:** ${first.fix}${first.where ? md` (${code(first.where)})` : trusted('')}`
    : kind !== 'live' && entry.routes.length > 0
      ? trusted(
          " · **Next:** give the gate the routes' credentials (and trusted hosts) to check the live endpoints",
        )
      : noted
        ? md` · **Worth a look:** ${noted.fix}`
        : trusted('');
  const lines: Markdown[] = [
    md`${trusted(icon)} **${trusted(result)}: ${code(entry.fallback_decision)}**${paused} · ${evidencePhrase(entry)}${next}`,
  ];
  if (entry.recorded) lines.push(trusted(''), md`> ${entry.recorded.statement}`);
  if (causes.length > 0) {
    lines.push(trusted(''));
    causes.forEach((c, i) => lines.push(causeBullet(c, i === 0)));
  }
  return lines.map(String).join('\n') + '\n';
}

function causeBullet(c: RootCause, first: boolean): Markdown {
  const parts: Markdown[] = [md`- **${c.title}**: ${c.lead}.`];
  if (c.cause) parts.push(md` Cause: ${c.cause.message} (${code(c.cause.where)}).`);
  if (c.also.length > 0) parts.push(md` Same cause: ${c.also.join('; ')}.`);
  // The first cause's fix is the lead line's; every other fix is said once, here.
  if (!first) {
    parts.push(
      md` **Fix:** ${c.fix}${c.where && !c.cause ? md` (${code(c.where)})` : trusted('')}.`,
    );
  }
  return join(parts, '');
}

// ---- one line per chain ----------------------------------------------------------------------

function chainLines(entry: LedgerEntry): string {
  const lines = entry.chains.map((chain) => {
    const counts = countStatuses(chain.verdicts);
    const samples = chain.scenarios.reduce(
      (acc, s) => ({
        n: acc.n + s.samples,
        usable: acc.usable + s.outcomes.usable,
        controlled: acc.controlled + s.outcomes.controlled_failure,
        hang: acc.hang + s.outcomes.hang,
        unknown: acc.unknown + s.outcomes.unknown,
      }),
      { n: 0, usable: 0, controlled: 0, hang: 0, unknown: 0 },
    );
    const order = join(
      chain.route_order.map((r) => code(r)),
      ' → ',
    );
    const scenarios =
      chain.scenarios.length > 0
        ? md` · ${chain.scenarios.length} scenarios, ${samples.n} caller requests: ${samples.usable} usable, ${samples.controlled} controlled failure, ${samples.hang} hang, ${samples.unknown} unknown`
        : trusted(' · no fault scenario ran');
    const gaps =
      chain.evidence_gaps.length > 0
        ? md` · not observed: ${chain.evidence_gaps.join('; ')}`
        : trusted('');
    return md`- Chain ${code(chain.name)} (${order}): ${code(chain.fallback_decision)}${chain.decision_paused ? trusted(' (paused)') : trusted('')} by rule ${code(chain.decision_rule)} · worst case ${worstCase(chain)}${scenarios} · checks ${counts.fail} failed, ${counts.unknown} not established, ${counts.pass} passed${gaps}`;
  });
  lines.push(
    trusted(''),
    md`Config ${code(entry.config.file)} (${entry.config.format}, ${entry.endpoint_family}) · ledger ${code(entry.ledger_id)} · ${entry.timestamp}`,
  );
  return lines.map(String).join('\n') + '\n';
}

export { text as markdownText };
