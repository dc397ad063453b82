import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/judge/judge.js';
import { planFromText } from '../../src/plan/load.js';
import type { Observations } from '../../src/observations/types.js';
import { buildLedger } from '../../src/record/build-ledger.js';
import { ledgerRedactor } from '../../src/record/ledger-json-schema.js';
import { mergeLedgers } from '../../src/record/merge.js';
import { renderOutputs } from '../../src/record/outputs.js';
import { REDACTED, createRedactor, secretsFromEnv } from '../../src/record/redact.js';
import { renderConsole } from '../../src/record/render-console.js';
import { verifyLedgerText } from '../../src/record/verify.js';
import { FIXED_ID, FIXED_NOW, attempt, context, happy, scenario } from './fixtures.js';

// Random secrets are planted everywhere one could enter the gate: the config (URL userinfo and
// query keys), the environment (declared credential variables and secret-named ones), provider
// responses (request id headers, echoed bodies, retry headers) and error text. None may appear
// in any rendering, and every rendering must still verify.

const token = fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/);

const planted = fc.record({
  declaredKey: token,
  namedToken: token,
  urlPassword: token,
  urlQueryKey: token,
  bearer: token,
  headerValue: token,
  pathKey: token,
  providerKey: fc.stringMatching(/^[A-Za-z0-9]{20,32}$/),
});

type Planted = typeof planted extends fc.Arbitrary<infer T> ? T : never;

function scenarioWith(s: Planted): Observations {
  const url = `https://ops:${s.urlPassword}@a.example/v1?api_key=${s.urlQueryKey}`;
  return {
    happyPath: [
      // The provider echoes the credential it was sent as its request id.
      happy('primary', 'retryable', {
        requestId: s.declaredKey,
        reason: `connect ECONNREFUSED while calling ${url} with Authorization: Bearer ${s.bearer}`,
        environmentMismatch: `variable value ${s.namedToken} looked unset`,
      }),
      happy('backup', '2xx_usable', { reason: `ok; upstream said sk-${s.providerKey}` }),
    ],
    errorPath: [
      scenario(
        'throttle-then-recover',
        [
          attempt(1, 'primary', 0, 429, {
            path: `/v1/chat/completions?key=${s.pathKey}`,
            retryHeaders: { 'x-api-key': s.headerValue, 'x-stainless-retry-count': '0' },
            requestId: `req ${s.declaredKey}`,
          }),
          attempt(2, 'primary', 40, 200, { retryHeaders: { authorization: `Bearer ${s.bearer}` } }),
        ],
        { kind: 'controlled_failure', reason: `401 Incorrect API key provided: ${s.declaredKey}` },
        { evidenceGaps: [`proxy saw "api-key": "${s.headerValue}"`], expectation: `calls ${url}` },
      ),
    ],
    storm: [],
  };
}

function allOutputs(s: Planted): { texts: string[]; secrets: string[]; json: string } {
  const url = `https://ops:${s.urlPassword}@a.example/v1?api_key=${s.urlQueryKey}`;
  // The config itself refuses a URL with a credential in it, so the secret-bearing URL enters
  // through the other doors: a finding's text, an evidence link, a scenario's expectation.
  const plan = planFromText(
    'routing.yaml',
    `routes:
  - { name: primary, endpoint_family: chat_completions, base_url: "https://a.example/v1", model: m, api_key_env: PROVIDER_CREDENTIAL }
  - { name: backup, endpoint_family: chat_completions, base_url: "https://b.example/v1", model: m }
`,
  );
  const env = { PROVIDER_CREDENTIAL: s.declaredKey, DEPLOY_TOKEN: s.namedToken, HOME: '/home/x' };
  const redactor = ledgerRedactor([...secretsFromEnv(env, ['PROVIDER_CREDENTIAL'])]);
  const observations = scenarioWith(s);
  const analysis = {
    findings: [
      {
        id: 'literal_credential',
        severity: 'error' as const,
        message: `base_url carries credentials: ${url}`,
        fix: `remove the password from ${url}`,
        at: { file: 'routing.yaml', line: 2, column: 5 },
      },
    ],
    change: null,
  };
  const ctx = context({
    operatorInitials: 'FG',
    followUpOwner: `team (token=${s.pathKey})`,
    evidenceLinks: [url],
  });
  const judgement = judge({ plan, analysis, observations });
  const entry = buildLedger({
    plan,
    analysis,
    observations,
    judgement,
    context: ctx,
    redactor,
    makeId: () => FIXED_ID,
  });
  const outputs = renderOutputs(entry, redactor);
  const merged = mergeLedgers([entry], { now: FIXED_NOW, makeId: () => FIXED_ID });
  return {
    texts: [
      outputs.json,
      outputs.markdown,
      outputs.historyLine,
      renderConsole(entry, { colour: true }),
      renderConsole(entry, { colour: false }),
      JSON.stringify(merged),
    ],
    secrets: Object.values(s),
    json: outputs.json,
  };
}

describe('redaction properties', () => {
  it('no planted secret appears in any rendering, and every rendering verifies', () => {
    fc.assert(
      fc.property(planted, (s) => {
        const { texts, secrets, json } = allOutputs(s);
        for (const text of texts) {
          for (const secret of secrets) expect(text).not.toContain(secret);
        }
        expect(verifyLedgerText(json, secrets)).toMatchObject({ ok: true });
      }),
      { numRuns: 60 },
    );
  });

  it('is idempotent: redacting redacted text changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 3 }),
        fc.string({ maxLength: 200 }),
        (secrets, text) => {
          const r = createRedactor(secrets);
          const once = r.text(text);
          expect(r.text(once)).toBe(once);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('removes a known secret wherever it sits inside arbitrary text', () => {
    fc.assert(
      fc.property(token, fc.string(), fc.string(), (secret, before, after) => {
        const out = createRedactor([secret]).text(`${before}${secret}${after}`);
        expect(out).not.toContain(secret);
        expect(out).toContain(REDACTED);
      }),
      { numRuns: 300 },
    );
  });

  it('catches credentials by shape without knowing them', () => {
    fc.assert(
      fc.property(token, (t) => {
        const r = createRedactor([]);
        for (const text of [
          `Authorization: Bearer ${t}`,
          `{"x-api-key": "${t}"}`,
          `https://u:${t}@host.example/v1`,
          `https://host.example/v1?x=1&api_key=${t}`,
          `failed: Bearer ${t}.`,
        ]) {
          expect(r.text(text)).not.toContain(t);
        }
      }),
      { numRuns: 200 },
    );
  });
});
