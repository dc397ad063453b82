import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-in-process.js';
import { cleanEnv, NODE, ROOT, runProcess } from '../../helpers/spawn.js';
import { useTmpDir, writeFile } from '../../helpers/tmp.js';

// `check --driver gateway` usage errors: each exits 2 with what to do, before anything is probed,
// and never with a stack trace.

const CLI = 'dist/cli.js';
const tmp = useTmpDir();
const check = (...args: string[]) => runCli(['check', '--no-storm', ...args]);
const checkBundled = (...args: string[]) => runProcess([CLI, 'check', '--no-storm', ...args]);

describe('check --driver gateway: usage errors', () => {
  it('needs --gateway', async () => {
    const result = await check('-c', 'examples/portkey/config.json', '--driver', 'gateway');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: --driver gateway needs --gateway portkey|litellm|"<command with {config} and {port}>"',
    );
  });

  it('refuses --gateway without --driver gateway', async () => {
    const result = await check('-c', 'examples/portkey/config.json', '--gateway', 'portkey');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --gateway is used with --driver gateway');
  });

  it('refuses a template without {config} and {port}', async () => {
    const result = await check(
      '-c',
      'examples/portkey/config.json',
      '--driver',
      'gateway',
      '--gateway',
      'my-gateway --port 8080',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: gateway "my-gateway --port 8080" is neither portkey, litellm nor a command template with {port} and {config}',
    );
  });

  // Past the usage checks, --driver gateway re-executes the gate: a process of its own.
  it('refuses the Portkey gateway for a LiteLLM config, naming the file and the fix', async () => {
    const result = await checkBundled(
      '-c',
      'examples/litellm/config.yaml',
      '--driver',
      'gateway',
      '--gateway',
      'portkey',
      '--quiet',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'examples/litellm/config.yaml:1:1: --gateway portkey runs Portkey gateway configs; this file is read as litellm\n  fix: use --gateway litellm\n',
    );
  });
});

describe('the action with driver: gateway', () => {
  it('needs the gateway input (exit 2, nothing probed)', async () => {
    const dir = tmp();
    const result = await runProcess([join(ROOT, 'dist/index.js')], {
      env: cleanEnv({
        INPUT_CONFIG: 'examples/portkey/config.json',
        'INPUT_OUT-DIR': join(dir, 'ledger'),
        INPUT_DRIVER: 'gateway',
      }),
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      '::error::fallback-gate: input "driver" is gateway but "gateway" is empty: give portkey, litellm, or a command template with {config} and {port}',
    );
  });

  it('hands the gateway input to the error path and records the gateway in the ledger', async () => {
    const dir = tmp();
    const config = writeFile(
      dir,
      'portkey.json',
      JSON.stringify({
        strategy: { mode: 'fallback' },
        retry: { attempts: 1, on_status_codes: [503] },
        request_timeout: 300,
        targets: [
          { provider: 'openai', api_key: '${A_KEY}', override_params: { model: 'm1' } },
          { provider: 'openai', api_key: '${B_KEY}', override_params: { model: 'm2' } },
        ],
      }),
    );
    const template = `"${NODE}" "${ROOT}test/fixtures/gateways/fake-gateway.mjs" --config {config} --port {port}`;
    const result = await runProcess([join(ROOT, 'dist/index.js')], {
      env: cleanEnv({
        INPUT_CONFIG: config,
        'INPUT_OUT-DIR': join(dir, 'ledger'),
        INPUT_DRIVER: 'gateway',
        INPUT_GATEWAY: template,
        'INPUT_FAIL-ON': 'none',
      }),
      timeoutMs: 60_000,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const ledger = JSON.parse(readFileSync(join(dir, 'ledger', 'ledger.json'), 'utf8')) as {
      environment: { driver: string; gateway: { name: string; version: string | null } };
      chains: { scenarios: { gateway: { attribution: string } }[] }[];
    };
    expect(ledger.environment.driver).toBe('gateway');
    expect(ledger.environment.gateway).toMatchObject({ name: 'command', version: null });
    expect(ledger.chains[0]!.scenarios.map((s) => s.gateway.attribution)).toEqual(
      Array.from({ length: 8 }, () => 'sequential'),
    );
  }, 60_000);
});
