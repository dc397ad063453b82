import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerEntrySchema } from '../../src/record/ledger-schema.js';
import { runCli } from '../helpers/cli-in-process.js';
import { useTmpDir } from '../helpers/tmp.js';

const tmp = useTmpDir();

describe('the storm gate (check, in-process)', () => {
  it('fails the storm-prone example with exit 1 and the amplification figure', async () => {
    const out = tmp();
    const result = await runCli(['check', '--config', 'examples/storm-prone.yaml', '--out', out]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(
      /amplification 4 is over the budget of 2: 1000 simulated callers/,
    );
    const ledger = ledgerEntrySchema.parse(
      JSON.parse(readFileSync(join(out, 'ledger.json'), 'utf8')),
    );
    expect(ledger.storm).toEqual([
      expect.objectContaining({
        chain: 'default',
        callers: 1000,
        amplification: 4,
        baseline_peak_attempts_per_second: 100,
        shares: { usable: 0, controlled_failure: 1, over_budget: 0 },
      }),
    ]);
    expect(ledger.storm[0]!.series.length).toBeLessThanOrEqual(60);
    const markdown = readFileSync(join(out, 'ledger.md'), 'utf8');
    expect(markdown).toMatch(/```mermaid\n%%\{init: .*\}%%\nxychart-beta/);
  });

  it('applies the storm options: fewer callers and a throttle outage', async () => {
    const out = tmp();
    const result = await runCli([
      'check',
      '--config',
      'examples/storm-prone.yaml',
      '--out',
      out,
      '--storm-callers',
      '200',
      '--storm-shape',
      'throttle',
      '--storm-outage-ms',
      '5000',
      '--storm-seed',
      '9',
    ]);
    expect(result.code).toBe(1);
    const ledger = ledgerEntrySchema.parse(
      JSON.parse(readFileSync(join(out, 'ledger.json'), 'utf8')),
    );
    expect(ledger.storm[0]).toMatchObject({
      callers: 200,
      outage: { shape: 'throttle', duration_ms: 5000 },
      seed: 9,
    });
  });

  it('with --no-storm claims no amplification verdict and lists it as uncertain', async () => {
    const out = tmp();
    const result = await runCli([
      'check',
      '--config',
      'examples/storm-prone.yaml',
      '--out',
      out,
      '--no-storm',
    ]);
    expect(result.code).toBe(0);
    const ledger = ledgerEntrySchema.parse(
      JSON.parse(readFileSync(join(out, 'ledger.json'), 'utf8')),
    );
    expect(ledger.storm).toEqual([]);
    expect(ledger.verdicts.find((v) => v.id === 'amplification_within_budget')).toBeUndefined();
    expect(ledger.remaining_uncertainty).toContain(
      'no retry-storm simulation ran: amplification under an outage is unverified',
    );
  });

  it.each([
    ['--storm-callers', '0'],
    ['--storm-callers', 'many'],
    ['--storm-outage-ms', '-5'],
    ['--storm-shape', 'meteor'],
  ])('rejects %s %s with exit 2 and no stack trace', async (flag, value) => {
    const result = await runCli([
      'check',
      '--config',
      'examples/storm-prone.yaml',
      '--out',
      tmp(),
      flag,
      value,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(flag);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
