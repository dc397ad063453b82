#!/usr/bin/env node
// fallback-gate command-line entry. Checks the Node version, then loads the bundle.
const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (!(major >= REQUIRED_MAJOR)) {
  process.stderr.write(
    'fallback-gate needs Node.js ' + REQUIRED_MAJOR + ' or later; this is Node.js ' + process.versions.node + '.\n' +
      '  In a clone of fallback-gate: npm ci, then npm exec fallback-gate -- check --config FILE\n' +
      '  (npm exec and npm run use the Node ' + REQUIRED_MAJOR + ' that npm ci installs into node_modules).\n' +
      '  Elsewhere: install Node.js ' + REQUIRED_MAJOR + ' (for example: nvm install ' + REQUIRED_MAJOR + '), then run it again.\n',
  );
  process.exit(2);
}
await import('./cli/index.js');
