import { readFileSync, readdirSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runProcess } from './helpers/spawn.js';
import { GATE_VERSION } from '../src/common/version.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

describe('the committed bundle', () => {
  it('is exactly what npm run build produces from the current sources', async () => {
    const out = mkdtempSync(join(ROOT, '.build-fresh-'));
    try {
      const built = await runProcess(['scripts/build.mjs', '--out', out], {
        timeoutMs: 120_000,
        env: process.env,
      });
      expect(built.code, built.stderr).toBe(0);
      const committed = join(ROOT, 'dist');
      expect(
        listFiles(committed),
        'dist/ file list differs: run `npm run build` and commit dist/',
      ).toEqual(listFiles(out));
      for (const file of listFiles(out)) {
        const same = readFileSync(join(out, file)).equals(readFileSync(join(committed, file)));
        expect(same, `dist/${file} is stale: run \`npm run build\` and commit dist/`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);

  it('carries the version that package.json declares', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(GATE_VERSION).toBe(pkg.version);
  });
});
