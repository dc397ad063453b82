// Writes schema/fallback-gate.schema.json from the zod schema of the native config format.
// Compiles the sources with tsc into a scratch folder first, as the build does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = join(root, '.build-schema');
rmSync(scratch, { recursive: true, force: true });
try {
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    ['-p', 'tsconfig.build.json', '--outDir', scratch],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const { renderNativeJsonSchema, SCHEMA_PATH } = await import(
    pathToFileURL(join(scratch, 'plan', 'json-schema.js')).href
  );
  const target = join(root, SCHEMA_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, renderNativeJsonSchema());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
