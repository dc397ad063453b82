import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, runProcess } from '../helpers/spawn.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

const tmp = useTmpDir();

/** Reads the runner's GITHUB_OUTPUT file format (name<<delimiter … delimiter). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
    out[name!] = value.join('\n');
  }
  return out;
}

describe('dist/index.js run the way the runner runs it', () => {
  it('sets the outputs and appends the job summary for a passing config', async () => {
    const dir = tmp();
    const outputs = writeFile(dir, 'output.txt', '');
    const summary = writeFile(dir, 'summary.md', '');
    const result = await runProcess([join(process.cwd(), 'dist/index.js')], {
      cwd: process.cwd(),
      env: cleanEnv({
        INPUT_CONFIG: 'examples/basic.yaml',
        'INPUT_OUT-DIR': join(dir, 'ledger'),
        INPUT_UPSTREAM: 'auto',
        GITHUB_OUTPUT: outputs,
        GITHUB_STEP_SUMMARY: summary,
      }),
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const values = parseOutputs(readFileSync(outputs, 'utf8'));
    expect(values).toMatchObject({
      decision: 'keep_primary',
      passed: 'true',
      'ledger-path': join(dir, 'ledger', 'ledger.json'),
    });
    expect(values['ledger-id']).toMatch(/^[0-9A-Z]{26}$/);
    expect(readFileSync(summary, 'utf8')).toMatch(/fallback-gate passed: `keep_primary`/);
    // The log folds like the pipeline: one group per stage, each closed before the next opens.
    const groups = result.stdout
      .split('\n')
      .filter((l) => l.startsWith('::group::') || l.startsWith('::endgroup::'));
    expect(groups.filter((l) => l.startsWith('::group::'))).toEqual(
      ['plan', 'probe', 'judge', 'record', 'publish', 'publish to GitHub (artifact, comment)'].map(
        (s) => `::group::fallback-gate: ${s}`,
      ),
    );
    expect(groups.join('\n')).toMatch(/^(::group::[^\n]+\n::endgroup::\n?)+$/);
    expect(result.stdout).toMatch(
      /fallback-gate \[[\d.]+ s\] probe: scenario default\/timeout done/,
    );
  });

  it('fails the step with exit 1 when the budget is exceeded', async () => {
    const dir = tmp();
    const outputs = writeFile(dir, 'output.txt', '');
    const result = await runProcess([join(process.cwd(), 'dist/index.js')], {
      env: cleanEnv({
        INPUT_CONFIG: 'examples/retry-storm.yaml',
        'INPUT_OUT-DIR': join(dir, 'l'),
        GITHUB_OUTPUT: outputs,
      }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::fallback-gate failed: .*24 upstream attempts/);
    expect(parseOutputs(readFileSync(outputs, 'utf8'))).toMatchObject({
      decision: 'escalate',
      passed: 'false',
    });
  });

  it('annotates a config error at its line and exits 2', async () => {
    const dir = tmp();
    const config = writeFile(dir, 'cfg.yaml', 'routes:\n  - name: x\n    model: m\n');
    const result = await runProcess([join(process.cwd(), 'dist/index.js')], {
      env: cleanEnv({ INPUT_CONFIG: config, 'INPUT_OUT-DIR': join(dir, 'l') }),
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      `::error title=fallback-gate config error,file=${config},line=2,col=5::`,
    );
  });
});
