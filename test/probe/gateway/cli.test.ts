import { describe, expect, it } from 'vitest';
import { runProcess } from '../../helpers/spawn.js';

// `check --driver gateway` usage errors, through the bundled CLI: each exits 2 with what to do,
// before anything is probed, and never with a stack trace.

const CLI = 'dist/cli.js';
const check = (...args: string[]) => runProcess([CLI, 'check', '--no-storm', ...args]);

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

  it('refuses the Portkey gateway for a LiteLLM config, naming the file and the fix', async () => {
    const result = await check(
      '-c',
      'examples/litellm/config.yaml',
      '--driver',
      'gateway',
      '--gateway',
      'portkey',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'examples/litellm/config.yaml:1:1: --gateway portkey runs Portkey gateway configs; this file is read as litellm\n  fix: use --gateway litellm\n',
    );
  });
});
