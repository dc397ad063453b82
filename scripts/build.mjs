// Build: compile with tsc, then bundle the emitted JavaScript with ncc into dist/.
//   dist/index.js      the action (action.yml runs it), from src/action/index.ts
//   dist/cli/index.js  the command-line tool (src/cli/index.ts), started through dist/cli.js
// `node scripts/build.mjs --out DIR` builds elsewhere (the freshness test compares DIR with dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLI's entry: it checks the Node version before the bundle loads (the bundle's libraries
// crash on older Node with messages that say nothing about the version), so it must itself run
// on any Node still in use: no syntax or API newer than Node 14.
const LAUNCHER = `#!/usr/bin/env node
// fallback-gate command-line entry. Checks the Node version, then loads the bundle.
const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (!(major >= REQUIRED_MAJOR)) {
  process.stderr.write(
    'fallback-gate needs Node.js ' + REQUIRED_MAJOR + ' or later; this is Node.js ' + process.versions.node + '.\\n' +
      '  In a clone of fallback-gate: npm ci, then npm exec fallback-gate -- check --config FILE\\n' +
      '  (npm exec and npm run use the Node ' + REQUIRED_MAJOR + ' that npm ci installs into node_modules).\\n' +
      '  Elsewhere: install Node.js ' + REQUIRED_MAJOR + ' (for example: nvm install ' + REQUIRED_MAJOR + '), then run it again.\\n',
  );
  process.exit(2);
}
await import('./cli/index.js');
`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag === -1 ? join(root, 'dist') : resolve(process.argv[outFlag + 1] ?? '');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) =>
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

// Inside the project, so the emitted code resolves node_modules and package.json as the sources do;
// always the same folder, because ncc writes module paths into the bundle.
const lib = join(root, 'lib');
rmSync(lib, { recursive: true, force: true });
try {
  run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib]);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const bundle = (entry, target) =>
    run(bin('ncc'), ['build', join(lib, entry), '-o', target, '--quiet', '--target', 'es2024']);
  bundle('action/index.js', outDir);
  bundle('cli/index.js', join(outDir, 'cli'));
  // Each bundle gets its own folder, so code-split chunks of the two entries never collide.
  writeFileSync(join(outDir, 'cli.js'), LAUNCHER, { mode: 0o755 });
  const files = readdirSync(outDir, { recursive: true }).length;
  process.stdout.write(`built ${outDir} (${files} files)\n`);
} finally {
  rmSync(lib, { recursive: true, force: true });
}
