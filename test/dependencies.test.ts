import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every runtime dependency is used by the sources, and the sources use no other package: a
// dependency that nothing imports only slows installs and hides what the gate really runs on.

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

const imported = new Set(
  sources('src').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'([^'.][^']*)'/g)]
      .map((m) => m[1]!)
      .filter((name) => !name.startsWith('node:'))
      .map((name) =>
        name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!,
      ),
  ),
);

describe('runtime dependencies', () => {
  it('are exactly the packages the sources import', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...imported].sort());
  });
});
