import { defineConfig } from 'vitest/config';

// Two projects. `timing` holds the files whose assertions rest on real time: real waits on the
// wire, spawned processes, a real gateway, the bundled action with deadlines. They run one file at
// a time, so two of them never compete for the cores; the rest (`unit`) runs beside them in one
// more worker. A 2-core machine thus never runs more than two test files at once, and never two
// that time things.
const TIMING = [
  'test/bench.test.ts',
  'test/determinism.test.ts',
  'test/e2e/**/*.test.ts',
  'test/plan/portkey-gateway.test.ts',
  'test/probe/error-path/**/*.test.ts',
  'test/probe/fault-proxy.test.ts',
  'test/probe/gateway/**/*.test.ts',
  'test/probe/happy-path*.test.ts',
  'test/publish/github-api.test.ts',
  'test/publish/retry.test.ts',
  'test/record/full-run.test.ts',
  'test/record/ledger-cli.test.ts',
  'test/retry/executor-vs-simulation.test.ts',
  'test/retry/self-consistency.test.ts',
  'test/storm/fault-proxy-validation.test.ts',
  'test/storm/gate.test.ts',
  'test/storm/loopback-validation.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: TIMING, maxWorkers: 1 },
      },
      {
        extends: true,
        test: { name: 'timing', include: TIMING, fileParallelism: false, maxWorkers: 1 },
      },
    ],
  },
});
