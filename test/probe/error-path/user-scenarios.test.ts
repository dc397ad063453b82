import { describe, expect, it } from 'vitest';
import { errorPathVerdicts } from '../../../src/judge/scenario-verdicts.js';
import { ConfigError } from '../../../src/common/config-error.js';
import { loadPlan } from '../../../src/plan/load.js';
import { runErrorPath } from '../../../src/probe/error-path-run.js';
import { useTmpDir, writeFile } from '../../helpers/tmp.js';
import { useMock } from './fixtures.js';

// Scenarios declared in the config run beside the standard ones, in the fault plan language.

const mock = useMock();
const tmp = useTmpDir();

const config = (faults: string, expect: string) => `version: 1
routes:
  - name: primary
    endpoint_family: chat_completions
    base_url: https://primary.example.invalid/v1
    model: m
    timeout_ms: 1000
  - name: backup
    endpoint_family: chat_completions
    base_url: https://backup.example.invalid/v1
    model: m
    timeout_ms: 1000
retry:
  max_attempts: 3
  initial_backoff_ms: 100
  jitter: none
scenarios:
  - name: throttled-twice
    faults: { primary: '${faults}' }
    expect: ${expect}
`;

describe('user scenarios from the config', () => {
  it('plays the declared fault plan and judges the declared outcome', async () => {
    const plan = await loadPlan(
      writeFile(tmp(), 'routing.yaml', config('429(retry-after=1) x2, ok', 'usable')),
    );
    const m = await mock();
    const run = await runErrorPath(plan, {
      driver: 'reference',
      scenarios: ['throttled-twice'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: {},
    });
    expect(run.observations.map((o) => [o.scenario, o.kind])).toEqual([
      ['throttled-twice', 'user'],
    ]);
    const o = run.observations[0]!;
    for (const s of o.samples) {
      expect(s.attempts.map((a) => `${a.route}:${a.status}`)).toEqual([
        'primary:429',
        'primary:429',
        'primary:200',
      ]);
      expect(s.outcome).toEqual({ kind: 'usable', route: 'primary' });
    }
    expect(run.longestMandatedWaitMs).toBe(2000);
    const verdicts = errorPathVerdicts(plan, run.observations);
    const honoured = verdicts.find((v) => v.id === 'retry_after_honoured');
    // What the wire showed; the gate reads it as unknown only if its own loop stalled right there.
    expect(honoured?.figures.observed_status ?? honoured?.status).toBe('pass');
    expect(honoured?.status).not.toBe('fail');
    expect(verdicts.find((v) => v.id === 'caller_outcome')?.status).toBe('pass');
  });

  it('fails the outcome when the declared expectation is not met', async () => {
    const plan = await loadPlan(writeFile(tmp(), 'routing.yaml', config('503*', 'usable')));
    const m = await mock();
    const run = await runErrorPath(plan, {
      driver: 'reference',
      scenarios: ['throttled-twice'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: {},
    });
    // The primary never recovers, but the backup does: usable from the fallback.
    expect(run.observations[0]?.samples.map((s) => s.outcome)).toEqual(
      Array(3).fill({ kind: 'usable', route: 'backup' }),
    );
    const down = await loadPlan(
      writeFile(tmp(), 'routing.yaml', config('503*', 'controlled_failure')),
    );
    const run2 = await runErrorPath(down, {
      driver: 'reference',
      scenarios: ['throttled-twice'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: {},
    });
    const outcome = errorPathVerdicts(down, run2.observations).find(
      (v) => v.id === 'caller_outcome',
    );
    expect(outcome?.status).toBe('fail');
    expect(outcome?.reason).toMatch(/expected controlled failure/);
  });

  it('reports a mistake in the fault plan as a config error when the config is read', async () => {
    // The plan stage parses every scenario's fault plan, so `plan` refuses it before any probe.
    const error = await loadPlan(
      writeFile(tmp(), 'routing.yaml', config('429(retry-after=1) x2, bogus', 'usable')),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format()).toMatch(
      /routing\.yaml:\d+:\d+: scenario "throttled-twice", route "primary": fault plan 1:\d+:/,
    );
  });
});
