import { describe, expect, it } from 'vitest';
import { analysePlan, summariseChains } from '../../src/plan/analyse.js';
import { planFromText } from '../../src/plan/load.js';
import type { Finding, PlanAnalysis } from '../../src/routing/types.js';

// Static findings on native configs: each id fires on the config built to trigger it, at the
// line that causes it, and stays quiet on a config that does it right.

const GOOD = `routes:
  - name: primary
    endpoint_family: chat_completions
    base_url: https://api.openai.com/v1
    model: gpt-4o-mini
    api_key_env: OPENAI_API_KEY
    timeout_ms: 10000
  - name: backup
    endpoint_family: chat_completions
    base_url: https://api.cometapi.com/v1
    model: gpt-4o-mini
    api_key_env: COMETAPI_KEY
    timeout_ms: 10000
retry:
  max_attempts: 2
  initial_backoff_ms: 200
  jitter: full
  max_elapsed_ms: 15000
budget:
  max_attempts_per_request: 4
  max_amplification: 4
`;

function analyse(text: string, options: { base?: string; trusted?: string[] } = {}): PlanAnalysis {
  const plan = planFromText('cfg.yaml', text);
  const base = options.base ? planFromText('base.yaml', options.base) : undefined;
  return analysePlan(plan, { ...(base ? { base } : {}), trustedHosts: options.trusted ?? [] });
}

const byId = (a: PlanAnalysis, id: string): Finding[] => a.findings.filter((f) => f.id === id);
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('static findings', () => {
  it('finds nothing wrong in a well-formed config with a trusted base', () => {
    const a = analyse(GOOD, { base: GOOD });
    expect(a.findings).toEqual([]);
    expect(a.chains?.[0]).toMatchObject({ chain: 'default', attempts: 4, elapsedMs: 40_400 });
  });

  it('worst_case_over_budget: stacked SDK retries exceed the budget', () => {
    const text = `${GOOD}layers:\n  - name: openai-sdk\n    retry: { max_attempts: 3, max_elapsed_ms: 20000 }\n`;
    const a = analyse(text, { base: GOOD });
    const [over] = byId(a, 'worst_case_over_budget');
    expect(over?.severity).toBe('error');
    expect(over?.message).toMatch(/12 upstream attempts per request, over the budget of 4/);
    const [stacked] = byId(a, 'stacked_retries');
    expect(stacked?.message).toMatch(/2 layers \(openai-sdk ×3, routing ×2\)/);
    expect(stacked?.at.line).toBe(lineOf(text, '- name: openai-sdk'));
  });

  it('worst_case_elapsed_over_budget: long timeouts exceed the time budget', () => {
    const text = GOOD.replaceAll('timeout_ms: 10000', 'timeout_ms: 40000');
    const [slow] = byId(analyse(text, { base: GOOD }), 'worst_case_elapsed_over_budget');
    // Each route: 2 × 40 s + 0.2 s, cut by max_elapsed_ms to 15 s + one more 40 s attempt.
    expect(slow?.message).toMatch(/110 s, over the budget of 60 s/);
  });

  it('retry_without_backoff and retry_without_jitter, at the retry key', () => {
    const text = GOOD.replace('initial_backoff_ms: 200', 'initial_backoff_ms: 0').replace(
      'jitter: full',
      'jitter: none',
    );
    const a = analyse(text, { base: GOOD });
    expect(byId(a, 'retry_without_backoff').map((f) => f.at.line)).toEqual([
      lineOf(text, 'retry:'),
    ]);
    expect(byId(a, 'retry_without_jitter').map((f) => f.at.line)).toEqual([lineOf(text, 'retry:')]);
  });

  it('retry_on_terminal_status names the statuses that never recover', () => {
    const text = GOOD.replace('jitter: full', 'jitter: full\n  retry_on: [401, 429, 503, 422]');
    const [terminal] = byId(analyse(text, { base: GOOD }), 'retry_on_terminal_status');
    expect(terminal?.severity).toBe('error');
    expect(terminal?.message).toMatch(/on 401, 422,/);
  });

  it('max_elapsed_missing when a retrying policy has no stop rule in time', () => {
    const text = GOOD.replace('max_elapsed_ms: 15000', 'max_elapsed_ms: null');
    expect(byId(analyse(text, { base: GOOD }), 'max_elapsed_missing')).toHaveLength(1);
  });

  it('timeout_unbounded when one attempt may outlast the request budget', () => {
    const text = GOOD.replace('timeout_ms: 10000', 'timeout_ms: 90000');
    const [long] = byId(analyse(text, { base: GOOD }), 'timeout_unbounded');
    expect(long?.at.line).toBe(lineOf(text, '- name: primary'));
  });

  it('fallback_same_host and fallback_family_mismatch point at the fallback', () => {
    const text = GOOD.replace('https://api.cometapi.com/v1', 'https://api.openai.com/v1').replace(
      'endpoint_family: chat_completions\n    base_url: https://api.openai.com/v1\n    model: gpt-4o-mini\n    api_key_env: COMETAPI_KEY',
      'endpoint_family: responses\n    base_url: https://api.openai.com/v1\n    model: gpt-4o-mini\n    api_key_env: COMETAPI_KEY',
    );
    const a = analyse(text, { trusted: ['api.openai.com'] });
    expect(byId(a, 'fallback_same_host')).toHaveLength(1);
    expect(byId(a, 'fallback_family_mismatch')[0]?.severity).toBe('error');
  });

  it('route_unreachable and route_cycle in explicit chains', () => {
    const text = `${GOOD}chains:\n  - name: main\n    primary: primary\n    fallbacks: [primary]\n`;
    const a = analyse(text, { base: GOOD });
    expect(byId(a, 'route_unreachable')[0]?.at.line).toBe(lineOf(text, '- name: backup'));
    expect(byId(a, 'route_cycle')[0]?.at.line).toBe(lineOf(text, 'fallbacks: [primary]'));
  });

  it('timeout_missing is impossible in the native format (a default applies)', () => {
    const plan = planFromText('cfg.yaml', GOOD.replaceAll('    timeout_ms: 10000\n', ''));
    expect(plan.routes.map((r) => r.timeoutMs)).toEqual([30_000, 30_000]);
  });
});

describe('scope drift and credential trust', () => {
  it('lists what the change touches and flags a mixed change', () => {
    const head = GOOD.replace(
      'model: gpt-4o-mini\n    api_key_env: OPENAI_API_KEY',
      'model: gpt-4.1\n    api_key_env: OPENAI_API_KEY',
    ).replace('max_attempts: 2', 'max_attempts: 3');
    const a = analyse(head, { base: GOOD });
    expect(a.change).toMatchObject({
      modelsChanged: [{ route: 'primary', from: 'gpt-4o-mini', to: 'gpt-4.1' }],
      retryPoliciesChanged: ['default'],
      touches: ['models', 'retry_policy'],
      mixedScope: true,
      routesAdded: [],
      hostsAdded: [],
    });
    expect(byId(a, 'scope_mixed')).toHaveLength(1);
  });

  it('a single-concern change is not mixed', () => {
    const head = GOOD.replace('max_attempts: 2', 'max_attempts: 1');
    const a = analyse(head, { base: GOOD });
    expect(a.change?.touches).toEqual(['retry_policy']);
    expect(a.change?.mixedScope).toBe(false);
    expect(byId(a, 'scope_mixed')).toEqual([]);
  });

  it('blocks a credentialed route pointed at a host the base config never used', () => {
    const head = GOOD.replace('https://api.cometapi.com/v1', 'https://collector.example.net/v1');
    const a = analyse(head, { base: GOOD });
    const [blocked] = byId(a, 'credential_untrusted_host');
    expect(blocked?.severity).toBe('error');
    expect(blocked?.message).toMatch(
      /COMETAPI_KEY is not sent to https:\/\/collector\.example\.net:443/,
    );
    expect(blocked?.at.line).toBe(lineOf(head, '- name: backup'));
    expect(a.change?.hostsAdded).toEqual(['collector.example.net']);
  });

  it('accepts that host when it is on the trusted list', () => {
    const head = GOOD.replace('https://api.cometapi.com/v1', 'https://collector.example.net/v1');
    const a = analyse(head, { base: GOOD, trusted: ['collector.example.net'] });
    expect(byId(a, 'credential_untrusted_host')).toEqual([]);
  });

  it('says trust was not checked when there is neither a base nor a trusted list', () => {
    expect(byId(analyse(GOOD), 'credential_trust_unchecked')).toHaveLength(1);
  });

  it('summarises chains in plan order with a run-length attempt order', () => {
    const [c] = summariseChains(planFromText('cfg.yaml', GOOD));
    expect(c).toMatchObject({
      routeOrder: ['primary', 'backup'],
      attemptOrder: 'primary×2 → backup×2',
    });
  });
});
