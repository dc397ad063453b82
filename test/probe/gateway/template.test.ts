import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorPathVerdicts } from '../../../src/judge/scenario-verdicts.js';
import { renderSubject } from '../../../src/judge/subject.js';
import { loadPlan } from '../../../src/plan/load.js';
import { runErrorPath, type ErrorPathOptions } from '../../../src/probe/error-path-run.js';
import { PLACEHOLDER_KEY } from '../../../src/probe/drivers/command.js';
import { NODE, ROOT } from '../../helpers/spawn.js';
import { useTmpDir, writeFile } from '../../helpers/tmp.js';
import { useMock } from '../error-path/fixtures.js';

// The gateway driver's command-template path, against a FAKE gateway (a small loopback server,
// test/fixtures/gateways/fake-gateway.mjs, that reads a Portkey-shaped config file): the gate
// rewrites the config, fills {config} and {port}, waits for the gateway, runs the samples one
// after another through the proxies' shared URLs, and always stops it. The fake's modes break one
// thing each: never ready, exits at start, crashes mid-run. None may pass.

const mock = useMock();
const tmp = useTmpDir();
const FAKE = `"${NODE}" "${ROOT}test/fixtures/gateways/fake-gateway.mjs" --config {config} --port {port}`;

/** Two targets in fallback order, one retry each: the worst case is 4 attempts. */
const CONFIG = JSON.stringify({
  strategy: { mode: 'fallback' },
  retry: { attempts: 1, on_status_codes: [503] },
  request_timeout: 3000,
  targets: [
    {
      provider: 'openai',
      api_key: '${PRIMARY_API_KEY}',
      custom_host: 'https://primary.example.invalid/v1',
      override_params: { model: 'm1' },
    },
    {
      provider: 'openai',
      api_key: '${BACKUP_API_KEY}',
      custom_host: 'https://backup.example.invalid/v1',
      override_params: { model: 'm2' },
    },
  ],
});

/** The same, asking the gateway to honour retry-after. */
const CONFIG_HONOURING_RETRY_AFTER = CONFIG.replace(
  '"on_status_codes":[503]',
  '"on_status_codes":[503],"use_retry_after_header":true',
);

async function run(
  mode: string,
  scenarios: string[],
  extra: Partial<ErrorPathOptions> = {},
  clientRetries?: number,
  config = CONFIG,
) {
  const file = writeFile(tmp(), 'config.json', config);
  const plan = await loadPlan(file, clientRetries === undefined ? {} : { clientRetries });
  const m = await mock();
  const started = performance.now();
  const result = await runErrorPath(plan, {
    driver: 'gateway',
    gateway: { kind: 'command', template: `${FAKE} --mode ${mode}` },
    cwd: ROOT,
    scenarios,
    samples: 3,
    upstreamBaseUrl: m.url,
    env: { PATH: process.env.PATH ?? '', PRIMARY_API_KEY: 'sk-planted-real-key-456' },
    gatewayStartTimeoutMs: 10_000,
    ...extra,
  });
  return { plan, result, wallMs: performance.now() - started };
}

describe('gateway driver: command template with a fake gateway', () => {
  it('runs samples one after another, each attributed its own attempts, and records the gateway', async () => {
    const { plan, result } = await run(
      'ok',
      ['unavailable-exhausts', 'throttle-then-recover'],
      {},
      undefined,
      CONFIG_HONOURING_RETRY_AFTER,
    );
    const exhausted = result.observations.find((o) => o.scenario === 'unavailable-exhausts')!;
    expect(exhausted.driver).toBe('gateway');
    expect(exhausted.gateway).toMatchObject({
      name: 'command',
      version: null,
      attribution: 'sequential',
    });
    expect(exhausted.gateway!.startupMs).toBeGreaterThan(0);
    expect(exhausted.evidenceGaps).toEqual([]);
    // Every sample: primary twice, backup twice, then a controlled failure.
    expect(exhausted.samples.map((s) => s.attempts.map((a) => a.route))).toEqual(
      Array.from({ length: 3 }, () => [
        'config.targets[0]',
        'config.targets[0]',
        'config.targets[1]',
        'config.targets[1]',
      ]),
    );
    expect(exhausted.samples.map((s) => s.outcome.kind)).toEqual([
      'controlled_failure',
      'controlled_failure',
      'controlled_failure',
    ]);
    const recovered = result.observations.find((o) => o.scenario === 'throttle-then-recover')!;
    expect(recovered.samples.map((s) => s.outcome.kind)).toEqual(['usable', 'usable', 'usable']);
    const verdicts = errorPathVerdicts(plan, result.observations);
    const outcome = verdicts.find(
      (v) => v.id === 'caller_outcome' && renderSubject(v.subject).endsWith('unavailable-exhausts'),
    );
    expect(outcome?.status).toBe('pass');
    // The config asks for retry-after to be honoured and the fake ignores it: the gate says so
    // from the wire.
    const retryAfter = verdicts.find(
      (v) =>
        v.id === 'retry_after_honoured' &&
        renderSubject(v.subject).endsWith('throttle-then-recover'),
    );
    expect(retryAfter?.status).toBe('fail');
  });

  it('--client-retries stacks the SDK layer on the gateway: every gateway call is repeated, after its backoff', async () => {
    const { plan, result } = await run('ok', ['unavailable-exhausts'], {}, 1);
    const [obs] = result.observations;
    expect(plan.chains[0]!.layers.map((l) => l.name)).toEqual(['client-sdk']);
    for (const sample of obs!.samples) {
      expect(sample.attempts.map((a) => a.route.slice(-2))).toEqual([
        '0]',
        '0]',
        '1]',
        '1]',
        '0]',
        '0]',
        '1]',
        '1]',
      ]);
      // The SDK's first wait is 500 ms less at most half (equal jitter) before it calls again.
      const pause = sample.attempts[4]!.atMs - sample.attempts[3]!.atMs;
      expect(pause).toBeGreaterThanOrEqual(250);
      expect(pause).toBeLessThan(500 + 1000);
    }
    expect(obs!.declaredAttempts).toBe(8);
  });

  it('after a caller gives up on a hung request, the next sample gets a fresh gateway', async () => {
    const marker = join(tmp(), 'hung');
    const { result } = await run(`hang-once=${marker}`, ['unavailable-exhausts'], {
      deadlineMs: 1_500,
    });
    const [obs] = result.observations;
    expect(obs!.samples.map((s) => [s.outcome.kind, s.attempts.length])).toEqual([
      ['hang', 0],
      ['controlled_failure', 4],
      ['controlled_failure', 4],
    ]);
    expect(obs!.gateway!.restarts).toBe(1);
    // The hung sample never reached a route: no evidence of the routing, and the gap says so.
    expect(obs!.evidenceGaps).toEqual([
      'sample 0: the gateway sent no request to any route, so it did not run the config for this sample',
    ]);
  });

  it('a gateway that never becomes ready is an evidence gap within the start-up bound, never a pass', async () => {
    const { plan, result, wallMs } = await run('never-ready', ['unavailable-exhausts'], {
      gatewayStartTimeoutMs: 1_500,
    });
    const [obs] = result.observations;
    expect(obs!.samples).toEqual([]);
    expect(obs!.evidenceGaps[0]).toMatch(
      /^the gateway did not answer on 127\.0\.0\.1:\d+ within 1500 ms; its last log lines: fake gateway: warming up for ever$/,
    );
    expect(wallMs).toBeLessThan(1_500 + 5_000);
    const verdicts = errorPathVerdicts(plan, result.observations);
    expect(verdicts.map((v) => [v.id, v.status])).toEqual([['caller_outcome', 'unknown']]);
  });

  it('a gateway that exits at start leaves its last log lines, masked, as the gap', async () => {
    const { result } = await run('exit-at-start', ['unavailable-exhausts']);
    const gap = result.observations[0]!.evidenceGaps[0]!;
    expect(gap).toBe(
      'the gateway exited before it was ready (exit code 1); its last log lines: fake gateway: cannot read config: api_key=[redacted] is not valid',
    );
    expect(JSON.stringify(result)).not.toContain('sk-planted');
  });

  it('a gateway that crashes mid-run: the samples it took down are unknown, the rest stand, and the gap says so', async () => {
    const { plan, result } = await run('crash-after=1', ['unavailable-exhausts']);
    const [obs] = result.observations;
    expect(obs!.samples.map((s) => s.outcome.kind)).toEqual(['controlled_failure', 'unknown']);
    expect(obs!.evidenceGaps[0]).toMatch(
      /^the gateway exited mid-run \(exit code 3\) after 1 of 3 samples; its last log lines: .*fake gateway: crashing on purpose$/,
    );
    const verdicts = errorPathVerdicts(plan, result.observations);
    expect(verdicts.find((v) => v.id === 'caller_outcome')?.status).toBe('unknown');
  });

  it('a gateway that answers without calling any upstream did not run the config: unknown, with its message', async () => {
    const { plan, result } = await run('reject', ['unavailable-exhausts']);
    const [obs] = result.observations;
    expect(obs!.samples.map((s) => [s.outcome.kind, s.attempts.length])).toEqual([
      ['unknown', 0],
      ['unknown', 0],
      ['unknown', 0],
    ]);
    expect(obs!.evidenceGaps[0]).toMatch(
      /^the gateway rejected 3 request\(s\) before calling any upstream: HTTP 400 \(Invalid config passed: token=\[redacted\]\); its last log lines: /,
    );
    const verdicts = errorPathVerdicts(plan, result.observations);
    expect(verdicts.filter((v) => v.status === 'pass').map((v) => v.id)).not.toContain(
      'caller_outcome',
    );
    expect(verdicts.find((v) => v.id === 'caller_outcome')?.status).toBe('unknown');
  });

  it('the config the gateway reads points every route at a fault proxy and holds only the placeholder key', async () => {
    const dir = tmp();
    const dump = writeFile(dir, 'seen.json', '');
    const pidFile = writeFile(dir, 'pid', '');
    const { result } = await run('ok', ['unavailable-exhausts'], {
      gateway: {
        kind: 'command',
        template: `cp {config} "${dump}"; echo $$ > "${pidFile}"; exec ${FAKE} --mode ok`,
      },
    });
    expect(result.observations[0]!.evidenceGaps).toEqual([]);
    const { readFileSync } = await import('node:fs');
    // Stopped when the scenario ended: the process is gone.
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    const seen = JSON.parse(readFileSync(dump, 'utf8')) as {
      targets: { custom_host: string; api_key: string }[];
    };
    for (const target of seen.targets) {
      expect(target.custom_host).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/fg-[0-9a-f]{12}\/shared\/v1$/,
      );
      expect(target.api_key).toBe(PLACEHOLDER_KEY);
    }
    expect(readFileSync(dump, 'utf8')).not.toMatch(/example\.invalid|sk-planted|PRIMARY_API_KEY/);
  });
});
