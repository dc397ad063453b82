import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commandEnvironment,
  PLACEHOLDER_KEY,
  runCommandSample,
} from '../../src/probe/drivers/command.js';
import { route } from '../probe/error-path/fixtures.js';
import { cleanEnv, NODE, runProcess } from '../helpers/spawn.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// What the user's command can reach: no credential under any name, no process that outlives
// its sample, and no key in the gate's own /proc environ.

const tmp = useTmpDir();

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\S+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}

describe('the command driver', () => {
  it('replaces every credential-named variable, wherever the word is in the name', () => {
    const env = commandEnvironment({
      baseEnv: {
        OTHER_SECRET_V2: 'real-secret-v2-value',
        KEY_MATERIAL_B64: 'real-key-material',
        DB_PASSWORD_OLD: 'real-password',
        PATH: '/usr/bin',
      },
      routes: [{ route: route('primary'), baseUrl: 'http://127.0.0.1:1/v1' }],
      scenario: 's',
      chain: 'c',
      sample: 0,
      deadlineMs: 1000,
    });
    expect(env.OTHER_SECRET_V2).toBe(PLACEHOLDER_KEY);
    expect(env.KEY_MATERIAL_B64).toBe(PLACEHOLDER_KEY);
    expect(env.DB_PASSWORD_OLD).toBe(PLACEHOLDER_KEY);
    expect(env.PATH).toBe('/usr/bin');
  });

  it('kills a setsid grandchild that left the process group when the sample ends', async () => {
    const dir = tmp();
    const pidFile = join(dir, 'pid');
    const result = await runCommandSample(
      `setsid sh -c 'echo $$ > "${pidFile}"; exec sleep 30' & sleep 0.2; exit 0`,
      cleanEnv(),
      {
        deadlineMs: 10_000,
      },
    );
    expect(result.exitCode).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    expect(pid).toBeGreaterThan(1);
    const until = Date.now() + 2_000;
    while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const survived = alive(pid);
    if (survived) process.kill(pid, 'SIGKILL'); // never leave it behind, even when failing
    expect(survived).toBe(false);
  });

  it("cannot find a key in the gate's /proc environ (bundled CLI)", async () => {
    const dir = tmp();
    const key = 'key-Environ-7Hq2Lx9Wv4';
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
    const result = await runProcess(
      [
        'dist/cli.js',
        'check',
        '--config',
        config,
        '--out',
        join(dir, 'out'),
        '--upstream',
        'mock',
        '--no-storm',
        '--driver',
        'command',
        '--scenario',
        'throttle-then-recover',
        '--samples',
        '3',
        '--command',
        `"${NODE}" test/fixtures/clients/environ-reader.mjs "${report}" "${key}"`,
      ],
      { env: cleanEnv({ ROUTE_CRED_VAR: key }), timeoutMs: 60_000 },
    );
    expect(result.stderr).not.toMatch(/internal error/);
    expect(existsSync(report)).toBe(true);
    const seen = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { readable: number; found: boolean });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    // The reader did reach the gate's environ (the test can fail) and found no key there.
    for (const s of seen) expect(s.readable).toBeGreaterThanOrEqual(2);
    expect(seen.filter((s) => s.found)).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'ledger.json'), 'utf8')).not.toContain(key);
  });
});
