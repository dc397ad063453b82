import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/common/config-error.js';
import { loadPlan } from '../../../src/plan/load.js';
import { PLACEHOLDER_KEY } from '../../../src/probe/drivers/command.js';
import { runErrorPath } from '../../../src/probe/error-path-run.js';
import { NODE, ROOT } from '../../helpers/spawn.js';
import { useTmpDir, writeFile } from '../../helpers/tmp.js';
import { useMock } from '../error-path/fixtures.js';

// The gateway driver's LiteLLM path with a FAKE `litellm` command placed first on PATH
// (test/fixtures/gateways/fake-litellm.mjs: not LiteLLM, and these tests say nothing about how
// LiteLLM retries). PyPI is not reachable here, so the real proxy cannot be installed; what is
// checked is the gate's side: the command found on PATH, its version read, the rewritten config
// it is started with, readiness, the placeholder master key, and samples run one after another
// through the proxies' shared URLs, each attributed its own attempts.

const mock = useMock();
const tmp = useTmpDir();

/** A bin folder holding a `litellm` that runs the fake, clearly named as one. */
function fakeLitellmOnPath(): string {
  const bin = tmp();
  const script = writeFile(
    bin,
    'litellm',
    `#!/bin/sh\n# FAKE litellm for tests\nexec "${NODE}" "${ROOT}test/fixtures/gateways/fake-litellm.mjs" "$@"\n`,
  );
  chmodSync(script, 0o755);
  return bin;
}

const CONFIG = `
model_list:
  - model_name: main
    litellm_params:
      model: azure/gpt-4o
      api_base: https://contoso.openai.azure.com
      api_key: os.environ/AZURE_API_KEY
      timeout: 5
  - model_name: spare
    litellm_params:
      model: openai/gpt-4o-mini
      api_key: os.environ/OPENAI_API_KEY
      timeout: 5
router_settings:
  num_retries: 1
  fallbacks: [{ main: [spare] }]
general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
`;

describe('gateway driver: LiteLLM (fake litellm on PATH)', () => {
  it('starts litellm with the rewritten config and attributes each sequential sample its own attempts', async () => {
    const dir = tmp();
    const file = writeFile(dir, 'config.yaml', CONFIG);
    const dump = join(dir, 'seen.yaml');
    const plan = await loadPlan(file);
    const m = await mock();
    const secret = 'sk-planted-azure-key-789';
    const run = await runErrorPath(plan, {
      driver: 'gateway',
      gateway: { kind: 'litellm' },
      cwd: dir,
      scenarios: ['unavailable-exhausts'],
      samples: 3,
      upstreamBaseUrl: m.url,
      env: {
        PATH: `${fakeLitellmOnPath()}:${process.env.PATH ?? ''}`,
        AZURE_API_KEY: secret,
        LITELLM_MASTER_KEY: 'sk-planted-master',
        FAKE_LITELLM_DUMP: dump,
      },
    });
    const main = run.observations.find((o) => o.chain === 'main')!;
    expect(main.gateway).toMatchObject({
      name: 'litellm',
      version: '0.0.0-fake',
      attribution: 'sequential',
    });
    expect(main.evidenceGaps).toEqual([]);
    // num_retries 1: two calls to main, then two to the fallback spare, for every sample.
    expect(main.samples.map((s) => s.attempts.map((a) => a.route))).toEqual(
      Array.from({ length: 3 }, () => ['main', 'main', 'spare', 'spare']),
    );
    expect(main.samples.every((s) => s.outcome.kind === 'controlled_failure')).toBe(true);
    // One gateway per chain and scenario, each given its own copy: the main chain's names both
    // deployments' proxies; a route outside a chain gets a closed loopback port.
    const copies = readdirSync(dir)
      .filter((name) => name.startsWith('seen.yaml.'))
      .map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(copies).toHaveLength(2);
    const shared = /^http:\/\/127\.0\.0\.1:\d+\/fg-[0-9a-f]{12}\/shared\/v1$/;
    for (const seen of copies) {
      expect(seen).not.toMatch(/sk-planted|contoso|os\.environ/);
      const value = parse(seen) as {
        model_list: { litellm_params: { model: string; api_key: string; api_base: string } }[];
        general_settings: { master_key: string };
      };
      expect(value.general_settings.master_key).toBe(PLACEHOLDER_KEY);
      expect(value.model_list.map((d) => d.litellm_params.model)).toEqual([
        'openai/gpt-4o',
        'openai/gpt-4o-mini',
      ]);
      for (const d of value.model_list) {
        expect(d.litellm_params.api_key).toBe(PLACEHOLDER_KEY);
        expect(d.litellm_params.api_base).toMatch(/^http:\/\/127\.0\.0\.1:/);
      }
    }
    const mainCopy = copies
      .map((text) => parse(text) as { model_list: { litellm_params: { api_base: string } }[] })
      .find((v) => v.model_list.every((d) => shared.test(d.litellm_params.api_base)));
    expect(mainCopy).toBeDefined();
    expect(JSON.stringify(run)).not.toContain('sk-planted');
  });

  it('without litellm on PATH the run stops before any probe with the install step to add', async () => {
    const file = writeFile(tmp(), 'config.yaml', CONFIG);
    const plan = await loadPlan(file);
    const m = await mock();
    const error = await runErrorPath(plan, {
      driver: 'gateway',
      gateway: { kind: 'litellm' },
      scenarios: ['unavailable-exhausts'],
      samples: 1,
      upstreamBaseUrl: m.url,
      env: { PATH: tmp() },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format()).toBe(
      `${file}:1:1: the litellm command was not found on PATH (or did not report a version)\n  fix: add a workflow step \`pip install 'litellm[proxy]'\` (pin the version you deploy) before the gate`,
    );
  });
});

describe('gateway driver: Portkey not installed', () => {
  it('stops before any probe, saying how to install the version you deploy', async () => {
    const file = writeFile(
      tmp(),
      'portkey.json',
      JSON.stringify({ provider: 'openai', api_key: '${K}', override_params: { model: 'm' } }),
    );
    const plan = await loadPlan(file);
    const m = await mock();
    const error = await runErrorPath(plan, {
      driver: 'gateway',
      gateway: { kind: 'portkey' },
      cwd: tmp(),
      scenarios: ['unavailable-exhausts'],
      samples: 1,
      upstreamBaseUrl: m.url,
      env: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format()).toBe(
      `${file}:1:1: the Portkey gateway (@portkey-ai/gateway) is not installed where the gate runs\n  fix: install the version you deploy next to the config, e.g. \`npm install --no-save @portkey-ai/gateway@1.15.2\`, then run the gate from that directory`,
    );
  });
});
