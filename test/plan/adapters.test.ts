import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePlan, summariseChains } from '../../src/plan/analyse.js';
import { loadPlan } from '../../src/plan/load.js';
import type { Finding, RoutingPlan } from '../../src/routing/types.js';

// Golden tests: realistic files written from each tool's documented options, with every figure
// worked out by hand from the tool's counting rules (see the comments in litellm.ts/portkey.ts).

const LITELLM = 'test/fixtures/litellm/proxy.yaml';
const PORTKEY = 'test/fixtures/portkey/nested.json';
const ENV = { AZURE_API_BASE: 'https://contoso.openai.azure.com' };

/** 1-based line of the first line containing `needle` at or after line `from`. */
function lineOf(file: string, needle: string, from = 1): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l, i) => i >= from - 1 && l.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not in ${file}`);
  return index + 1;
}

const ids = (findings: Finding[], id: string): Finding[] => findings.filter((f) => f.id === id);

describe('LiteLLM adapter', () => {
  async function load(clientRetries?: number): Promise<RoutingPlan> {
    return loadPlan(LITELLM, {
      env: ENV,
      ...(clientRetries !== undefined ? { clientRetries } : {}),
    });
  }

  it('turns each deployment into a route, with the key variable and the timeout that apply', async () => {
    const plan = await load();
    expect(plan.format).toBe('litellm');
    expect(
      plan.routes.map((r) => [r.name, r.baseUrl, r.model, r.apiKeyEnv, r.timeoutMs, r.family]),
    ).toEqual([
      [
        'gpt-4o#1',
        'https://contoso.openai.azure.com',
        'gpt-4o',
        'AZURE_API_KEY',
        10_000,
        'chat_completions',
      ],
      [
        'gpt-4o#2',
        'https://api.openai.com/v1',
        'gpt-4o',
        'OPENAI_API_KEY',
        30_000,
        'chat_completions',
      ],
      [
        'claude',
        'https://api.anthropic.com/v1',
        'claude-sonnet-4-5',
        'ANTHROPIC_API_KEY',
        20_000,
        'chat_completions',
      ],
      // No api_key: LiteLLM reads the provider's own variable, so the route is credentialed.
      [
        'mini-responses',
        'https://api.openai.com/v1',
        'gpt-4o-mini',
        'OPENAI_API_KEY',
        30_000,
        'responses',
      ],
    ]);
    expect(plan.routes[0]?.at.line).toBe(lineOf(LITELLM, 'model_name: gpt-4o'));
  });

  it('counts num_retries + 1 calls per model group and adds each fallback group', async () => {
    const plan = await load();
    const chains = summariseChains(plan);
    // gpt-4o: group of 2 deployments × (1 + 1) = 2, then claude with its own policy: 1 + 4 = 5.
    // claude's fallback back to gpt-4o is a cycle and is not re-entered.
    expect(chains.map((c) => [c.chain, c.attempts])).toEqual([
      ['gpt-4o', 7],
      ['claude', 7],
      ['mini-responses', 2],
    ]);
    expect(chains[0]?.routeOrder).toEqual(['gpt-4o#1', 'gpt-4o#2', 'claude']);
    // 2 × 30 s (slowest deployment) + 0.5 s, then 5 × 20 s + 0.5 + 1 + 2 + 4 s.
    expect(chains[0]?.elapsedMs).toBe(60_500 + 107_500);
  });

  it('multiplies the attempts by a stacked client SDK layer', async () => {
    const chains = summariseChains(await load(2));
    expect(chains.map((c) => c.attempts)).toEqual([21, 21, 6]);
  });

  it('applies LiteLLM defaults: 2 retries per group, and no timeout unless one is set', async () => {
    const { planFromText } = await import('../../src/plan/load.js');
    const plan = planFromText(
      'config.yaml',
      'model_list:\n  - model_name: a\n    litellm_params: { model: openai/gpt-4o }\n  - model_name: b\n    litellm_params: { model: groq/llama-3.3-70b-versatile }\nlitellm_settings:\n  fallbacks: [{ a: [b] }]\n',
    );
    expect(summariseChains(plan).map((c) => [c.chain, c.attempts, c.elapsedMs])).toEqual([
      ['a', 6, null],
      ['b', 3, null],
    ]);
    const missing = ids(analysePlan(plan, { trustedHosts: [] }).findings, 'timeout_missing');
    expect(missing.map((f) => f.at.line)).toEqual([2, 4]);
    expect(missing[0]?.message).toMatch(/LiteLLM's default of 6000 s per attempt applies/);
  });

  it('takes router_settings fallbacks as a whole list and honours the generic "*" entry', async () => {
    const { planFromText } = await import('../../src/plan/load.js');
    const plan = planFromText(
      'config.yaml',
      [
        'model_list:',
        '  - { model_name: a, litellm_params: { model: openai/a, timeout: 5 } }',
        '  - { model_name: b, litellm_params: { model: openai/b, timeout: 5 } }',
        '  - { model_name: c, litellm_params: { model: openai/c, timeout: 5 } }',
        'router_settings:',
        '  num_retries: 0',
        '  fallbacks: [{ "*": [c] }, { a: [b] }]',
        'litellm_settings:',
        '  fallbacks: [{ b: [a] }]',
        '',
      ].join('\n'),
    );
    // a → b (its own entry); b → c through "*" (litellm_settings' list is not used); c → itself is skipped.
    expect(summariseChains(plan).map((c) => [c.chain, c.routeOrder])).toEqual([
      ['a', ['a', 'b', 'c']],
      ['b', ['b', 'c']],
      ['c', ['c']],
    ]);
  });

  it('keeps a misspelt setting as a notice with a did-you-mean, and counts the default instead', async () => {
    const { planFromText } = await import('../../src/plan/load.js');
    const plan = planFromText(
      'config.yaml',
      'model_list:\n  - model_name: a\n    litellm_params: { model: openai/a, timeout: 5 }\nrouter_settings:\n  num_retires: 0\n',
    );
    expect(plan.unsupported).toEqual([
      {
        key: 'router_settings.num_retires',
        at: { file: 'config.yaml', line: 5, column: 3 },
        reason: 'not a key the gate knows here; did you mean "num_retries"?',
        didYouMean: 'num_retries',
      },
    ]);
    const [typo] = analysePlan(plan, { trustedHosts: [] }).findings.filter(
      (f) => f.id === 'unknown_key',
    );
    expect(typo).toMatchObject({ severity: 'warning', fix: 'did you mean "num_retries"?' });
    expect(summariseChains(plan)[0]?.attempts).toBe(3);
  });

  it('reports the cycle, the retried 401 and the unmodelled keys at their lines', async () => {
    const plan = await load();
    const { findings } = analysePlan(plan, { trustedHosts: [] });
    const cycles = ids(findings, 'route_cycle');
    expect(cycles).toHaveLength(2);
    expect(
      cycles.every((f) => f.severity === 'error' && f.at.line === lineOf(LITELLM, 'fallbacks: [{')),
    ).toBe(true);
    const terminal = ids(findings, 'retry_on_terminal_status');
    expect(terminal).toHaveLength(1);
    expect(terminal[0]?.message).toMatch(/retries on 401/);
    expect(terminal[0]?.at.line).toBe(lineOf(LITELLM, '    claude:'));
    expect(plan.unsupported.map((u) => [u.key, u.at.line])).toEqual([
      ['model_list[0].litellm_params.api_version', lineOf(LITELLM, 'api_version')],
      ['litellm_settings.success_callback', lineOf(LITELLM, 'success_callback')],
    ]);
    expect(ids(findings, 'worst_case_over_budget').map((f) => f.at.line)).toEqual([
      lineOf(LITELLM, 'model_name: gpt-4o'),
      lineOf(LITELLM, 'model_name: claude'),
    ]);
  });
});

describe('Portkey adapter', () => {
  it('names targets by their place, as the gateway reports them', async () => {
    const plan = await loadPlan(PORTKEY);
    expect(plan.format).toBe('portkey');
    expect(plan.routes.map((r) => [r.name, r.baseUrl, r.model, r.apiKeyEnv, r.timeoutMs])).toEqual([
      [
        'config.targets[0].targets[0]',
        'https://api.openai.com/v1',
        'gpt-4o-mini',
        'OPENAI_API_KEY',
        15_000,
      ],
      [
        'config.targets[0].targets[1]',
        'https://eu.gateway.example.test/v1',
        'gpt-4o-mini',
        'EU_GATEWAY_KEY',
        15_000,
      ],
      [
        'config.targets[1].targets[0]',
        'https://api.anthropic.com/v1',
        'claude-haiku-4-5',
        'ANTHROPIC_API_KEY',
        15_000,
      ],
      [
        'config.targets[1].targets[1]',
        'https://api.groq.com/openai/v1',
        'llama-3.1-8b-instant',
        null,
        5_000,
      ],
      [
        'config.targets[2].targets[0]',
        'https://api.mistral.ai/v1',
        'mistral-small-latest',
        'MISTRAL_API_KEY',
        15_000,
      ],
      ['config.targets[2].targets[1]', 'https://api.openai.com/v1', 'gpt-4.1-nano', null, 15_000],
    ]);
  });

  it('counts retry.attempts + 1 calls per target, inherited down the nested strategies', async () => {
    const plan = await loadPlan(PORTKEY);
    const [chain] = summariseChains(plan);
    // loadbalance: worst child is the EU target (4 + 1 = 5; the other inherits 2 + 1 = 3);
    // then the inner fallback with attempts 0 (1 + 1 = 2); then "single": its first target
    // inherits attempts 2 (3). 5 + 2 + 3 = 10.
    expect(chain?.attempts).toBe(10);
    expect(chain?.routeOrder).toEqual([
      'config.targets[0].targets[0]',
      'config.targets[0].targets[1]',
      'config.targets[1].targets[0]',
      'config.targets[1].targets[1]',
      'config.targets[2].targets[0]',
    ]);
    // EU target: 5 × 15 s + 1 + 2 + 4 + 8 s; then 15 s + 5 s; then 3 × 15 s + 1 + 2 s.
    expect(chain?.elapsedMs).toBe(90_000 + 20_000 + 48_000);
    const stacked = summariseChains(await loadPlan(PORTKEY, { clientRetries: 2 }));
    expect(stacked[0]?.attempts).toBe(30);
  });

  it('reads attempts: 3 as four upstream calls', async () => {
    const { planFromText } = await import('../../src/plan/load.js');
    const plan = planFromText(
      'p.json',
      '{"provider":"openai","override_params":{"model":"m"},"retry":{"attempts":3},"request_timeout":1000}',
    );
    expect(summariseChains(plan)[0]?.attempts).toBe(4);
  });

  it('reports the retried 401, the missing jitter and the unreachable target at their lines', async () => {
    const plan = await loadPlan(PORTKEY);
    const { findings } = analysePlan(plan, { trustedHosts: [] });
    const terminal = ids(findings, 'retry_on_terminal_status');
    expect(terminal.map((f) => [f.severity, f.at.line])).toEqual([
      ['error', lineOf(PORTKEY, '"on_status_codes": [429, 401]')],
    ]);
    expect(
      ids(findings, 'retry_without_jitter')
        .map((f) => f.at.line)
        .sort((a, b) => a - b),
    ).toEqual([
      lineOf(PORTKEY, '"retry": { "attempts": 2 }'),
      lineOf(PORTKEY, '"on_status_codes": [429, 401]'),
    ]);
    expect(ids(findings, 'route_unreachable').map((f) => [f.message, f.at.line])).toEqual([
      [expect.stringContaining('config.targets[2].targets[1]'), lineOf(PORTKEY, 'gpt-4.1-nano')],
    ]);
    expect(ids(findings, 'timeout_missing')).toEqual([]);
  });
});
