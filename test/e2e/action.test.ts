import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runActionInProcess } from '../helpers/action-in-process.js';
import { cleanEnv, NODE, ROOT, runProcess } from '../helpers/spawn.js';
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
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it("re-executes without credentials, so a command finds no key in the gate's /proc environ", async () => {
    const dir = tmp();
    const key = 'key-Environ-Action-5Tg8Mw3Qz';
    const report = join(dir, 'report.jsonl');
    const config = writeFile(
      dir,
      'routing.yaml',
      `routes:
  - { name: primary, endpoint_family: chat_completions, base_url: "https://a.example/v1", model: m, api_key_env: ROUTE_CRED_VAR, timeout_ms: 2000 }
budget: { max_attempts_per_request: 4 }
owners: { operator_initials: FG, follow_up_owner: oncall }
`,
    );
    // The command input is in the gate's environ too, so the key it looks for is in a file.
    const reader = writeFile(
      dir,
      'reader.mjs',
      `process.argv.splice(2, Infinity, ${JSON.stringify(report)}, ${JSON.stringify(key)});\n` +
        `await import(${JSON.stringify(pathToFileURL(join(ROOT, 'test/fixtures/clients/environ-reader.mjs')).href)});\n`,
    );
    const result = await runProcess([join(process.cwd(), 'dist/index.js')], {
      env: cleanEnv({
        INPUT_CONFIG: config,
        'INPUT_OUT-DIR': join(dir, 'ledger'),
        INPUT_UPSTREAM: 'mock',
        INPUT_DRIVER: 'command',
        INPUT_COMMAND: `"${NODE}" "${reader}"`,
        INPUT_CONCURRENCY: '4',
        ROUTE_CRED_VAR: key,
      }),
      timeoutMs: 90_000,
    });
    expect(result.stdout + result.stderr).not.toMatch(/internal error|no process\.execve/);
    expect(existsSync(report), result.stdout + result.stderr).toBe(true);
    const seen = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { readable: number; found: boolean });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    // The reader did reach the gate's environ (the test can fail) and found no key there.
    for (const s of seen) expect(s.readable).toBeGreaterThanOrEqual(2);
    expect(seen.filter((s) => s.found)).toEqual([]);
    expect(readFileSync(join(dir, 'ledger', 'ledger.json'), 'utf8')).not.toContain(key);
  });
});

describe('the action run in-process', () => {
  it('fails the step with exit 1 when the budget is exceeded', async () => {
    const dir = tmp();
    const outputs = writeFile(dir, 'output.txt', '');
    const result = await runActionInProcess({
      cwd: process.cwd(),
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

  it('masks every secret of the run before it prints anything: keys the config names and keys in its URLs', async () => {
    const dir = tmp();
    const urlKey = 'planted-url-key-7Yx2Lw';
    const namedKey = 'planted-env-value-Q4z9Rt';
    const basic = readFileSync(join(ROOT, 'examples/basic.yaml'), 'utf8');
    const config = writeFile(
      dir,
      'cfg.yaml',
      basic
        .replace(
          'base_url: https://api.openai.com/v1',
          `base_url: https://api.openai.com/v1?api-key=${urlKey}`,
        )
        // A variable whose name does not look like a credential: masked because a route names it.
        .replace('api_key_env: OPENAI_API_KEY', 'api_key_env: ROUTER_PRIMARY'),
    );
    const result = await runActionInProcess({
      cwd: process.cwd(),
      env: cleanEnv({
        INPUT_CONFIG: config,
        'INPUT_OUT-DIR': join(dir, 'l'),
        INPUT_UPSTREAM: 'mock',
        ROUTER_PRIMARY: namedKey,
      }),
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    const firstMask = (value: string) => lines.indexOf(`::add-mask::${value}`);
    expect(firstMask(urlKey)).toBeGreaterThanOrEqual(0);
    expect(firstMask(namedKey)).toBeGreaterThanOrEqual(0);
    // Masked before the first line that is not a mask: nothing printed earlier could hold them.
    const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
    expect(firstMask(urlKey)).toBeLessThan(firstOther);
    expect(firstMask(namedKey)).toBeLessThan(firstOther);
    // And no other line, nor the ledger, carries either.
    const leaks = lines.filter(
      (l) => !l.startsWith('::add-mask::') && (l.includes(urlKey) || l.includes(namedKey)),
    );
    expect(leaks).toEqual([]);
    const ledger = readFileSync(join(dir, 'l', 'ledger.json'), 'utf8');
    expect(ledger).not.toContain(urlKey);
    expect(ledger).not.toContain(namedKey);
  });
});
