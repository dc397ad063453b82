import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-in-process.js';
import { cleanEnv } from '../helpers/spawn.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// The command line, called in-process: check writes the outputs, ledger verify/show/merge read
// them back.

const tmp = useTmpDir();

async function check(config: string, out: string, ...flags: string[]) {
  return runCli(['check', '--config', config, '--out', out, '--upstream', 'mock', ...flags]);
}

describe('fallback-gate ledger', () => {
  it('verifies every output of a full run: ledger.json and the history file', async () => {
    const dir = tmp();
    const history = join(dir, 'history.jsonl');
    expect((await check('examples/basic.yaml', join(dir, 'a'), '--history', history)).code).toBe(0);
    expect(
      (await check('examples/retry-storm.yaml', join(dir, 'b'), '--history', history)).code,
    ).toBe(1);
    for (const file of [join(dir, 'a', 'ledger.json'), join(dir, 'b', 'ledger.json'), history]) {
      const result = await runCli(['ledger', 'verify', file]);
      expect(result.code, result.stderr).toBe(0);
    }
    const verified = await runCli(['ledger', 'verify', history]);
    expect(verified.stdout).toContain('2 entries valid');

    // Several files at once, as a shell glob gives them: each is checked, the worst code wins.
    const a = join(dir, 'a', 'ledger.json');
    const b = join(dir, 'b', 'ledger.json');
    const both = await runCli(['ledger', 'verify', a, b]);
    expect(both.code, both.stderr).toBe(0);
    expect(both.stdout.split('\n').filter((l) => l.includes(' valid '))).toHaveLength(2);
    const withMissing = await runCli(['ledger', 'verify', a, join(dir, 'nope.json')]);
    expect(withMissing.code).toBe(2);
    expect(withMissing.stdout).toContain(`${a}: ledger`);
    expect(withMissing.stderr).toContain('nope.json: no such file');

    // show: every file, and every entry of a history, each saying which it is.
    const shown = await runCli(['ledger', 'show', a, b], {
      env: cleanEnv({ NO_COLOR: '' }),
    });
    expect(shown.code).toBe(0);
    expect(shown.stdout.match(/^fallback-gate (PASSED|FAILED)/gm)).toEqual([
      'fallback-gate PASSED',
      'fallback-gate FAILED',
    ]);
    const all = await runCli(['ledger', 'show', history], {
      env: cleanEnv({ NO_COLOR: '' }),
    });
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^== .*history\.jsonl: entry 1 of 2 \(ledger [0-9A-Z]{26}, /m);
    expect(all.stdout).toMatch(/^== .*history\.jsonl: entry 2 of 2 /m);
    expect(all.stdout.match(/^fallback-gate (PASSED|FAILED)/gm)).toEqual([
      'fallback-gate PASSED',
      'fallback-gate FAILED',
    ]);
  });

  it('exits 1 with the reason for an edited ledger', async () => {
    const dir = tmp();
    await check('examples/basic.yaml', dir);
    const file = join(dir, 'ledger.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"passed": true', '"passed": false'));
    const result = await runCli(['ledger', 'verify', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('integrity.sha256 does not match the entry');
  });

  it('exits 1 for a ledger holding a secret from its environment, without printing it', async () => {
    const dir = tmp();
    await check('examples/basic.yaml', dir);
    const file = join(dir, 'ledger.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"platform-oncall"', '"Hx7-team-credential-Qa2"'),
    );
    const result = await runCli(['ledger', 'verify', file], {
      env: cleanEnv({ TEAM_SECRET: 'Hx7-team-credential-Qa2' }),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'follow_up_owner: contains a credential or secret-shaped value',
    );
    expect(result.stderr).not.toContain('Hx7-team-credential-Qa2');
  });

  it.each([
    ['a missing file', (d: string) => join(d, 'nope.json'), /nope\.json: no such file/],
    ['a directory', (d: string) => d, /is a directory, expected a ledger\.json file/],
  ])('exits 2 for %s', async (_name, path, message) => {
    const result = await runCli(['ledger', 'verify', path(tmp())]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('shows a ledger in the console rendering, without colour when not on a terminal', async () => {
    const dir = tmp();
    await check('examples/basic.yaml', dir);
    const result = await runCli(['ledger', 'show', join(dir, 'ledger.json')], {
      env: cleanEnv({ NO_COLOR: '' }),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^fallback-gate PASSED: decision keep_primary\n/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('merges matrix ledgers into one entry that verifies', async () => {
    const dir = tmp();
    await check('examples/basic.yaml', join(dir, 'a'));
    await check('examples/retry-storm.yaml', join(dir, 'b'));
    const out = join(dir, 'merged', 'ledger.json');
    const result = await runCli([
      'ledger',
      'merge',
      join(dir, 'a', 'ledger.json'),
      join(dir, 'b', 'ledger.json'),
      '--out',
      out,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('merged 2 entries');
    const merged = JSON.parse(readFileSync(out, 'utf8')) as {
      fallback_decision: string;
      passed: boolean;
      merged_from: unknown[];
    };
    expect(merged).toMatchObject({ fallback_decision: 'escalate', passed: false });
    expect(merged.merged_from).toHaveLength(2);
    expect((await runCli(['ledger', 'verify', out])).code).toBe(0);
  });
});

describe('fallback-gate check: fail policy and evidence', () => {
  it('fails on missing owners and says exactly how to supply them', async () => {
    const dir = tmp();
    const config = writeFile(
      dir,
      'c.yaml',
      'routes:\n  - { name: a, endpoint_family: chat_completions, base_url: "https://a.example/v1", model: m, timeout_ms: 1000 }\n',
    );
    const result = await check(config, join(dir, 'out'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'required evidence field operator_initials is missing: set the action input `operator`, the CLI flag `--operator`, or `owners.operator_initials` in the config',
    );
    expect(result.stdout).toContain(
      'required evidence field follow_up_owner is missing: set the action input `follow-up-owner`, the CLI flag `--owner`',
    );
    const fixed = await check(config, join(dir, 'out2'), '--operator', 'AB', '--owner', 'team-x');
    expect(fixed.code, fixed.stdout).toBe(0);
  });

  it('fails when the config requires evidence links and none is given, and passes with one', async () => {
    const dir = tmp();
    // A 5 s route timeout: with 1 s, a process starved of CPU for a second timed out on answers
    // that had already arrived, and the run escalated for reasons this test is not about.
    const config = writeFile(
      dir,
      'c.yaml',
      'routes:\n  - { name: a, endpoint_family: chat_completions, base_url: "https://a.example/v1", model: m, timeout_ms: 5000 }\nowners: { operator_initials: AB, follow_up_owner: team-x, required: [operator_initials, evidence_links] }\n',
    );
    const missing = await check(config, join(dir, 'out'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      'required evidence field evidence_links is missing: pass the CLI flag `--evidence-link URL`',
    );
    const given = await check(
      config,
      join(dir, 'out2'),
      '--evidence-link',
      'https://tickets.example/INC-42',
    );
    expect(given.code, given.stdout).toBe(0);
    const entry = JSON.parse(readFileSync(join(dir, 'out2', 'ledger.json'), 'utf8')) as {
      evidence_links: string[];
    };
    expect(entry.evidence_links).toEqual(['https://tickets.example/INC-42']);
  });

  it('passes the retry-storm example under --fail-on none, still recording the problems', async () => {
    const dir = tmp();
    const result = await check('examples/retry-storm.yaml', dir, '--fail-on', 'none');
    expect(result.code).toBe(0);
    const entry = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as {
      gate: { problems: { category: string; fails_job: boolean }[] };
    };
    const problems = entry.gate.problems;
    expect(new Set(problems.map((p) => p.category))).toEqual(
      new Set(['budget', 'escalate', 'findings']),
    );
    expect(problems.every((p) => !p.fails_job)).toBe(true);
  });

  it('rejects an unknown fail-on category with exit 2', async () => {
    const result = await check('examples/basic.yaml', tmp(), '--fail-on', 'budget,latency');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('fail-on: unknown category "latency"');
  });
});
