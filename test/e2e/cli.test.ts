import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMockProvider } from '../../src/mock/server.js';
import { ledgerEntrySchema } from '../../src/record/ledger-schema.js';
import { runCli } from '../helpers/cli-in-process.js';
import { cleanEnv, NODE, ROOT, runProcess } from '../helpers/spawn.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

const CLI = 'dist/cli.js';
const tmp = useTmpDir();

const SEED_FIELDS = [
  'ledger_id',
  'timestamp',
  'endpoint_family',
  'request_id',
  'status_class',
  'retry_attempts',
  'fallback_decision',
  'operator_initials',
  'follow_up_owner',
  'evidence_links',
];

describe('fallback-gate check (in-process)', () => {
  it('reports progress on stderr, never on stdout, and nothing under --quiet', async () => {
    const loud = await runCli(['check', '--config', 'examples/basic.yaml', '--out', tmp()]);
    // Progress is the subject here, not the verdict (a loaded machine may fail a timing check).
    expect([0, 1], loud.stderr).toContain(loud.code);
    for (const stage of ['plan', 'probe', 'judge', 'record', 'publish']) {
      expect(loud.stderr).toMatch(new RegExp(`^fallback-gate \\[[\\d.]+ s\\] ${stage}: `, 'm'));
    }
    expect(loud.stderr).toMatch(/scenario default\/throttle-then-recover done \(\d+\/\d+\)/);
    expect(loud.stdout).not.toContain('fallback-gate [');
    const quiet = await runCli([
      'check',
      '--quiet',
      '--config',
      'examples/basic.yaml',
      '--out',
      tmp(),
    ]);
    expect([0, 1]).toContain(quiet.code);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/^fallback-gate (PASSED|FAILED)/);
  });

  it('fails the retry-storm example with exit 1 and the worst-case figure', async () => {
    const out = tmp();
    const result = await runCli(['check', '--config', 'examples/retry-storm.yaml', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/24 upstream attempts, over the budget of 6/);
  });

  it('exits 2 with usage help when --config is missing', async () => {
    const result = await runCli(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/required option '-c, --config <file>'/);
  });

  it('names a mistyped option and suggests the right one, before asking for --config', async () => {
    for (const command of ['check', 'plan']) {
      const result = await runCli([command, '--confg', 'examples/basic.yaml']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/unknown option '--confg'\n\(Did you mean --config\?\)/);
      expect(result.stderr).not.toContain('required option');
    }
  });
});

// The smoke tests of the bundled CLI (dist/cli.js, rebuilt with `npm run build`), spawned as a
// user runs it: a pass, config errors, help and version, and no secret in any output.
describe('fallback-gate check (bundled CLI)', () => {
  it('passes the basic example and writes a ledger with every seed field', async () => {
    const out = tmp();
    const result = await runProcess([
      CLI,
      'check',
      '--config',
      'examples/basic.yaml',
      '--out',
      out,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`ledger: ${join(out, 'ledger.json')}`);
    const ledger = JSON.parse(readFileSync(join(out, 'ledger.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const field of SEED_FIELDS) expect(ledger, field).toHaveProperty(field);
    expect(ledgerEntrySchema.safeParse(ledger).success).toBe(true);
    expect(ledger.fallback_decision).toBe('keep_primary');
    expect(readFileSync(join(out, 'ledger.md'), 'utf8')).toMatch(/keep_primary/);
  });

  it.each([
    ['a YAML syntax error', 'routes:\n  - name: [x\n', /^cfg\.yaml:\d+:\d+: invalid YAML/],
    ['a wrong type', 'routes: 3\n', /^cfg\.yaml:1:9: routes: .*expected array/],
    [
      'a missing field',
      'routes:\n  - name: x\n    model: m\n    base_url: https://h.test/v1\n',
      /^cfg\.yaml:2:5: missing required field "endpoint_family"/,
    ],
    [
      'an unknown key',
      'routs: []\n',
      /^cfg\.yaml:1:1: unknown key "routs".*\n {2}fix: did you mean "routes"\?/,
    ],
  ])('exits 2 with file:line:col and no stack trace for %s', async (_name, text, expected) => {
    const dir = tmp();
    writeFile(dir, 'cfg.yaml', text);
    const result = await runProcess(
      [join(process.cwd(), CLI), 'check', '--config', 'cfg.yaml', '--out', join(dir, 'out')],
      { cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help and the version with exit 0', async () => {
    const help = await runProcess([CLI, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: fallback-gate/);
    const version = await runProcess([CLI, '--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('ends quietly when its reader closes the pipe early (`| head`): exit 0, no stack', async () => {
    const child = spawn(NODE, [CLI, 'plan', '--config', 'examples/basic.yaml'], {
      cwd: ROOT,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader is gone before the first line is written.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });

  it('sends a planted key only on the wire, never to any output', async () => {
    const secret = 'sk-planted-0123456789abcdef';
    const seen: string[] = [];
    const mock = await startMockProvider({ onRequest: (r) => seen.push(r.path) });
    try {
      const dir = tmp();
      writeFile(
        dir,
        'cfg.yaml',
        `routes:\n  - name: local\n    endpoint_family: responses\n    base_url: ${mock.url}\n    model: m\n    api_key_env: PLANTED_KEY\n    timeout_ms: 1000\n`,
      );
      const out = join(dir, 'out');
      const summary = writeFile(dir, 'summary.md', '');
      const outputs = writeFile(dir, 'outputs.txt', '');
      const result = await runProcess(
        [
          join(process.cwd(), CLI),
          'check',
          '--config',
          'cfg.yaml',
          '--out',
          out,
          '--operator',
          'AB',
          '--owner',
          'platform-oncall',
        ],
        {
          cwd: dir,
          env: cleanEnv({
            PLANTED_KEY: secret,
            GITHUB_STEP_SUMMARY: summary,
            GITHUB_OUTPUT: outputs,
          }),
        },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(seen).toEqual(['/v1/responses']);
      const everything = [
        result.stdout,
        result.stderr,
        readFileSync(join(out, 'ledger.json'), 'utf8'),
        readFileSync(join(out, 'ledger.md'), 'utf8'),
        readFileSync(summary, 'utf8'),
        readFileSync(outputs, 'utf8'),
      ].join('\n');
      expect(everything).toContain('keep_primary');
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain('Reply with the single word');
    } finally {
      await mock.close();
    }
  });
});
