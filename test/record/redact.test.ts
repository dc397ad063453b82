import { describe, expect, it } from 'vitest';
import { REDACTED, createRedactor, secretsFromEnv } from '../../src/record/redact.js';

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
