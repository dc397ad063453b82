import type { ChainRecord, LedgerEntry, VerdictRecord } from './ledger-schema.js';
import { code, htmlText, join, md, row, trusted, type Markdown } from './markdown-escape.js';
import { attemptGantt, GANTT_LEGEND, STORM_LEGEND } from './render-mermaid.js';

// The folded sections of the Markdown ledger (checks, routes and scenarios, timelines, the storm
// chart, environment and findings), and the small readings of an entry the lead shares with them.

type Evidence = 'live' | 'mock' | 'mixed' | 'none';

export function evidenceKind(entry: LedgerEntry): Evidence {
  const kinds = new Set(entry.routes.map((r) => r.upstream));
  if (kinds.size === 0) return 'none';
  if (kinds.size > 1) return 'mixed';
  return kinds.has('live') ? 'live' : 'mock';
}

export function countStatuses(verdicts: readonly VerdictRecord[]) {
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

export function checksSection(entry: LedgerEntry): string {
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

export function routesSection(entry: LedgerEntry): string {
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

export function chainTimelines(chain: ChainRecord): string | null {
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

export function stormSection(storm: LedgerEntry['storm'][number], chart: string): string {
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
export function worstCase(chain: ChainRecord): string {
  if (chain.worst_case_attempts === null) return 'not declared';
  const atLeast = chain.worst_case_attempts_saturated ? 'at least ' : '';
  return `${atLeast}${chain.worst_case_attempts} upstream attempts per request`;
}

/** Where the entry was made: environment, gateway, workflow run, evidence that is not live, change. */
function environmentLines(entry: LedgerEntry): Markdown[] {
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
  return body;
}

export function detailsSection(entry: LedgerEntry, fixesAbove: ReadonlySet<string>): string {
  const body = environmentLines(entry);
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
