import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import eslintConfig from '../eslint.config.js';
import { LAYERS, reachable, withDiagram } from '../scripts/layers.mjs';

// The stage layout stays what the README draws: every folder has a place in the layers, the
// lint rule rejects imports across them, and the diagram is drawn from the same table.

const ROOT = join(import.meta.dirname, '..');
const ENTRY_FOLDERS = ['action', 'cli'];
const folders = readdirSync(join(ROOT, 'src')).filter((name) =>
  statSync(join(ROOT, 'src', name)).isDirectory(),
);

/** The layer rules alone, without the type-aware ones, so a snippet can be linted in memory. */
async function lintAs(file: string, code: string): Promise<string[]> {
  const layerBlocks = eslintConfig.filter(
    (block) =>
      block.rules && ('no-restricted-imports' in block.rules || 'max-lines' in block.rules),
  );
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...layerBlocks,
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('the folders of src/', () => {
  it('each have a place in the layers, or are an entry point', () => {
    const unplaced = folders.filter((f) => !(f in LAYERS) && !ENTRY_FOLDERS.includes(f));
    expect(unplaced).toEqual([]);
  });

  it('each have an index.ts, their public surface', () => {
    const missing = Object.keys(LAYERS).filter(
      (f) => !existsSync(join(ROOT, 'src', f, 'index.ts')),
    );
    expect(missing).toEqual([]);
  });

  it('never reach themselves: the layers have no cycle', () => {
    const cyclic = Object.keys(LAYERS).filter((folder) => reachable(folder).includes(folder));
    expect(cyclic).toEqual([]);
  });

  it('keep the flow: judge, record and mock never reach probe; plan reaches no stage', () => {
    expect(reachable('judge')).not.toContain('probe');
    expect(reachable('record')).not.toContain('probe');
    expect(reachable('mock')).not.toContain('probe');
    const stages = ['probe', 'judge', 'record', 'publish'];
    expect(reachable('plan').filter((folder) => stages.includes(folder))).toEqual([]);
  });
});

describe('the import rule', () => {
  it('rejects an import against the flow', async () => {
    const messages = await lintAs(
      'src/judge/example.ts',
      "import { probe } from '../probe/index.js';\nexport const p = probe;\n",
    );
    expect(messages.join('\n')).toMatch(/judge\/ may not import probe\//);
  });

  it('rejects a deep import into another folder, even an allowed one', async () => {
    const messages = await lintAs(
      'src/probe/drivers/example.ts',
      "import { headRoutes } from '../../retry/groups.js';\nexport const h = headRoutes;\n",
    );
    expect(messages.join('\n')).toMatch(/through retry\/index\.js/);
  });

  it('rejects a lazy import() against the flow', async () => {
    const messages = await lintAs(
      'src/record/example.ts',
      "export const load = () => import('../incident/index.js');\n",
    );
    expect(messages.join('\n')).toMatch(/record\/ may not import incident\//);
  });

  it('accepts an allowed folder through its index, and siblings directly', async () => {
    const messages = await lintAs(
      'src/judge/example.ts',
      "import { headRoutes } from '../retry/index.js';\nimport { x } from './types.js';\nexport const h = [headRoutes, x];\n",
    );
    expect(messages).toEqual([]);
  });

  it('lets an entry point import any folder through its index, and nothing deeper', async () => {
    expect(
      await lintAs(
        'src/run.ts',
        "import { probe } from './probe/index.js';\nexport const p = probe;\n",
      ),
    ).toEqual([]);
    const deep = await lintAs(
      'src/run.ts',
      "import { probe } from './probe/probe.js';\nexport const p = probe;\n",
    );
    expect(deep.join('\n')).toMatch(/through probe\/index\.js/);
  });
});

describe('the size rule', () => {
  it('rejects a file of 401 lines and a function of 81 in src/, and accepts 400 and 80', async () => {
    const body = (lines: number) =>
      `export function f(): number {\n${'  void 0;\n'.repeat(lines - 3)}  return 1;\n}\n`;
    const file = (lines: number) => `${'// x\n'.repeat(lines - 1)}export const y = 1;\n`;
    expect(await lintAs('src/judge/a.ts', body(80))).toEqual([]);
    expect((await lintAs('src/judge/a.ts', body(81))).join('\n')).toMatch(/too many lines \(81\)/);
    expect(await lintAs('src/judge/a.ts', file(400))).toEqual([]);
    expect((await lintAs('src/judge/a.ts', file(401))).join('\n')).toMatch(
      /too many lines \(401\)/,
    );
  });
});

describe("the README's architecture diagram", () => {
  it('is the one drawn from the layers (node scripts/layers.mjs --readme)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withDiagram(readme)).toBe(readme);
  });
});
