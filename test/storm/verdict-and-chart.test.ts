import { describe, expect, it } from 'vitest';
import { judge } from '../../src/judge/judge.js';
import { stormVerdicts } from '../../src/judge/verdicts.js';
import { runStorms } from '../../src/storm/run-storms.js';
import { stormScenario } from '../../src/storm/scenario.js';
import { stormRecord } from '../../src/record/build-ledger.js';
import { stormChart } from '../../src/record/render-mermaid.js';
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

  it('passes within the budget, is unknown without a budget, and claims nothing without a simulation', () => {
    const within = planWith(2, 3);
    expect(stormVerdicts(within, runStorms(within, undefined))[0]!.status).toBe('pass');
    const unbounded = planWith(2, null);
    expect(stormVerdicts(unbounded, runStorms(unbounded, undefined))[0]!.status).toBe('unknown');
    expect(stormVerdicts(within, runStorms(within, null))).toEqual([]);
  });
});

describe('storm chart', () => {
  const plan = planWith(4, 2);
  const storm = runStorms(plan, stormScenario({ outage: { durationMs: 30_000 } }))[0]!;

  it('is a Mermaid xychart with one policy line and one baseline line of equal length', () => {
    const record = stormRecord(storm);
    const lines = stormChart(record)!.split('\n');
    expect(lines[0]).toMatch(/^%%\{init: .*\}%%$/);
    expect(lines[1]).toBe('xychart-beta');
    const series = lines.filter((l) => l.trim().startsWith('line ['));
    expect(series).toHaveLength(2);
    const values = series.map((l) => JSON.parse(l.trim().slice('line '.length)) as number[]);
    expect(values[0]!.length).toBe(values[1]!.length);
    expect(values[0]!.length).toBeGreaterThan(1);
    expect(Math.max(...values[0]!)).toBeGreaterThan(Math.max(...values[1]!));
    expect(lines.find((l) => l.includes('x-axis'))).toMatch(
      /x-axis "seconds since the outage began" [\d.]+ --> [\d.]+$/,
    );
  });

  it('keeps chain names from breaking out of the chart title', () => {
    const hostile = { ...stormRecord(storm), chain: 'a"b|<script>' };
    const chart = stormChart(hostile)!;
    expect(chart).not.toContain('<script>');
    expect(chart.split('\n')[2]).toMatch(/^ {2}title "[^"]*"$/);
  });

  it('renders nothing when the simulation has no series', () => {
    expect(stormChart({ ...stormRecord(storm), series: [] })).toBeNull();
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
