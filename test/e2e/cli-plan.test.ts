import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-in-process.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// The command line, called in-process (main from src/cli/main.ts), on the plan command: the worst
// case for each adapter with stacked client retries, exit codes, and bad input without a stack.

const tmp = useTmpDir();

describe('fallback-gate plan', () => {
  it('prints the LiteLLM worst case with stacked client retries and exits 1 on error findings', async () => {
    const r = await runCli([
      'plan',
      '--config',
      'examples/litellm/config.yaml',
      '--client-retries',
      '2',
    ]);
    expect(r.code, r.stderr).toBe(1);
    // gpt-4o: (4 on the group + 4 on claude-sonnet + 4 on gpt-4o-mini) × 3 SDK attempts.
    expect(r.stdout).toMatch(/^gpt-4o\s+36\s/m);
    expect(r.stdout).toMatch(/^claude-sonnet\s+24\s/m);
    expect(r.stdout).toMatch(/^gpt-4o-mini\s+12\s/m);
    expect(r.stdout).toMatch(/examples\/litellm\/config\.yaml:6:5: error worst_case_over_budget/);
  });

  it('takes the budget from --max-attempts and --max-elapsed-ms for formats that have none', async () => {
    const r = await runCli([
      'plan',
      '--config',
      'examples/litellm/config.yaml',
      '--max-attempts',
      '12',
      '--max-elapsed-ms',
      '900000',
    ]);
    expect(r.stdout).toMatch(/budget: 12 attempts per request, 900 s/);
    expect(r.stdout).toMatch(/^gpt-4o\s+12\s/m);
    expect(r.stdout).not.toMatch(/worst_case_over_budget|worst_case_elapsed_over_budget/);
  });

  it('prints the Portkey worst case for nested fallbacks as JSON', async () => {
    const r = await runCli([
      'plan',
      '--config',
      'examples/portkey/config.json',
      '--client-retries',
      '2',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as {
      format: string;
      chains: { chain: string; worst_case_attempts: number; route_order: string[] }[];
      findings: { id: string; at: { line: number } }[];
    };
    expect(out.format).toBe('portkey');
    // (4 on the load-balanced pair + 2 + 2 in the inner fallback) × 3 SDK attempts.
    expect(out.chains).toEqual([
      expect.objectContaining({ chain: 'config', worst_case_attempts: 24 }),
    ]);
    expect(out.findings.find((f) => f.id === 'retry_without_jitter')?.at.line).toBe(3);
  });

  it('exits 0 on a config without error findings', async () => {
    const r = await runCli(['plan', '--config', 'examples/basic.yaml']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^default\s+4\s+9 s\s+primary×2 → backup×2$/m);
  });

  it.each([
    ['an empty file', '', /config\.yaml:1:1: config file is empty/],
    ['a YAML syntax error', 'routes: [\n', /config\.yaml:2:1: invalid YAML/],
    [
      'a misspelt key',
      'routes: []\nretyr: {}\n',
      /config\.yaml:2:1: unknown key "retyr"\n {2}fix: did you mean "retry"\?/,
    ],
    [
      'a literal key',
      'model_list:\n  - model_name: m\n    litellm_params:\n      model: openai/m\n      api_key: sk-live-0123456789abcdefghij\n',
      /config\.yaml:5:16: a literal credential/,
    ],
    [
      'a misspelt fault plan argument in a user scenario',
      'routes:\n  - name: primary\n    endpoint_family: chat_completions\n    base_url: https://api.openai.com/v1\n    model: m\nscenarios:\n  - name: typo\n    faults: { primary: "429(retry-aftr=1)" }\n    expect: usable\n',
      /config\.yaml:8:24: scenario "typo", route "primary": fault plan 1:5: .*retry-aftr/,
    ],
  ])('exits 2 on %s with FILE:LINE:COL and no stack trace', async (_name, text, expected) => {
    const file = writeFile(tmp(), 'config.yaml', text);
    const r = await runCli(['plan', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('sk-live');
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a directory and on a bad --client-retries', async () => {
    const dir = tmp();
    const r1 = await runCli(['plan', '--config', dir]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain(`${dir}:1:1: this is a directory, not a config file`);
    const r2 = await runCli([
      'plan',
      '--config',
      'examples/basic.yaml',
      '--client-retries',
      'many',
    ]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/expected a whole number of retries/);
  });

  it('check takes --base-config and --trusted-host and blocks an untrusted credential host', async () => {
    const dir = tmp();
    const base = writeFile(
      dir,
      'base.yaml',
      'routes:\n  - name: p\n    endpoint_family: chat_completions\n    base_url: https://api.openai.com/v1\n    model: m\n    api_key_env: OPENAI_API_KEY\n    timeout_ms: 1000\n',
    );
    const head = writeFile(
      dir,
      'head.yaml',
      'routes:\n  - name: p\n    endpoint_family: chat_completions\n    base_url: https://collector.example.net/v1\n    model: m\n    api_key_env: OPENAI_API_KEY\n    timeout_ms: 1000\n',
    );
    const blocked = await runCli(['plan', '--config', head, '--base-config', base]);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toMatch(/head\.yaml:2:5: error credential_untrusted_host/);
    const trusted = await runCli([
      'plan',
      '--config',
      head,
      '--base-config',
      base,
      '--trusted-host',
      'collector.example.net',
    ]);
    expect(trusted.stdout).not.toMatch(/credential_untrusted_host/);
    const check = await runCli([
      'check',
      '--config',
      head,
      '--base-config',
      base,
      '--trusted-host',
      'collector.example.net',
      '--out',
      dir,
      '--upstream',
      'mock',
    ]);
    expect([0, 1]).toContain(check.code);
    expect(check.stderr).not.toMatch(/\n\s+at /);
  });
});
