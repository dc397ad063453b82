import type { StormResult } from '../probe/types.js';
import { stormRecordOf, type StormRecord } from './storm-record.js';

// The storm as a picture: attempts per second over time, the policy against a no-retry
// baseline, as a Mermaid xychart (GitHub renders it in comments and job summaries).

/** Mermaid xychart-beta has no legend: the lines are named in the sentence above the chart. */
export function stormChart(storm: StormRecord): string {
  const points = storm.series;
  const top = Math.max(1, ...points.map((p) => Math.max(p.policy, p.baseline)));
  const title = `Attempts per second, chain ${safeLabel(storm.chain)}`;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    // A numeric range rather than category labels: the points are evenly spaced in time.
    `    x-axis "seconds since the outage began" 0 --> ${Math.max(1, points.at(-1)?.t_s ?? 1)}`,
    `    y-axis "attempts per second" 0 --> ${Math.ceil(top * 1.1)}`,
    `    line [${points.map((p) => p.policy).join(', ')}]`,
    `    line [${points.map((p) => p.baseline).join(', ')}]`,
    '```',
  ].join('\n');
}

export function stormChartFor(storm: StormResult): string {
  return stormChart(stormRecordOf(storm));
}

/** The Markdown section for every simulated chain: figures, then the chart; nothing when absent. */
export function renderStormSection(storms: readonly StormRecord[] | undefined): string[] {
  if (!storms || storms.length === 0) return [];
  const lines = [
    '',
    '**Retry storm (simulated)**: a population of callers against an outage, running the declared policy in virtual time.',
    '',
    '| chain | callers | outage | attempts per request | peak attempts/s (no-retry baseline) | drain after recovery | usable / controlled failure / over budget |',
    '| --- | ---: | --- | ---: | ---: | ---: | --- |',
  ];
  for (const s of storms) {
    lines.push(
      `| ${cell(s.chain)} | ${s.callers} | ${s.outage_shape} ${seconds(s.outage_ms)} | ${s.amplification} | ${s.peak_attempts_per_second} (${s.baseline_peak_attempts_per_second}) | ${seconds(s.drain_ms)} | ${percent(s.share_usable)} / ${percent(s.share_controlled_failure)} / ${percent(s.share_over_budget)} |`,
    );
  }
  for (const s of storms) {
    lines.push('');
    lines.push(
      `Chain \`${cell(s.chain).replaceAll('`', "'")}\`, seed ${s.seed}: the upper line is the policy, the lower one the same callers without any retry.`,
    );
    lines.push('');
    lines.push(stormChart(s));
  }
  return lines;
}

function cell(text: string): string {
  return text.replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('|', '\\|');
}

function seconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}

/** Mermaid titles are quoted strings: keep only characters that cannot end or break them. */
function safeLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._-]/g, '_').slice(0, 60);
}
