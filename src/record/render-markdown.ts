import { chainOfSubject, parseSubject } from '../judge/index.js';
import type { ChainRecord, LedgerEntry, VerdictRecord } from './ledger-schema.js';
import { code, htmlText, join, md, row, text, trusted, type Markdown } from './markdown-escape.js';
import { attemptGantt, GANTT_LEGEND, STORM_LEGEND, stormChart } from './render-mermaid.js';

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

/** One reason the gate failed, with every failing problem it explains and the one fix for it. */
export interface RootCause {
  title: string;
  /** The first, most direct statement of what went wrong. */
  lead: string;
  /** Other failing checks explained by the same cause (ids and scenarios only). */
  also: string[];
  /** What made it happen, when the config check found it (a stacked retry layer, say). */
  cause: { message: string; where: string } | null;
  fix: string;
  where: string | null;
}

const BUDGET_FINDINGS = new Set([
  'worst_case_over_budget',
  'worst_case_elapsed_over_budget',
  'amplification_over_budget',
]);

/** The failing problems grouped by what caused them, most direct first; each fix appears once. */
export function rootCauses(entry: LedgerEntry): RootCause[] {
  const failing = entry.gate.problems.filter((p) => p.fails_job);
  const findingOf = (message: string) =>
    entry.findings.find((f) => message === `${f.id}: ${f.message}`) ?? null;
  const chainOfFinding = (message: string) => /chain "([^"]*)"/.exec(message)?.[1] ?? null;
  const where = (f: { at: { file: string; line: number; column: number } }) =>
    `${f.at.file}:${f.at.line}:${f.at.column}`;

  const budget = new Map<string, RootCause>();
  const causes: RootCause[] = [];
  for (const p of failing.filter((x) => x.category === 'budget')) {
    const subject = parseSubject(p.subject);
    const chain = chainOfSubject(subject) ?? p.subject;
    const scenario = subject?.kind === 'scenario' ? subject.scenario : undefined;
    const existing = budget.get(chain);
    const check = checkIdFor(entry, p.subject, p.message);
    if (existing) {
      existing.also.push(`${check}${scenario ? ` (${scenario})` : ''}`);
      continue;
    }
    const stacked = entry.findings.find(
      (f) => f.id === 'stacked_retries' && chainOfFinding(f.message) === chain,
    );
    const cause: RootCause = {
      title: `Retries over budget in chain ${chain}`,
      lead: `${scenario ? `scenario ${scenario}: ` : ''}${p.message}`,
      also: [],
      cause: stacked ? { message: stacked.message, where: where(stacked) } : null,
      fix: stacked?.fix ?? p.fix,
      where: stacked ? where(stacked) : null,
    };
    budget.set(chain, cause);
    causes.push(cause);
  }
  const byFix = new Map<string, RootCause>();
  for (const p of failing.filter((x) => x.category === 'findings')) {
    const finding = findingOf(p.message);
    const chain = finding ? chainOfFinding(finding.message) : null;
    if (finding && chain !== null && BUDGET_FINDINGS.has(finding.id) && budget.has(chain)) {
      budget.get(chain)!.also.push(`config check ${finding.id} (${where(finding)})`);
      continue;
    }
    const existing = byFix.get(p.fix);
    if (existing) {
      existing.also.push(withoutFix(p.message, p.fix));
      continue;
    }
    const cause: RootCause = {
      title: 'Config check',
      lead: withoutFix(p.message, p.fix),
      also: [],
      cause: null,
      fix: p.fix,
      where: finding ? where(finding) : null,
    };
    byFix.set(p.fix, cause);
    causes.push(cause);
  }
  const evidence = new Map<string, RootCause>();
  for (const p of failing.filter((x) => x.category === 'evidence')) {
    const existing = evidence.get(p.fix);
    if (existing) {
      existing.also.push(withoutFix(p.message, p.fix));
      continue;
    }
    const cause: RootCause = {
      title: 'Evidence missing',
      lead: withoutFix(p.message, p.fix),
      also: [],
      cause: null,
      fix: p.fix,
      where: null,
    };
    evidence.set(p.fix, cause);
    causes.push(cause);
  }
  for (const p of failing.filter((x) => x.category === 'escalate')) {
    const chain = chainOfSubject(parseSubject(p.subject));
    // An escalation that follows from a budget failure is that failure's consequence: the
    // decision in the lead line already says so.
    if (chain !== null && budget.has(chain)) continue;
    const record = entry.chains.find((c) => c.name === chain);
    causes.push({
      title: `Escalated${chain !== null ? ` in chain ${chain}` : ''}`,
      lead: record ? failedChecksSentence(record) : p.message,
      also: [],
      cause: null,
      fix: p.fix,
      where: null,
    });
  }
  return causes;
}

/** A message that ends with its own fix says it once: in the fix. */
function withoutFix(message: string, fix: string): string {
  if (fix.length === 0 || !message.endsWith(fix)) return message;
  return message.slice(0, -fix.length).replace(/[\s:;,.-]+$/, '');
}

function checkIdFor(entry: LedgerEntry, subject: string, message: string): string {
  const all = [...entry.verdicts, ...entry.chains.flatMap((c) => c.verdicts)];
  return all.find((v) => v.subject === subject && v.reason === message)?.id ?? 'check';
}

function failedChecksSentence(chain: ChainRecord): string {
  const failed = chain.verdicts.filter((v) => v.status === 'fail');
  if (failed.length === 0) return chain.reason;
  return `failed ${failed.map((v) => `${v.id} (${subjectTail(v.subject)})`).join(', ')}`;
}

/** The name a subject is about: the scenario, else the chain or route. */
function subjectTail(text: string): string {
  const subject = parseSubject(text);
  switch (subject?.kind) {
    case 'scenario':
      return subject.scenario;
    case 'chain':
      return subject.chain;
    case 'route':
      return subject.route;
    default:
      return text;
  }
}

type Evidence = 'live' | 'mock' | 'mixed' | 'none';

function evidenceKind(entry: LedgerEntry): Evidence {
  const kinds = new Set(entry.routes.map((r) => r.upstream));
  if (kinds.size === 0) return 'none';
  if (kinds.size > 1) return 'mixed';
  return kinds.has('live') ? 'live' : 'mock';
}

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

function countStatuses(verdicts: readonly VerdictRecord[]) {
  return {
    pass: verdicts.filter((v) => v.status === 'pass').length,
    fail: verdicts.filter((v) => v.status === 'fail').length,
    unknown: verdicts.filter((v) => v.status === 'unknown').length,
  };
}

// ---- folded sections -------------------------------------------------------------------------

function fold(summary: Markdown, body: readonly Markdown[]): string {
  return [
    `<details><summary>${summary.toString()}</summary>`,
    '',
    ...body.map(String),
    '',
    '</details>',
    '',
  ].join('\n');
}

function checksSection(entry: LedgerEntry): string {
  const all = [
    ...entry.chains.flatMap((c) => c.verdicts),
    ...entry.routes.flatMap((r) => r.verdicts),
  ];
  const counts = countStatuses(all);
  const order = { fail: 0, unknown: 1, pass: 2 } as const;
  const sorted = [...all].sort((a, b) => order[a.status] - order[b.status]);
  const body: Markdown[] = [
    trusted('| result | check | subject | reason |'),
    trusted('| --- | --- | --- | --- |'),
    ...sorted.map((v) => row([mark(v.status), { code: v.id }, v.subject, v.reason])),
  ];
  const noted = entry.gate.problems.filter((p) => !p.fails_job);
  if (noted.length > 0) {
    body.push(
      trusted(''),
      md`Found, but not failing the job (fail-on: ${entry.gate.fail_on.join(', ') || 'none'}):`,
      trusted(''),
      ...noted.map((p) => md`- ${p.category} · ${p.subject}: ${p.message}. Fix: ${p.fix}.`),
    );
  }
  // A pass against the mock is no pass for the live endpoint: the summary says so.
  const where = evidenceKind(entry) === 'live' ? '' : ' (against the embedded mock where not live)';
  return fold(
    htmlText(
      `Checks${where}: ${counts.fail} failed, ${counts.unknown} not established, ${counts.pass} passed`,
    ),
    body,
  );
}

function routesSection(entry: LedgerEntry): string {
  const body: Markdown[] = [
    trusted('| route | family | upstream | status class | HTTP | request id |'),
    trusted('| --- | --- | --- | --- | ---: | --- |'),
    ...entry.routes.map((r) =>
      row([
        { code: r.name },
        r.endpoint_family,
        r.upstream === 'mock' ? trusted('mock (not live)') : r.upstream,
        md`${code(r.status_class)} ${r.status_reason}`,
        r.http_status ?? '—',
        { code: r.request_id },
      ]),
    ),
  ];
  for (const chain of entry.chains.filter((c) => c.scenarios.length > 0)) {
    body.push(
      trusted(''),
      md`Scenarios of chain ${code(chain.name)}, worst case ${worstCase(chain)}, most retries observed ${chain.retry_attempts}:`,
      trusted(''),
      trusted(
        '| scenario | driver | caller requests | most retries | usable | controlled failure | hang | unknown |',
      ),
      trusted('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'),
      ...chain.scenarios.map((s) =>
        row([
          { code: s.name },
          s.driver,
          s.samples,
          s.retry_attempts,
          s.outcomes.usable,
          s.outcomes.controlled_failure,
          s.outcomes.hang,
          s.outcomes.unknown,
        ]),
      ),
    );
  }
  return fold(htmlText(`Routes and scenarios`), body);
}

function chainTimelines(chain: ChainRecord): string | null {
  const diagrams = chain.scenarios.flatMap((s) => {
    const gantt = attemptGantt(s);
    return gantt
      ? [md`Scenario ${code(s.name)}: ${s.expectation}`, trusted(''), fence(gantt), trusted('')]
      : [];
  });
  if (diagrams.length === 0) return null;
  return fold(htmlText(`Attempt timelines, chain ${chain.name}`), [
    trusted(GANTT_LEGEND),
    trusted(''),
    ...diagrams,
  ]);
}

function fence(mermaid: string): Markdown {
  // Mermaid source is built from labels that hold no backticks, so the fence cannot close early.
  return trusted(`\`\`\`mermaid\n${mermaid}\n\`\`\``);
}

function stormSection(storm: LedgerEntry['storm'][number], chart: string): string {
  return fold(
    htmlText(`Retry storm, chain ${storm.chain}: amplification ${storm.amplification.toFixed(2)}`),
    [
      md`${storm.callers} simulated callers, ${storm.outage.shape.replaceAll('_', ' ')} outage of ${storm.outage.duration_ms} ms: peak ${storm.peak_attempts_per_second} attempts/s against ${storm.baseline_peak_attempts_per_second} without retries; drained ${storm.drain_ms} ms after recovery.`,
      trusted(''),
      trusted(STORM_LEGEND),
      trusted(''),
      fence(chart),
    ],
  );
}

/** Verdict ids as code spans, or "none". */
function ids(list: readonly string[]): Markdown {
  return list.length > 0
    ? join(
        list.map((id) => code(id)),
        ', ',
      )
    : trusted('none');
}

/** The declared worst case, said as what it is when there is none or it saturated. */
function worstCase(chain: ChainRecord): string {
  if (chain.worst_case_attempts === null) return 'not declared';
  const atLeast = chain.worst_case_attempts_saturated ? 'at least ' : '';
  return `${atLeast}${chain.worst_case_attempts} upstream attempts per request`;
}

function detailsSection(entry: LedgerEntry, fixesAbove: ReadonlySet<string>): string {
  const env = entry.environment;
  const body: Markdown[] = [
    md`Environment: gate ${env.gate_version}, Node ${env.node_version}, ${env.runner_os}, driver ${env.driver}, upstream ${env.upstream}.`,
  ];
  if (env.gateway) {
    const g = env.gateway;
    body.push(
      trusted(''),
      md`Gateway: ${g.name} ${g.version ? code(g.version) : trusted('(version not reported)')}. Observed on the gateway: ${ids(g.observed_on_gateway)}; modelled from the config: ${ids(g.modelled)}; sent straight to the routes: ${ids(g.direct)}.`,
    );
  }
  if (entry.run.repository || entry.run.run_url) {
    const r = entry.run;
    body.push(
      trusted(''),
      md`Run: ${r.repository ?? '—'} · ${r.event ?? '—'} · ${r.ref ?? '—'} · ${r.commit ?? '—'}${r.run_url ? md` · ${r.run_url}` : trusted('')}`,
    );
  }
  if (env.environment_mismatch) {
    body.push(trusted(''), trusted('**Not live evidence:**'));
    for (const [reason, routes] of groupMismatches(env.mismatch_reasons)) {
      body.push(
        routes.length > 0
          ? md`- ${join(
              routes.map((r) => code(r)),
              ', ',
            )}: ${reason}`
          : md`- ${reason}`,
      );
    }
  }
  body.push(trusted(''), md`Config digest ${code(entry.config.digest)}.`);
  if (entry.change) {
    const c = entry.change;
    body.push(
      trusted(''),
      md`Change against base ${code(c.base_digest ?? 'none')}: touches ${c.touches.join(', ') || 'nothing'}${c.mixed_scope ? trusted(' (**mixed scope**)') : trusted('')}; routes +${c.routes_added.length} −${c.routes_removed.length}, hosts +${c.hosts_added.length} −${c.hosts_removed.length}, models changed ${c.models_changed.length}.`,
    );
  }
  if (entry.findings.length > 0) {
    body.push(
      trusted(''),
      trusted('| finding | severity | where | message | fix |'),
      trusted('| --- | --- | --- | --- | --- |'),
      ...entry.findings.map((f) =>
        row([
          { code: f.id },
          f.severity,
          { code: `${f.at.file}:${f.at.line}:${f.at.column}` },
          f.message,
          fixesAbove.has(f.fix) ? trusted('the fix above') : f.fix,
        ]),
      ),
    );
  }
  // "not established" lines repeat the checks table; the rest is said only here.
  const uncertainty = entry.remaining_uncertainty.filter((u) => !u.startsWith('not established:'));
  if (uncertainty.length > 0) {
    body.push(trusted(''), trusted('Remaining uncertainty:'));
    for (const u of uncertainty) body.push(md`- ${u}`);
  }
  if (entry.merged_from.length > 0) {
    body.push(
      trusted(''),
      md`Merged from ${entry.merged_from.length} entries: ${join(
        entry.merged_from.map(
          (m) =>
            md`${code(m.ledger_id)} (${m.runner_os}, ${m.fallback_decision}, ${m.passed ? 'passed' : 'failed'})`,
        ),
        ', ',
      )}.`,
    );
  }
  body.push(
    trusted(''),
    md`This entry does not assert: ${entry.does_not_assert.map((d) => d.replaceAll('_', ' ')).join(', ')}.`,
    trusted(''),
    md`Operator: ${entry.operator_initials ?? trusted('_not set_')} · follow-up owner: ${entry.follow_up_owner ?? trusted('_not set_')}${
      entry.evidence_links.length > 0
        ? md` · evidence: ${join(
            entry.evidence_links.map((l) => code(l)),
            ', ',
          )}`
        : trusted('')
    }`,
  );
  return fold(htmlText('Environment, findings, change, and what this entry does not assert'), body);
}

/** "route a: X" and "route b: X" become one line naming both routes. */
function groupMismatches(reasons: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const reason of reasons) {
    const m = /^route (.+?): (.*)$/.exec(reason);
    const key = m ? m[2]! : reason;
    const list = groups.get(key) ?? [];
    if (m) list.push(m[1]!);
    groups.set(key, list);
  }
  return [...groups];
}

function mark(status: string): Markdown {
  return trusted(status === 'pass' ? '✅ pass' : status === 'fail' ? '❌ fail' : '❔ unknown');
}

export { text as markdownText };
