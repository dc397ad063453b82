import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-in-process.js';
import { cleanEnv, NODE, ROOT, runProcess } from '../../helpers/spawn.js';
import { useTmpDir } from '../../helpers/tmp.js';

// The error-path options of `check`: usage errors and the reference driver in-process; the command
// driver through the bundled CLI, because it re-executes the gate to withhold credentials.

const CLI = 'dist/cli.js';
const tmp = useTmpDir();

interface LedgerVerdict {
  id: string;
  subject: string;
  status: string;
}
const verdictsIn = (out: string) =>
  (JSON.parse(readFileSync(join(out, 'ledger.json'), 'utf8')) as { verdicts: LedgerVerdict[] })
    .verdicts;

describe('check: error-path options', () => {
  it('rejects --driver command without --command (exit 2)', async () => {
    const result = await runCli([
      'check',
      '--config',
      'examples/basic.yaml',
      '--driver',
      'command',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--driver command needs --command/);
  });

  it('rejects an unknown scenario with the list of names (exit 2)', async () => {
    const result = await runCli([
      'check',
      '--config',
      'examples/basic.yaml',
      '--scenario',
      'throttle',
      '--out',
      tmp(),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /unknown scenario "throttle"; choose from: throttle-then-recover/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a sample count that is not a whole number (exit 2)', async () => {
    const result = await runCli(['check', '--config', 'examples/basic.yaml', '--samples', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected a whole number from 1 to 50/);
  });

  it('rejects a command concurrency outside 1 to 64 (exit 2)', async () => {
    const result = await runCli(['check', '--config', 'examples/basic.yaml', '--concurrency', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--concurrency.*expected a whole number from 1 to 64/);
  });

  it('runs only the selected scenario with the reference driver', async () => {
    const out = tmp();
    const result = await runCli([
      'check',
      '--config',
      'examples/basic.yaml',
      '--out',
      out,
      '--scenario',
      'terminal',
      '--samples',
      '3',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const scenarioVerdicts = verdictsIn(out).filter((v) => v.subject.includes('/scenario:'));
    expect(new Set(scenarioVerdicts.map((v) => v.subject))).toEqual(
      new Set(['chain:default/scenario:terminal']),
    );
    expect(scenarioVerdicts.find((v) => v.id === 'terminal_not_retried')?.status).toBe('pass');
  });

  it('fails the gate (exit 1) when the command retries a terminal status', async () => {
    const out = tmp();
    const command = `"${NODE}" test/fixtures/clients/policy-client.mjs --retry-terminal --backoff-ms=20`;
    const result = await runProcess(
      [
        CLI,
        'check',
        '--config',
        'examples/basic.yaml',
        '--out',
        out,
        '--driver',
        'command',
        '--command',
        command,
        '--scenario',
        'terminal',
        '--samples',
        '3',
        '--concurrency',
        '1',
      ],
      { env: cleanEnv() },
    );
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(
      /terminal_not_retried failed for chain:default\/scenario:terminal: a terminal status was retried/,
    );
    const ledger = JSON.parse(readFileSync(join(out, 'ledger.json'), 'utf8')) as {
      environment: { driver: string };
      chains: { scenarios: { timing: { concurrency: number; late_start_max_ms: number } }[] }[];
    };
    expect(ledger.environment.driver).toBe('command');
    // One sample process at a time, as asked, and how late they started is on record.
    const timing = ledger.chains[0]!.scenarios[0]!.timing;
    expect(timing.concurrency).toBe(1);
    expect(timing.late_start_max_ms).toBeGreaterThanOrEqual(0);
  });

  it('the action hands its driver and command inputs to the error path', async () => {
    const dir = tmp();
    const command = `"${NODE}" test/fixtures/clients/policy-client.mjs --retry-terminal --backoff-ms=20`;
    const result = await runProcess([join(ROOT, 'dist/index.js')], {
      env: cleanEnv({
        INPUT_CONFIG: 'examples/basic.yaml',
        'INPUT_OUT-DIR': join(dir, 'ledger'),
        INPUT_DRIVER: 'command',
        INPUT_COMMAND: command,
        INPUT_CONCURRENCY: '3',
      }),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const ledger = JSON.parse(readFileSync(join(dir, 'ledger', 'ledger.json'), 'utf8')) as {
      environment: { driver: string };
      verdicts: LedgerVerdict[];
      chains: { scenarios: { timing?: { concurrency: number } }[] }[];
    };
    expect(ledger.environment.driver).toBe('command');
    expect(ledger.chains[0]!.scenarios.map((s) => s.timing?.concurrency)).toContain(3);
    expect(
      ledger.verdicts.find(
        (v) => v.id === 'terminal_not_retried' && v.subject.endsWith('scenario:terminal'),
      )?.status,
    ).toBe('fail');
  });
});
