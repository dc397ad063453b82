import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-in-process.js';
import { cleanEnv } from '../helpers/spawn.js';

// main(argv, io) on a failure that is not the user's: exit 3, the message redacted like the
// ledger, and a stack trace only when FALLBACK_GATE_DEBUG asks for one.

const SECRET = 'sk-planted-internal-0123456789abcdef';
const failing = () => Promise.reject(new Error(`withholding failed near ${SECRET}`));
const argv = [
  'check',
  '--config',
  'examples/basic.yaml',
  '--driver',
  'command',
  '--command',
  'true',
];

describe('main: an internal error', () => {
  it('exits 3 with the redacted message and no stack trace', async () => {
    const result = await runCli(argv, {
      env: cleanEnv({ PLANTED_API_KEY: SECRET }),
      withholdCredentials: failing,
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^fallback-gate: internal error: withholding failed near /);
    expect(result.stderr).not.toContain(SECRET);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('adds the stack trace under FALLBACK_GATE_DEBUG, redacted too', async () => {
    const result = await runCli(argv, {
      env: cleanEnv({ PLANTED_API_KEY: SECRET, FALLBACK_GATE_DEBUG: '1' }),
      withholdCredentials: failing,
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain(SECRET);
  });
});
