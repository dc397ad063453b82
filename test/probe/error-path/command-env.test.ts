import { describe, expect, it } from 'vitest';
import {
  commandEnvironment,
  PLACEHOLDER_KEY,
  routeEnvName,
} from '../../../src/probe/drivers/command.js';
import { route } from './fixtures.js';

describe('the command environment', () => {
  const env = commandEnvironment({
    baseEnv: {
      PATH: '/usr/bin',
      OPENAI_API_KEY: 'sk-real-openai',
      COMETAPI_KEY: 'sk-real-comet',
      GITHUB_TOKEN: 'ghs_runner',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      'INPUT_GITHUB-TOKEN': 'ghs_input',
      HOME: '/home/me',
    },
    routes: [
      { route: route('primary', { apiKeyEnv: 'PRIMARY_KEY' }), baseUrl: 'http://127.0.0.1:1/p/v1' },
      { route: route('eu-backup.2'), baseUrl: 'http://127.0.0.1:2/b/v1' },
    ],
    scenario: 'timeout',
    chain: 'default',
    sample: 2,
    deadlineMs: 9000,
  });

  it('points OPENAI_BASE_URL at the primary proxy and names one variable per route', () => {
    expect(env.OPENAI_BASE_URL).toBe('http://127.0.0.1:1/p/v1');
    expect(env.FALLBACK_GATE_BASE_URL_PRIMARY).toBe('http://127.0.0.1:1/p/v1');
    expect(routeEnvName('eu-backup.2')).toBe('FALLBACK_GATE_BASE_URL_EU_BACKUP_2');
    expect(env.FALLBACK_GATE_BASE_URL_EU_BACKUP_2).toBe('http://127.0.0.1:2/b/v1');
    expect(JSON.parse(env.FALLBACK_GATE_ROUTES ?? '[]')).toEqual([
      {
        name: 'primary',
        family: 'chat_completions',
        model: 'test-model',
        base_url: 'http://127.0.0.1:1/p/v1',
        timeout_ms: 1000,
      },
      {
        name: 'eu-backup.2',
        family: 'chat_completions',
        model: 'test-model',
        base_url: 'http://127.0.0.1:2/b/v1',
        timeout_ms: 1000,
      },
    ]);
    expect(env).toMatchObject({
      FALLBACK_GATE_SCENARIO: 'timeout',
      FALLBACK_GATE_CHAIN: 'default',
      FALLBACK_GATE_SAMPLE: '2',
      FALLBACK_GATE_DEADLINE_MS: '9000',
      FALLBACK_GATE_FAMILY: 'chat_completions',
      FALLBACK_GATE_MODEL: 'test-model',
      PATH: '/usr/bin',
      HOME: '/home/me',
    });
  });

  it('never hands a real credential or the runner tokens to the command', () => {
    expect(env.OPENAI_API_KEY).toBe(PLACEHOLDER_KEY);
    expect(env.COMETAPI_KEY).toBe(PLACEHOLDER_KEY);
    expect(env.PRIMARY_KEY).toBe(PLACEHOLDER_KEY);
    expect(env.GITHUB_TOKEN).toBeUndefined();
    expect(env.ACTIONS_RUNTIME_TOKEN).toBeUndefined();
    expect(env['INPUT_GITHUB-TOKEN']).toBeUndefined();
    expect(JSON.stringify(env)).not.toMatch(/sk-real|ghs_|runtime/);
  });
});
