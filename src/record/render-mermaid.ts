import type { AttemptRecordOut, LedgerEntry, ScenarioRecord } from './ledger-schema.js';

// Mermaid diagrams for the Markdown ledger: a gantt chart of one caller request's attempts (time
// on the axis, one section per route) and an xychart of attempts per second in the storm
// simulation. Both set their colours explicitly (the viewer's theme would otherwise pick pale
// ones that vanish on one background or the other) and the Markdown beside them carries the
// legend. Labels are reduced to characters that carry no Mermaid meaning (no colons, semicolons,
// hashes, quotes or backticks), so nothing from a config can end a line or the fence early.

/** At most this many attempts are drawn in one timeline. */
export const MERMAID_MAX_TASKS = 40;
/** At most this many points are drawn in one storm chart. */
export const MERMAID_MAX_POINTS = 60;
/** The shortest bar, as a share of the axis: a 2 ms attempt on a 3 s axis would be invisible. */
export const MIN_BAR_SHARE = 1 / 80;

// Colours that keep their contrast on GitHub's white and its dark (#0d1117) background.
const RED = '#cf222e';
const GREEN = '#1a7f37';
const AMBER = '#bf8700';
const BLUE = '#0969da';
const GREY = '#6e7781';

export const GANTT_LEGEND =
  'Bars: 🟥 an attempt that failed (error status, reset, or hang) · 🟨 an HTTP 200 the caller could not use · 🟩 a usable answer. ' +
  'Each bar is drawn at least 1/80 of the axis wide so that a 2 ms attempt stays visible; a hang is drawn until the caller gave up. Times are seconds since the caller request started.';

export const STORM_LEGEND =
  'Lines: 🟥 attempts per second under the declared retry policy · 🟦 the same callers with no retries (the baseline).';

const GANTT_INIT = `%%{init: ${JSON.stringify({
  theme: 'base',
  themeVariables: {
    fontFamily: 'sans-serif',
    critBkgColor: RED,
    critBorderColor: RED,
    doneTaskBkgColor: GREEN,
    doneTaskBorderColor: GREEN,
    activeTaskBkgColor: AMBER,
    activeTaskBorderColor: AMBER,
    taskTextColor: '#ffffff',
    taskTextLightColor: '#ffffff',
    taskTextDarkColor: '#ffffff',
    taskTextOutsideColor: GREY,
    taskTextClickableColor: GREY,
    sectionBkgColor: 'rgba(110,119,129,0.12)',
    altSectionBkgColor: 'rgba(110,119,129,0.04)',
    sectionBkgColor2: 'rgba(110,119,129,0.12)',
    gridColor: GREY,
    titleColor: GREY,
    textColor: GREY,
  },
})}}%%`;

const STORM_INIT = `%%{init: ${JSON.stringify({
  theme: 'base',
  themeVariables: {
    xyChart: {
      plotColorPalette: `${RED}, ${BLUE}`,
      titleColor: GREY,
      xAxisLabelColor: GREY,
      xAxisTitleColor: GREY,
      xAxisLineColor: GREY,
      xAxisTickColor: GREY,
      yAxisLabelColor: GREY,
      yAxisTitleColor: GREY,
      yAxisLineColor: GREY,
      yAxisTickColor: GREY,
    },
  },
})}}%%`;

/** The attempts of the scenario's first caller request as a gantt chart; null when none was recorded. */
export function attemptGantt(scenario: ScenarioRecord): string | null {
  const first = scenario.timeline[0]?.sample;
  if (first === undefined) return null;
  const attempts = scenario.timeline.filter((a) => a.sample === first).slice(0, MERMAID_MAX_TASKS);
  const bars = attempts.map((a, i) => ({ a, ...bar(a, attempts[i + 1]) }));
  const span = Math.max(1, ...bars.map((b) => b.end));
  const minWidth = Math.max(1, Math.ceil(span * MIN_BAR_SHARE));
  const lines = [
    GANTT_INIT,
    'gantt',
    `  title ${label(`${scenario.name} caller request ${first + 1} of ${scenario.samples}`)}`,
    '  dateFormat x',
    // %s is seconds since the epoch, and the chart's epoch is the request's start: unlike %S it
    // keeps counting past 60 s, and no time zone shifts it.
    `  axisFormat ${span < 10_000 ? '%s.%L' : '%s'} s`,
    '  todayMarker off',
  ];
  const routes = [...new Set(attempts.map((a) => a.route))];
  for (const route of routes) {
    lines.push(`  section ${label(route)}`);
    for (const b of bars.filter((x) => x.a.route === route)) {
      const start = Math.max(0, Math.round(b.a.at_ms));
      const end = Math.max(start + minWidth, Math.round(b.end));
      lines.push(
        `    ${label(`${b.a.seq} ${b.what}`)} :${tag(b.a)}a${b.a.sample + 1}_${b.a.seq}, ${start}, ${end}`,
      );
    }
  }
  return lines.join('\n');
}

/** Where an attempt's bar ends and what its label says. */
function bar(
  a: AttemptRecordOut,
  next: AttemptRecordOut | undefined,
): { end: number; what: string } {
  const wait = a.retry_after_ms !== null ? ` retry-after ${Math.round(a.retry_after_ms)} ms` : '';
  if (a.duration_ms !== null) {
    return { end: a.at_ms + a.duration_ms, what: `${statusLabel(a)}${wait}` };
  }
  const gaveUp = a.abandoned_after_ms ?? null;
  if (gaveUp !== null) {
    return {
      end: a.at_ms + gaveUp,
      what: `${statusLabel(a)} caller gave up after ${Math.round(gaveUp)} ms`,
    };
  }
  if (next && a.fault === 'hang') {
    // Not recorded: the caller had given up by the time it sent its next attempt.
    return { end: next.at_ms, what: `${statusLabel(a)} caller gave up before the next attempt` };
  }
  return { end: a.at_ms, what: `${statusLabel(a)} no answer` };
}

const UNUSABLE_200: Record<string, string> = {
  malformed_json: 'malformed JSON',
  wrong_family: 'wrong family body',
  empty_output: 'empty output',
  html: 'HTML page',
  truncate: 'truncated body',
  slow_stream: 'slow stream',
};

/** What the caller got: the status and, for a 2xx, what kind of body it was. */
export function statusLabel(a: AttemptRecordOut): string {
  if (a.status === null) {
    if (a.fault === 'reset') return 'connection reset';
    if (a.fault === 'hang') return 'hang';
    return a.fault.replaceAll('_', ' ');
  }
  const ok = a.status >= 200 && a.status < 300;
  if (!ok) return `HTTP ${a.status}`;
  if (a.fault === 'ok') return `HTTP ${a.status} usable`;
  return `HTTP ${a.status} ${UNUSABLE_200[a.fault] ?? a.fault.replaceAll('_', ' ')} (unusable)`;
}

function tag(a: AttemptRecordOut): string {
  const ok = a.status !== null && a.status >= 200 && a.status < 300;
  if (ok && a.fault === 'ok') return 'done, ';
  if (ok) return 'active, ';
  return 'crit, ';
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
    STORM_INIT,
    'xychart-beta',
    `  title "${label(`Attempts per second, chain ${storm.chain}`)}"`,
    `  x-axis "seconds since the outage began" ${num(first)} --> ${num(last)}`,
    '  y-axis "attempts per second"',
    `  line [${points.map((p) => num(p.policy)).join(', ')}]`,
    `  line [${points.map((p) => num(p.baseline)).join(', ')}]`,
  ].join('\n');
}

/** Keeps letters, digits, spaces and . _ - ( ) /; anything else becomes a space. */
export function label(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9 ._()/-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > 0 ? cleaned.slice(0, 80) : 'unnamed';
}
