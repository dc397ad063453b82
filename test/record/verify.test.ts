import { describe, expect, it } from 'vitest';
import { canonicalJson, integrityDigest } from '../../src/record/canonical-json.js';
import type { LedgerEntry } from '../../src/record/ledger-schema.js';
import { verifyHistoryText, verifyLedgerText } from '../../src/record/verify.js';
import { buildEntry, happy, observations, throttleThenRecover } from './fixtures.js';

const good = () =>
  buildEntry(
    observations(
      [happy('primary', '2xx_usable'), happy('backup', '2xx_usable')],
      [throttleThenRecover()],
    ),
  ).entry;

/** Edits an entry and re-seals it, as someone who knows the digest would. */
function resealed(edit: (e: LedgerEntry) => void): string {
  const e = structuredClone(good());
  edit(e);
  e.integrity.sha256 = integrityDigest(e);
  return canonicalJson(e);
}

function reasons(text: string, secrets: string[] = []): string[] {
  const r = verifyLedgerText(text, secrets);
  return r.ok ? [] : r.reasons;
}

describe('ledger verify', () => {
  it('accepts an entry as the gate wrote it', () => {
    expect(reasons(canonicalJson(good()))).toEqual([]);
  });

  it.each([
    'schema_version',
    'ledger_id',
    'timestamp',
    'endpoint_family',
    'request_id',
    'status_class',
    'retry_attempts',
    'fallback_decision',
    'operator_initials',
    'follow_up_owner',
    'evidence_links',
    'does_not_assert',
    'integrity',
  ])('rejects an entry missing %s, naming the field', (field) => {
    const e = structuredClone(good()) as unknown as Record<string, unknown>;
    delete e[field];
    const found = reasons(canonicalJson(e));
    expect(found[0]).toMatch(new RegExp(`^${field}: `));
  });

  it('rejects text that is not JSON', () => {
    expect(reasons('{"ledger_id": ')[0]).toMatch(/^not valid JSON/);
  });

  it('rejects an edited entry through its integrity digest', () => {
    const text = canonicalJson(good()).replace('"keep_primary"', '"use_fallback"');
    expect(reasons(text)).toContain(
      'integrity.sha256 does not match the entry: it was edited after it was written',
    );
  });

  it('rejects a re-sealed entry whose headline contradicts its chains', () => {
    expect(reasons(resealed((e) => (e.fallback_decision = 'keep_primary')))).toEqual([]);
    const text = resealed((e) => {
      e.chains[0]!.fallback_decision = 'escalate';
    });
    expect(reasons(text)).toEqual([
      'fallback_decision is keep_primary but the most severe chain decision is escalate',
      'gate.problems lacks the escalate problem of chain:default that its decision escalate implies',
    ]);
  });

  it('rejects a re-sealed entry that claims to pass with a failing problem', () => {
    const text = resealed((e) => {
      e.gate.problems.push({
        category: 'budget',
        subject: 'chain:default',
        message: 'over',
        fix: 'lower',
        fails_job: true,
      });
    });
    expect(reasons(text)).toEqual([
      'passed does not match the problems that fail the job',
      'failures lists 0 lines but 1 problems fail the job',
    ]);
  });

  it('rejects retry_attempts that differ from what the chains observed', () => {
    expect(reasons(resealed((e) => (e.retry_attempts = 0)))).toEqual([
      'retry_attempts is 0 but the chains observed at most 1',
    ]);
  });

  it('rejects an entry that drops a does_not_assert item', () => {
    expect(
      reasons(resealed((e) => (e.does_not_assert = ['availability', 'price', 'quota', 'latency']))),
    ).toEqual(['does_not_assert is missing provider_health']);
  });

  it.each([
    [
      'a missing seed field',
      (e: LedgerEntry) => delete (e as Partial<LedgerEntry>).follow_up_owner,
      /^follow_up_owner: /,
    ],
    [
      'an unknown field',
      (e: LedgerEntry) => Object.assign(e, { prompt: 'x' }),
      /unrecognized key/i,
    ],
    [
      'a wrong decision',
      (e: LedgerEntry) => Object.assign(e, { fallback_decision: 'panic' }),
      /^fallback_decision: /,
    ],
    ['a non-ULID id', (e: LedgerEntry) => (e.ledger_id = 'ledger-1'), /^ledger_id: a ULID/],
  ])('rejects %s by schema', (_name, edit, expected) => {
    expect(reasons(resealed(edit))[0]).toMatch(expected);
  });

  it.each([
    [
      'a bearer token in a reason',
      (e: LedgerEntry) => (e.chains[0]!.reason = 'upstream said Bearer abcdefghijklmnop1234'),
      'chains.0.reason',
    ],
    [
      'a provider key in a request id',
      (e: LedgerEntry) => (e.routes[0]!.request_id = 'sk-proj-0123456789abcdef'),
      'routes.0.request_id',
    ],
    [
      'URL credentials in a link',
      (e: LedgerEntry) => (e.evidence_links = ['https://bob:hunter22@ci.example/run']),
      'evidence_links.0',
    ],
    [
      'a key in a query string',
      (e: LedgerEntry) =>
        (e.chains[0]!.scenarios[0]!.timeline[0]!.path = '/v1/chat?api_key=abcdef123'),
      'chains.0.scenarios.0.timeline.0.path',
    ],
    [
      'an authorization header among retry headers',
      (e: LedgerEntry) =>
        (e.chains[0]!.scenarios[0]!.timeline[0]!.retry_headers = { authorization: 'xyz' }),
      'chains.0.scenarios.0.timeline.0.retry_headers.authorization',
    ],
  ])('rejects a leaking ledger: %s, naming where but not what', (_name, edit, where) => {
    const found = reasons(resealed(edit));
    expect(found.some((r) => r.startsWith(`${where}: `))).toBe(true);
    expect(found.join('\n')).not.toMatch(
      /abcdefghijklmnop1234|0123456789abcdef|hunter22|abcdef123|xyz/,
    );
  });

  it('rejects a known secret from the environment anywhere in the entry', () => {
    const text = resealed((e) => (e.follow_up_owner = 'team Zq9-private-value-77'));
    expect(reasons(text)).toEqual([]);
    expect(reasons(text, ['Zq9-private-value-77'])).toEqual([
      'follow_up_owner: contains a credential or secret-shaped value',
    ]);
  });

  it('verifies a history file line by line', () => {
    const line = JSON.stringify(good());
    expect(verifyHistoryText(`${line}\n${line}\n`)).toMatchObject({ ok: true, entries: 2 });
    const bad = verifyHistoryText(`${line}\n{"x":1}\n`);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reasons[0]).toMatch(/^line 2: /);
  });
});
