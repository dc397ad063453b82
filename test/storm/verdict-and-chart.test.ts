import { describe, expect, it } from 'vitest';
import { judge } from '../../src/judge/judge.js';
import { stormVerdicts } from '../../src/judge/storm.js';
import { runStorms } from '../../src/probe/storm/run-storms.js';
import { stormScenario } from '../../src/probe/storm/scenario.js';
import { renderStormSection, stormChartFor } from '../../src/record/render-storm.js';
import { stormRecordOf } from '../../src/record/storm-record.js';
import { planOf, retryYaml, ROUTE_A } from './plans.js';

function planWith(maxAttempts: number, maxAmplification: number | null) {
  return planOf(
    `routes:\n  - ${ROUTE_A}\nretry: ${retryYaml({ max_attempts: maxAttempts, initial_backoff_ms: 1000 })}\n` +
      `budget: { max_attempts_per_request: 4, max_amplification: ${JSON.stringify(maxAmplification)} }\n`,
  );
}

describe('storm verdict', () => {
  it('fails a chain whose amplification is over max_amplification, with the figure', () => {
    const plan = planWith(4, 2);
    const [verdict] = stormVerdicts(plan, runStorms(plan, undefined));
    expect(verdict).toMatchObject({
      id: 'amplification_within_budget',
      status: 'fail',
      figures: {
        amplification: 4,
        budget: 2,
        callers: 1000,
        baseline_peak_attempts_per_second: 100,
      },
    });
    expect(verdict!.reason).toMatch(/^amplification 4 is over the budget of 2/);
  });

  it('fails the whole gate on amplification alone, even when each request is within budget', () => {
    const plan = planWith(4, 2);
    const judgement = judge({
      plan,
      analysis: { findings: [], change: null },
      observations: { happyPath: [], errorPath: [], storm: runStorms(plan, undefined) },
    });
    expect(judgement.passed).toBe(false);
    expect(judgement.failures.join('\n')).toMatch(
      /chain:default: amplification 4 is over the budget of 2/,
    );
  });

  it('passes within the budget, and is unknown without a budget or without a simulation', () => {
    const within = planWith(2, 3);
    expect(stormVerdicts(within, runStorms(within, undefined))[0]!.status).toBe('pass');
    const unbounded = planWith(2, null);
    expect(stormVerdicts(unbounded, runStorms(unbounded, undefined))[0]!.status).toBe('unknown');
    const skipped = stormVerdicts(within, runStorms(within, null));
    expect(skipped).toEqual([
      expect.objectContaining({
        status: 'unknown',
        reason: 'the retry-storm simulation was not run',
      }),
    ]);
  });
});

describe('storm chart', () => {
  const plan = planWith(4, 2);
  const storm = runStorms(plan, stormScenario({ outage: { durationMs: 30_000 } }))[0]!;

  it('is a Mermaid xychart with one policy line and one baseline line of equal length', () => {
    const chart = stormChartFor(storm);
    const lines = chart.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toBe('xychart-beta');
    expect(lines.at(-1)).toBe('```');
    const series = lines.filter((l) => l.trim().startsWith('line ['));
    expect(series).toHaveLength(2);
    const values = series.map((l) => JSON.parse(l.trim().slice('line '.length)) as number[]);
    expect(values[0]).toEqual(storm.series.map((p) => p.policy));
    expect(values[1]).toEqual(storm.series.map((p) => p.baseline));
    expect(lines.find((l) => l.includes('y-axis'))).toMatch(
      /y-axis "attempts per second" 0 --> \d+$/,
    );
    expect(lines.find((l) => l.includes('x-axis'))).toMatch(/x-axis "[^"]+" 0 --> \d+$/);
  });

  it('keeps chain names from breaking out of the chart title or the table', () => {
    const hostile = { ...stormRecordOf(storm), chain: 'a"b|<script>' };
    const text = renderStormSection([hostile]).join('\n');
    expect(text).toContain('title "Attempts per second, chain a_b__script_"');
    expect(text).not.toContain('<script>');
  });

  it('renders nothing when the simulation did not run', () => {
    expect(renderStormSection(undefined)).toEqual([]);
  });
});

describe('storm bounds', () => {
  it('simulates fewer callers when the worst case is huge, and says how many', () => {
    const plan = planOf(
      `routes:\n  - ${ROUTE_A}\nretry: ${retryYaml({ max_attempts: 100, initial_backoff_ms: 0, max_elapsed_ms: null })}\n` +
        `layers:\n  - { name: app, retry: ${retryYaml({ max_attempts: 100, initial_backoff_ms: 0, max_elapsed_ms: null })} }\n` +
        `  - { name: sdk, retry: ${retryYaml({ max_attempts: 100, initial_backoff_ms: 0, max_elapsed_ms: null })} }\n` +
        'budget: { max_attempts_per_request: 1000000 }\n',
    );
    const started = performance.now();
    const [storm] = runStorms(plan, stormScenario({ callers: 1000 }));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(storm!.callers).toBe(10);
    // Fast 503s every 20 ms: each caller retries until the 30 s outage ends.
    expect(storm!.amplification).toBeGreaterThan(1000);
    expect(storm!.amplification).toBeLessThan(2000);
    expect(stormVerdicts(plan, [storm!])[0]!.reason).toMatch(
      /is over the budget of 3: 10 simulated callers/,
    );
  });
});
