import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/run.js';
import { useTmpDir } from '../helpers/tmp.js';
import { context } from './fixtures.js';

// The job summary and the step outputs are sinks written after the ledger: one that cannot be
// written is a warning, never a different verdict or exit code.

const tmp = useTmpDir();

/** Places a runner file cannot be written to, each made inside `dir` when it needs to exist. */
const UNWRITABLE: Record<string, (dir: string) => string> = {
  'a missing directory': (dir) => join(dir, 'missing', 'file'),
  'a directory': (dir) => {
    mkdirSync(join(dir, 'a-directory'));
    return join(dir, 'a-directory');
  },
  '/dev/full': () => '/dev/full',
};

async function passingRun(dir: string, env: NodeJS.ProcessEnv) {
  return runGate({
    configPath: 'examples/basic.yaml',
    outDir: join(dir, 'out'),
    upstream: 'mock',
    errorPath: false,
    storm: null,
    env,
    context: context({ run: null, evidenceLinks: [] }),
  });
}

describe('runner files that cannot be written', () => {
  for (const variable of ['GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT'] as const) {
    for (const [what, place] of Object.entries(UNWRITABLE)) {
      it(`${variable} on ${what}: the gate still passes, with a warning`, async () => {
        const dir = tmp();
        const target = place(dir);
        const result = await passingRun(dir, { [variable]: target });
        expect(result.exitCode).toBe(0);
        expect(result.entry.passed).toBe(true);
        expect(result.warnings).toHaveLength(1);
        expect(result.warnings[0]).toContain(variable);
        expect(readFileSync(result.files.jsonPath, 'utf8')).toContain('"passed": true');
      });
    }
  }
});
