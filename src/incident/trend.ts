import type { LedgerEntry } from '../record/index.js';

// `ledger trend`: decisions, attempts and amplification over the entries of a history file, as
// a console table and a Mermaid chart for a job summary.

export interface TrendRow {
  timestamp: string;
  ledger_id: string;
  origin: 'gate' | 'recorded';
  decision: string;
  paused: boolean;
  passed: boolean;
  /** Most attempts one caller request made (retries + 1). */
  attempts: number;
  /** Largest storm amplification of the entry; null when no storm ran. */
  amplification: number | null;
}

export function trendRows(entries: readonly LedgerEntry[]): TrendRow[] {
  return entries
    .map((e) => ({
      timestamp: e.timestamp,
      ledger_id: e.ledger_id,
      origin: e.origin ?? 'gate',
      decision: e.fallback_decision,
      paused: e.decision_paused,
      passed: e.passed,
      attempts: e.retry_attempts + 1,
      amplification: e.storm.length > 0 ? Math.max(...e.storm.map((s) => s.amplification)) : null,
    }))
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

export function renderTrendTable(rows: readonly TrendRow[]): string {
  const header = ['when', 'ledger', 'origin', 'decision', 'result', 'attempts', 'amplification'];
  const body = rows.map((r) => [
    r.timestamp.replace(/\.\d+Z$/, 'Z'),
    r.ledger_id,
    r.origin,
    `${r.decision}${r.paused ? ' (paused)' : ''}`,
    r.passed ? 'passed' : 'failed',
    String(r.attempts),
    r.amplification === null ? '-' : r.amplification.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.decision, (counts.get(r.decision) ?? 0) + 1);
  return [
    line(header),
    ...body.map(line),
    '',
    `${rows.length} entries: ${[...counts].map(([d, n]) => `${d} ${n}`).join(', ')}; ${rows.filter((r) => !r.passed).length} failed, ${rows.filter((r) => r.paused).length} paused`,
    '',
  ].join('\n');
}

/** At most this many runs are drawn (the latest). */
export const TREND_MAX_POINTS = 60;

export function renderTrendMermaid(rows: readonly TrendRow[]): string {
  const shown = rows.slice(-TREND_MAX_POINTS);
  const labels = shown.map((r) => `"${r.timestamp.slice(5, 16).replace('T', ' ')}"`);
  const attempts = shown.map((r) => r.attempts);
  const amplification = shown.map((r) =>
    r.amplification === null ? 0 : Number(r.amplification.toFixed(2)),
  );
  const top = Math.max(1, ...attempts, ...amplification);
  const chart = [
    '```mermaid',
    'xychart-beta',
    '  title "Attempts per request (bars) and storm amplification (line)"',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "per caller request" 0 --> ${Math.ceil(top)}`,
    `  bar [${attempts.join(', ')}]`,
    `  line [${amplification.join(', ')}]`,
    '```',
  ];
  const decisions = shown.map(
    (r) =>
      `| ${r.timestamp.replace(/\.\d+Z$/, 'Z')} | \`${r.decision}\`${r.paused ? ' (paused)' : ''} | ${r.passed ? 'passed' : 'failed'} | ${r.origin} |`,
  );
  return [
    '## fallback-gate trend',
    '',
    ...chart,
    '',
    '| when | decision | result | origin |',
    '| --- | --- | --- | --- |',
    ...decisions,
    '',
    'Amplification 0 means no storm simulation ran in that entry.',
    '',
  ].join('\n');
}
