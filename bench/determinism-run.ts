// The determinism figure on its own: every shipped example 3× on a quiet machine and 3× with two
// CPU-bound processes competing, comparing the set of (verdict, subject, status).
//   npm run bench:determinism       (DETERMINISM_RUNS=N to change the runs per condition)
// `npm run bench` reports the same figure among the others.
import { SHIPPED_EXAMPLES, determinism, determinismTable } from './determinism.js';

const runs = Math.max(1, Number(process.env.DETERMINISM_RUNS ?? 3));
const results = await determinism(SHIPPED_EXAMPLES, {
  idleRuns: runs,
  loadedRuns: runs,
  competitors: 2,
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`${determinismTable(results)}\n\n`);
const same = results.filter((r) => r.same).length;
process.stdout.write(
  `${same} of ${results.length} examples gave the same verdict set in all ${runs * 2} runs (${runs} idle, ${runs} with 2 CPU-bound competitors).\n`,
);
process.exitCode = same === results.length ? 0 : 1;
