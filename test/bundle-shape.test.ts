import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The action's cold start: its entry bundle holds what every run needs, and the network stage and
// the artifact client load when reached. Barrel files (each folder's index.ts) would pull them in
// eagerly unless the bundler may drop unused re-exports (package.json "sideEffects": false).

const DIST = join(import.meta.dirname, '..', 'dist');

/** Text only the named module has: a message it writes. */
const LAZY = [
  ['the probe stage (src/probe/scenario-observation.ts)', 'without a sample prefix'],
  ['@actions/artifact', 'class DefaultArtifactClient'],
] as const;

describe('the bundled action (dist/index.js)', () => {
  const entry = readFileSync(join(DIST, 'index.js'), 'utf8');
  const chunks = readdirSync(DIST).filter((f) => /^\d+\.index\.js$/.test(f));

  it.each(LAZY)('leaves %s to a chunk loaded when reached', (_name, marker) => {
    expect(entry.includes(marker)).toBe(false);
    const holders = chunks.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(marker));
    expect(holders.length).toBeGreaterThan(0);
  });
});

describe('the package', () => {
  it('lets the bundler drop unused re-exports ("sideEffects": false)', () => {
    const pkg = JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')) as {
      sideEffects?: unknown;
    };
    expect(pkg.sideEffects).toBe(false);
  });

  it('may say so: no module of src/ but the two entries runs a statement when imported', () => {
    const SRC = join(DIST, '..', 'src');
    const ENTRIES = new Set(['action/index.ts', 'cli/index.ts']);
    const files = (readdirSync(SRC, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !ENTRIES.has(f),
    );
    const effects = files.flatMap((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
      return source.statements
        .filter((s) => !DECLARATION_KINDS.has(s.kind))
        .map((s) => `${file}: ${text.slice(s.pos, s.end).trim().slice(0, 60)}`);
    });
    expect(effects).toEqual([]);
  });
});

const DECLARATION_KINDS = new Set([
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ExportDeclaration,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.VariableStatement,
  ts.SyntaxKind.ModuleDeclaration,
]);
