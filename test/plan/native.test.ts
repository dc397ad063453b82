import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/common/config-error.js';
import { planFromText } from '../../src/plan/load.js';
import { worstCaseChainAttempts } from '../../src/retry/worst-case.js';

const ROUTE = `
  - name: primary
    endpoint_family: chat_completions
    base_url: https://api.example.test/v1
    model: m1`;

function configError(text: string): ConfigError {
  try {
    planFromText('cfg.yaml', text);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('native config', () => {
  it('turns a one-route file into a plan with safe defaults', () => {
    const plan = planFromText('cfg.yaml', `routes:${ROUTE}\n`);
    expect(plan.format).toBe('native');
    expect(plan.routes).toHaveLength(1);
    expect(plan.routes[0]).toMatchObject({ name: 'primary', timeoutMs: 30_000, apiKeyEnv: null });
    expect(plan.chains[0]?.name).toBe('default');
    expect(plan.budget.maxAttemptsPerRequest).toBe(4);
    expect(plan.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('multiplies stacked layers and adds fallbacks in the worst case', () => {
    const plan = planFromText(
      'cfg.yaml',
      `routes:${ROUTE}
  - name: backup
    endpoint_family: chat_completions
    base_url: https://backup.example.test/v1
    model: m2
retry: { max_attempts: 4 }
layers:
  - name: sdk
    retry: { max_attempts: 3 }
`,
    );
    expect(worstCaseChainAttempts(plan.chains[0]!)).toBe(24);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const error = configError('routes:\n  - name: [unclosed\n');
    expect(error.message).toMatch(/invalid YAML/);
    expect(error.at.line).toBeGreaterThanOrEqual(2);
    expect(error.format()).toMatch(/^cfg\.yaml:\d+:\d+: /);
  });

  it('reports a wrong type at the value', () => {
    const error = configError(`routes:${ROUTE}\n    timeout_ms: soon\n`);
    expect(error.at).toEqual({ file: 'cfg.yaml', line: 6, column: 17 });
    expect(error.message).toMatch(/timeout_ms/);
    expect(error.fix).toMatch(/number/);
  });

  it('reports a missing field at the mapping that lacks it', () => {
    const error = configError(
      'routes:\n  - name: x\n    base_url: https://h.test/v1\n    model: m\n',
    );
    expect(error.message).toBe('missing required field "endpoint_family" in routes[0]');
    expect(error.at).toMatchObject({ line: 2, column: 5 });
  });

  it('reports an unknown key with a did-you-mean at the key', () => {
    const error = configError(`routes:${ROUTE}\n    timeout_msec: 10\n`);
    expect(error.message).toBe('unknown key "timeout_msec" in routes[0]');
    expect(error.fix).toBe('did you mean "timeout_ms"?');
    expect(error.at).toMatchObject({ line: 6, column: 5 });
  });

  it('rejects a chain that names an undefined route, listing the defined ones', () => {
    const error = configError(
      `routes:${ROUTE}\nchains:\n  - name: c\n    primary: primary\n    fallbacks: [ghost]\n`,
    );
    expect(error.message).toMatch(/"ghost", which is not defined/);
    expect(error.fix).toMatch(/primary/);
    expect(error.at.line).toBe(9);
  });
});
