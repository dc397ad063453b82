// The demo: runs the bundled CLI on two shipped examples against the embedded mock, offline and
// without credentials. The second example is meant to fail; the demo itself succeeds when both
// behave as expected.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'fallback-gate-demo-'));
const env = { ...process.env, NO_COLOR: process.env.NO_COLOR ?? '' };
// Credentials never reach the demo: every route runs against the embedded mock.
const run = (example, dir) =>
  spawnSync(
    process.execPath,
    [
      join(root, 'dist', 'cli.js'),
      'check',
      '--config',
      join('examples', example),
      '--out',
      dir,
      '--upstream',
      'mock',
    ],
    {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );

const started = performance.now();
console.log('== 1. examples/basic.yaml: a primary with one fallback (expected to PASS)\n');
const good = run('basic.yaml', join(out, 'basic'));
process.stdout.write(good.stdout);
process.stderr.write(good.stderr);

console.log(
  '\n== 2. examples/retry-storm.yaml: SDK retries stacked on gateway retries (EXPECTED FAILURE)\n',
);
const bad = run('retry-storm.yaml', join(out, 'retry-storm'));
process.stdout.write(bad.stdout);
process.stderr.write(bad.stderr);

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const ok = good.status === 0 && bad.status === 1;
console.log(`\n== summary (${seconds} s)`);
console.log(`basic.yaml:       exit ${good.status} (expected 0)`);
console.log(`retry-storm.yaml: exit ${bad.status} (expected 1: the gate caught the storm)`);
console.log(`ledgers:          ${join(out, 'basic', 'ledger.json')}`);
console.log(`                  ${join(out, 'retry-storm', 'ledger.json')}`);
if (!ok) {
  console.error('\nThe demo did not behave as expected: see the output above.');
  process.exit(1);
}
