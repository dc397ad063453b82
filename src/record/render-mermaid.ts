import type { AttemptRecordOut, LedgerEntry, ScenarioRecord } from './ledger-schema.js';

// Mermaid diagrams for the Markdown ledger, kept to the simplest syntax GitHub renders:
// a gantt chart of one caller request's attempts (time on the axis, one section per route), and
// an xychart of attempts per second in the storm simulation. Labels are reduced to characters
// that carry no Mermaid meaning (no colons, semicolons, hashes or quotes).

/** At most this many attempts are drawn in one timeline. */
export const MERMAID_MAX_TASKS = 40;
/** At most this many points are drawn in one storm chart. */
export const MERMAID_MAX_POINTS = 60;

/** The attempts of the scenario's first sample as a gantt chart; null when nothing was recorded. */
export function attemptGantt(scenario: ScenarioRecord): string | null {
  const first = scenario.timeline[0]?.sample;
  if (first === undefined) return null;
  const attempts = scenario.timeline.filter((a) => a.sample === first).slice(0, MERMAID_MAX_TASKS);
  const lines = [
    'gantt',
    `  title ${label(`${scenario.name} sample ${first} of ${scenario.samples}`)}`,
    '  dateFormat x',
    '  axisFormat %S.%L s',
  ];
  const routes = [...new Set(attempts.map((a) => a.route))];
  for (const route of routes) {
    lines.push(`  section ${label(route)}`);
    for (const a of attempts.filter((x) => x.route === route)) {
      const start = Math.max(0, Math.round(a.at_ms));
      const end = start + Math.max(1, Math.round(a.duration_ms ?? 1));
      lines.push(`    ${label(taskName(a))} :${tag(a)}a${a.sample}_${a.seq}, ${start}, ${end}`);
    }
  }
  return lines.join('\n');
}

/** Attempts per second over time, policy then no-retry baseline; null without a series. */
export function stormChart(storm: LedgerEntry['storm'][number]): string | null {
  if (storm.series.length < 2) return null;
  const step = Math.max(1, Math.ceil(storm.series.length / MERMAID_MAX_POINTS));
  const points = storm.series.filter((_, i) => i % step === 0);
  const first = points[0]!.t_seconds;
  const last = points.at(-1)!.t_seconds;
  const num = (n: number) => String(Math.round(n * 100) / 100);
  return [
    'xychart-beta',
    `  title "${label(`Attempts per second, chain ${storm.chain}`)}"`,
    `  x-axis "seconds" ${num(first)} --> ${num(last)}`,
    '  y-axis "attempts per second"',
    `  line [${points.map((p) => num(p.policy)).join(', ')}]`,
    `  line [${points.map((p) => num(p.baseline)).join(', ')}]`,
  ].join('\n');
}

function taskName(a: AttemptRecordOut): string {
  const what = a.status !== null ? `HTTP ${a.status}` : a.fault.replaceAll('_', ' ');
  const wait = a.retry_after_ms !== null ? ` retry-after ${Math.round(a.retry_after_ms)} ms` : '';
  return `attempt ${a.seq} ${what}${a.duration_ms === null ? ' no answer' : ''}${wait}`;
}

function tag(a: AttemptRecordOut): string {
  const ok = a.status !== null && a.status >= 200 && a.status < 300;
  if (ok && a.fault === 'ok') return 'done, ';
  if (ok) return 'active, ';
  return 'crit, ';
}

/** Keeps letters, digits, spaces and . _ - ( ) /; anything else becomes a space. */
export function label(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9 ._()/-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > 0 ? cleaned.slice(0, 80) : 'unnamed';
}
