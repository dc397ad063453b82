import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorPathVerdicts } from '../../../src/judge/scenario-verdicts.js';
import { loadPlan } from '../../../src/plan/load.js';
import { runErrorPath } from '../../../src/probe/error-path-run.js';
import type { ScenarioObservation } from '../../../src/observations/types.js';
import { cleanEnv, ROOT, runProcess } from '../../helpers/spawn.js';
import { useTmpDir, writeFile } from '../../helpers/tmp.js';
import { useMock } from '../error-path/fixtures.js';

// The gateway driver against a real Portkey gateway (@portkey-ai/gateway, started by the gate
// as a process on loopback, offline). Timing group: the gateway really waits its backoffs of
// 1 s, 2 s and 4 s, so these tests take about 10 s each and are kept few; run them one file at a
// time on a busy machine (`npx vitest run test/probe/gateway/portkey.timing.test.ts`).

const mock = useMock();
const tmp = useTmpDir();
const INSTALLED = (
  JSON.parse(readFileSync(`${ROOT}node_modules/@portkey-ai/gateway/package.json`, 'utf8')) as {
    version: string;
  }
).version;

/** Gaps between one sample's consecutive attempts on the same route, in ms. */
function gaps(obs: ScenarioObservation, sample: number): number[] {
  const attempts = obs.samples.find((s) => s.sample === sample)!.attempts;
  return attempts.slice(1).map((a, i) => Math.round(a.atMs - attempts[i]!.atMs));
}

describe('gateway driver: real Portkey', () => {
  it('the shipped example through the gateway makes exactly the plan’s worst case under a full outage', async () => {
    const plan = await loadPlan(`${ROOT}examples/portkey/config.json`);
    const m = await mock();
    const run = await runErrorPath(plan, {
      driver: 'gateway',
      gateway: { kind: 'portkey' },
      cwd: ROOT,
      scenarios: ['unavailable-exhausts'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: { PATH: process.env.PATH ?? '' },
    });
    const [obs] = run.observations;
    expect(obs!.evidenceGaps).toEqual([]);
    expect(obs!.gateway).toMatchObject({
      name: 'portkey',
      version: INSTALLED,
      attribution: 'per_sample',
    });
    expect(obs!.gateway!.startupMs).toBeGreaterThan(0);
    expect(obs!.gateway!.configChanges).toEqual([
      'config: cache removed, so every request reaches the routes',
      'config.targets[1].targets[0]: provider anthropic answered by an OpenAI-compatible stand-in',
      'config.targets[1].targets[1]: provider groq answered by an OpenAI-compatible stand-in',
    ]);
    // The plan's worst case: 4 calls to the load-balanced pick (retry.attempts 3), then 2 to each
    // target of the second group (its own retry.attempts 1).
    expect(obs!.declaredAttempts).toBe(8);
    for (const sample of obs!.samples) {
      expect(sample.attempts.length).toBe(8);
      expect(sample.attempts.slice(4).map((a) => a.route)).toEqual([
        'config.targets[1].targets[0]',
        'config.targets[1].targets[0]',
        'config.targets[1].targets[1]',
        'config.targets[1].targets[1]',
      ]);
      expect(sample.outcome.kind).toBe('controlled_failure');
      // Portkey's fixed backoff: 1 s, 2 s, 4 s on the first group, 1 s on each of the second's.
      const waits = gaps(obs!, sample.sample);
      const expected = [1000, 2000, 4000, 0, 1000, 0, 1000];
      waits.forEach((w, i) => {
        expect(w).toBeGreaterThanOrEqual(expected[i]! - 5);
        expect(w).toBeLessThan(expected[i]! + 1000);
      });
    }
    const verdicts = errorPathVerdicts(plan, run.observations);
    const status = (id: string) => verdicts.find((v) => v.id === id)?.status;
    // Observed on the gateway: 8 attempts, over the default budget of 4.
    expect(status('attempts_within_budget')).toBe('fail');
    expect(status('attempts_within_declared_policy')).toBe('pass');
    expect(status('caller_outcome')).toBe('pass');
  }, 60_000);

  it('use_retry_after_header: true is judged on what the gateway does with a 3 s retry-after', async () => {
    const file = writeFile(
      tmp(),
      'retry-after.json',
      JSON.stringify({
        retry: { attempts: 2, on_status_codes: [429], use_retry_after_header: true },
        request_timeout: 10_000,
        provider: 'openai',
        api_key: '${OPENAI_API_KEY}',
        override_params: { model: 'gpt-4o-mini' },
      }),
    );
    const plan = await loadPlan(file);
    const m = await mock();
    const options = {
      cwd: ROOT,
      scenarios: ['throttle-then-recover'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: { PATH: process.env.PATH ?? '' },
      knobs: { retryAfterMs: 3000 },
    };
    const [gateway, reference] = await Promise.all([
      runErrorPath(plan, { ...options, driver: 'gateway', gateway: { kind: 'portkey' } }),
      runErrorPath(plan, { ...options, driver: 'reference' }),
    ]);
    const verdict = (observations: ScenarioObservation[]) =>
      errorPathVerdicts(plan, observations).find((v) => v.id === 'retry_after_honoured');
    // The gate's reading of the config honours the header: modelled, it passes.
    expect(verdict(reference.observations)?.status).toBe('pass');
    // Portkey 1.15.2 retries on its own 1 s backoff instead: observed, it fails, with the gap.
    const [obs] = gateway.observations;
    expect(obs!.evidenceGaps).toEqual([]);
    for (const sample of obs!.samples) {
      expect(sample.attempts.map((a) => a.status)).toEqual([429, 200]);
      const [wait] = gaps(obs!, sample.sample);
      expect(wait).toBeGreaterThanOrEqual(995);
      expect(wait).toBeLessThan(2500);
      expect(sample.outcome.kind).toBe('usable');
    }
    const observed = verdict(gateway.observations);
    expect(observed?.status).toBe('fail');
    expect(observed?.figures.announced_ms).toBe(3000);
    expect(observed?.reason).toMatch(
      /^retried route config \d+(\.\d+)? ms after it announced retry-after 3000 ms$/,
    );
  }, 60_000);

  it('through the bundled CLI: the ledger names the gateway and what it stands behind, and no planted key leaks', async () => {
    const out = tmp();
    const planted = 'sk-planted-openai-key-000111';
    // The shipped example with its load-balanced head reduced to the first member: Portkey picks
    // a member at random (weights 0.7 / 0.3) and the throttle hits only the first one, so with
    // the group three samples would all miss the throttle in 2.7 % of runs.
    const example = JSON.parse(readFileSync(`${ROOT}examples/portkey/config.json`, 'utf8')) as {
      targets: { override_params?: unknown; targets?: Record<string, unknown>[] }[];
    };
    const head = example.targets[0]!;
    const { weight: _weight, ...first } = head.targets![0]!;
    example.targets[0] = { ...first, override_params: head.override_params };
    const config = writeFile(tmp(), 'config.json', JSON.stringify(example, null, 2));
    const result = await runProcess(
      [
        'dist/cli.js',
        'check',
        '-c',
        config,
        '--driver',
        'gateway',
        '--gateway',
        'portkey',
        '--upstream',
        'mock',
        '--scenario',
        'throttle-then-recover',
        '--samples',
        '3',
        '--no-storm',
        '--quiet',
        '--out',
        out,
      ],
      { env: cleanEnv({ OPENAI_API_KEY: planted, ANTHROPIC_API_KEY: `${planted}-b` }) },
    );
    expect(result.stderr).toBe('');
    const ledgerText = readFileSync(`${out}/ledger.json`, 'utf8');
    const markdown = readFileSync(`${out}/ledger.md`, 'utf8');
    for (const text of [ledgerText, markdown, result.stdout]) expect(text).not.toContain(planted);
    expect(markdown).toContain(
      'Gateway: portkey ' +
        `\`${INSTALLED}\`. Observed on the gateway: \`attempts_within_budget\`, \`attempts_within_declared_policy\`, \`retry_after_honoured\`, \`stop_rule\`, \`caller_outcome\`; modelled from the config: \`worst_case_attempts_within_budget\`; sent straight to the routes: \`happy_path_usable\`.`,
    );
    const ledger = JSON.parse(ledgerText) as {
      environment: { driver: string; gateway: Record<string, unknown> };
      chains: { scenarios: { driver: string; gateway: Record<string, unknown> }[] }[];
    };
    expect(ledger.environment.driver).toBe('gateway');
    expect(ledger.environment.gateway).toEqual({
      name: 'portkey',
      version: INSTALLED,
      observed_on_gateway: [
        'attempts_within_budget',
        'attempts_within_declared_policy',
        'retry_after_honoured',
        'stop_rule',
        'caller_outcome',
      ],
      modelled: ['worst_case_attempts_within_budget'],
      direct: ['happy_path_usable'],
    });
    const [scenario] = ledger.chains[0]!.scenarios;
    expect(scenario!.driver).toBe('gateway');
    expect(scenario!.gateway).toMatchObject({ name: 'portkey', attribution: 'per_sample' });
    const verify = await runProcess(['dist/cli.js', 'ledger', 'verify', `${out}/ledger.json`]);
    expect(verify.code).toBe(0);
  }, 60_000);
});
