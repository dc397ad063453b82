import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planFromText } from '../../../src/plan/load.js';
import { PLACEHOLDER_KEY } from '../../../src/probe/drivers/command.js';
import { rewriteConfig } from '../../../src/probe/drivers/gateway-config.js';
import { gatewayEnvironment } from '../../../src/probe/drivers/gateway-prepare.js';
import { ROOT } from '../../helpers/spawn.js';

// The copy of the user's config a gateway runs: every route the plan knows points at its own
// upstream (a fault proxy in a run), every key is the placeholder, nothing that would reach
// another service or hold a credential survives, and the rest of the user's settings stay as
// written. Route names must be the plan's own, or attempts would be misattributed.

const upstream = (route: string) => `http://127.0.0.1:1/proxy/${encodeURIComponent(route)}/v1`;

function load(path: string) {
  const text = readFileSync(`${ROOT}${path}`, 'utf8');
  const env = { AZURE_API_BASE: 'https://contoso.openai.azure.com' };
  return { text, plan: planFromText(path, text, { env }), value: parse(text) as unknown };
}

const CONFIGS = [
  'examples/portkey/config.json',
  'test/fixtures/portkey/nested.json',
  'examples/litellm/config.yaml',
  'test/fixtures/litellm/proxy.yaml',
  'examples/basic.yaml',
];

describe('gateway config rewrite', () => {
  for (const path of CONFIGS) {
    it(`${path}: every plan route, and only those, is pointed at its upstream`, () => {
      const { plan, value } = load(path);
      const rewritten = rewriteConfig(plan.format, value, upstream);
      expect(rewritten.routes).toEqual(plan.routes.map((r) => r.name));
      for (const route of plan.routes) expect(rewritten.text).toContain(upstream(route.name));
      // No real host, and no credential reference, is left for the gateway to follow.
      for (const route of plan.routes) {
        expect(rewritten.text).not.toContain(new URL(route.baseUrl).host);
      }
      expect(rewritten.text).not.toMatch(/os\.environ\/|\$\{[A-Z_]+\}/);
    });
  }

  it('Portkey: leaves get provider openai, custom_host and the placeholder key; retries, timeouts and strategies stay', () => {
    const { plan, value } = load('examples/portkey/config.json');
    const out = rewriteConfig(plan.format, value, upstream).value as {
      retry: unknown;
      request_timeout: number;
      strategy: unknown;
      cache?: unknown;
      targets: {
        targets: {
          provider: string;
          custom_host: string;
          api_key: string;
          weight?: number;
          request_timeout?: number;
        }[];
        retry?: unknown;
      }[];
    };
    expect(out.cache).toBeUndefined();
    expect(out.retry).toEqual({
      attempts: 3,
      on_status_codes: [429, 503],
      use_retry_after_header: true,
    });
    expect(out.request_timeout).toBe(20000);
    expect(out.strategy).toEqual({ mode: 'fallback', on_status_codes: [429, 500, 502, 503, 504] });
    expect(out.targets[0]!.targets.map((t) => [t.provider, t.api_key, t.weight])).toEqual([
      ['openai', PLACEHOLDER_KEY, 0.7],
      ['openai', PLACEHOLDER_KEY, 0.3],
    ]);
    expect(out.targets[0]!.targets[1]!.custom_host).toBe(upstream('config.targets[0].targets[1]'));
    expect(out.targets[1]!.retry).toEqual({ attempts: 1 });
    expect(out.targets[1]!.targets[1]!.request_timeout).toBe(10000);
  });

  it('LiteLLM: deployments speak OpenAI to their api_base with the placeholder key; router settings stay; callbacks and secrets go', () => {
    const { plan, value } = load('test/fixtures/litellm/proxy.yaml');
    const rewritten = rewriteConfig(plan.format, value, upstream);
    const out = rewritten.value as {
      model_list: { model_name: string; litellm_params: Record<string, unknown> }[];
      router_settings: Record<string, unknown>;
      litellm_settings: Record<string, unknown>;
    };
    expect(out.model_list[0]!.litellm_params).toEqual({
      model: 'openai/gpt-4o',
      api_base: upstream('gpt-4o#1'),
      api_key: PLACEHOLDER_KEY,
      timeout: 10,
    });
    expect(out.model_list.map((d) => d.model_name)).toEqual([
      'gpt-4o',
      'gpt-4o',
      'claude',
      'mini-responses',
    ]);
    expect(out.router_settings.num_retries).toBe(1);
    expect(out.router_settings.fallbacks).toEqual([
      { 'gpt-4o': ['claude'] },
      { claude: ['gpt-4o'] },
    ]);
    expect(out.litellm_settings.success_callback).toBeUndefined();
    expect(rewritten.changes).toEqual([
      'gpt-4o#1: provider azure answered by an OpenAI-compatible stand-in (model openai/gpt-4o)',
      'claude: provider anthropic answered by an OpenAI-compatible stand-in (model openai/claude-sonnet-4-5)',
      'litellm_settings.success_callback removed: it reaches another service or caches answers',
    ]);
  });

  it('LiteLLM: a master key, database and environment_variables never reach the gateway', () => {
    const value = {
      model_list: [
        {
          model_name: 'm',
          litellm_params: {
            model: 'openai/m',
            api_key: 'os.environ/M_KEY',
            aws_secret_access_key: 'os.environ/AWS_SECRET',
          },
        },
      ],
      general_settings: { master_key: 'os.environ/MASTER', database_url: 'postgres://u:p@db/x' },
      environment_variables: { M_KEY: 'sk-planted-in-config' },
    };
    const rewritten = rewriteConfig('litellm', value, upstream);
    expect(rewritten.value).toEqual({
      model_list: [
        {
          model_name: 'm',
          litellm_params: { model: 'openai/m', api_base: upstream('m'), api_key: PLACEHOLDER_KEY },
        },
      ],
      general_settings: { master_key: PLACEHOLDER_KEY },
    });
    expect(rewritten.text).not.toMatch(/sk-planted|postgres|AWS_SECRET|MASTER/);
  });

  it('does not change the caller’s value', () => {
    const { plan, value } = load('examples/portkey/config.json');
    const before = JSON.stringify(value);
    rewriteConfig(plan.format, value, upstream);
    expect(JSON.stringify(value)).toBe(before);
  });
});

describe('gateway environment', () => {
  it('holds placeholders for credentials, withholds the runner token, and drops outbound proxies', () => {
    const env = gatewayEnvironment({
      PATH: '/bin',
      OPENAI_API_KEY: 'sk-planted-1',
      GITHUB_TOKEN: 'ghs_planted',
      HTTPS_PROXY: 'http://proxy.example:3128',
      http_proxy: 'http://proxy.example:3128',
    });
    expect(env).toEqual({
      PATH: '/bin',
      OPENAI_API_KEY: PLACEHOLDER_KEY,
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
    });
  });
});
