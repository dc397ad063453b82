import { describe, expect, it } from 'vitest';
import { REDACTED, createRedactor, runSecrets, secretsFromEnv } from '../../src/record/redact.js';
import type { RoutingPlan } from '../../src/routing/index.js';

describe('redaction', () => {
  it('replaces a known secret wherever it appears, keys included', () => {
    const r = createRedactor(['s3cr3t-value-123']);
    expect(
      r.value({ a: 'x s3cr3t-value-123 y', s3cr3t_value_123: 1, ['s3cr3t-value-123']: 2 }),
    ).toEqual({
      a: `x ${REDACTED} y`,
      s3cr3t_value_123: 1,
      [REDACTED]: 2,
    });
  });

  it('catches bearer tokens, provider keys and URL credentials by shape', () => {
    const r = createRedactor([]);
    expect(r.text('Authorization: Bearer abcdefghijkl')).toBe(`Authorization: ${REDACTED}`);
    expect(r.text('key sk-proj-abcdefghijklmnop')).toBe(`key ${REDACTED}`);
    expect(r.text('https://user:pa55word@host/v1?api_key=zzz&x=1')).toBe(
      `https://${REDACTED}@host/v1?api_key=${REDACTED}&x=1`,
    );
  });

  it('collects declared credential variables and secret-named ones, not ordinary variables', () => {
    const secrets = secretsFromEnv(
      {
        MY_PROVIDER: 'provider-value-1',
        OPENAI_API_KEY: 'openai-value-1',
        HOME: '/root/home/dir',
        SHORT_TOKEN: 'abc',
      },
      ['MY_PROVIDER'],
    );
    expect(secrets.sort()).toEqual(['openai-value-1', 'provider-value-1']);
  });

  it("leaves the ledger's own words alone when a variable happens to hold one", async () => {
    const { ledgerRedactor, ledgerVocabulary } =
      await import('../../src/record/ledger-json-schema.js');
    expect(ledgerVocabulary()).toEqual(
      expect.arrayContaining(['reference', 'keep_primary', 'chat_completions']),
    );
    const r = ledgerRedactor(
      secretsFromEnv({ SESSION_KIND: 'reference', API_KEY: 'Zx81-real-secret-value' }),
    );
    expect(r.text('driver reference, key Zx81-real-secret-value')).toBe(
      `driver reference, key ${REDACTED}`,
    );
  });
});

describe('runSecrets: the one secret set of a run', () => {
  const plan = {
    routes: [
      { apiKeyEnv: 'ROUTER_PRIMARY', baseUrl: 'https://a.example/v1?api-key=url-secret-9Qw3' },
      { apiKeyEnv: null, baseUrl: 'https://user:pass-word-77@b.example/v1' },
    ],
  } as unknown as RoutingPlan;

  it('holds the named variables, credential-named ones, URL secrets and the extras, once each', () => {
    const secrets = runSecrets(
      { ROUTER_PRIMARY: 'named-value-12345', OPENAI_API_KEY: 'sk-usual-name-123', HOME: '/home/x' },
      plan,
      ['ghs_token_abcdef123'],
    );
    expect([...secrets].sort()).toEqual(
      [
        'ghs_token_abcdef123',
        'named-value-12345',
        'pass-word-77',
        'sk-usual-name-123',
        'url-secret-9Qw3',
      ].sort(),
    );
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('without a plan still holds the credential-named variables', () => {
    expect(runSecrets({ MY_SECRET: 'abcdefgh12' }, null)).toEqual(['abcdefgh12']);
  });
});
