import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealLedger } from '../../src/record/build-ledger.js';
import { canonicalJson } from '../../src/record/canonical-json.js';
import type { LedgerEntry } from '../../src/record/ledger-schema.js';
import { MergeError, mergeLedgers } from '../../src/record/merge.js';
import { verifyLedgerText } from '../../src/record/verify.js';
import { runGate } from '../../src/run.js';
import { context, FIXED_NOW } from '../record/fixtures.js';
import { useTmpDir } from '../helpers/tmp.js';

// The integrity digest is unkeyed: anyone can recompute it, so it proves a file was not
// corrupted, not who wrote it. What verify can still refuse is an entry whose parts disagree.

const tmp = useTmpDir();

async function failingEntry(): Promise<LedgerEntry> {
  const result = await runGate({
    configPath: 'examples/retry-storm.yaml',
    outDir: join(tmp(), 'out'),
    upstream: 'mock',
    errorPath: false,
    storm: null,
    env: {},
    context: context({ run: null, evidenceLinks: [] }),
  });
  expect(result.entry.passed).toBe(false);
  return result.entry;
}

function reseal(entry: LedgerEntry, edit: (draft: Omit<LedgerEntry, 'integrity'>) => void) {
  const { integrity: _integrity, ...draft } = structuredClone(entry);
  edit(draft);
  return sealLedger(draft);
}

describe('verify', () => {
  it('rejects a failing ledger flipped to passed with its problems removed and the digest recomputed', async () => {
    const forged = reseal(await failingEntry(), (d) => {
      d.passed = true;
      d.gate.passed = true;
      d.gate.problems = [];
      d.failures = [];
    });
    const result = verifyLedgerText(canonicalJson(forged));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(/gate\.problems lacks the budget problem/);
  });

  it('rejects __proto__ and unknown keys added after sealing', async () => {
    const text = canonicalJson(await failingEntry());
    for (const edited of [
      text.replace('{\n', '{\n  "__proto__": { "passed": true },\n'),
      text.replace('"gate": {', '"gate": { "__proto__": { "passed": true },'),
      text.replace('"gate": {', '"gate": { "approved": true,'),
    ]) {
      expect(verifyLedgerText(edited).ok).toBe(false);
    }
  });
});

describe('ledger merge', () => {
  it('refuses the same entry twice, directly or inside an earlier merge', async () => {
    const entry = await failingEntry();
    expect(() => mergeLedgers([entry, entry], { now: FIXED_NOW })).toThrow(MergeError);
    const other = reseal(entry, (d) => (d.ledger_id = '01JQ0000000000000000000077'));
    const merged = mergeLedgers([entry, other], { now: FIXED_NOW });
    expect(() => mergeLedgers([merged, entry], { now: FIXED_NOW })).toThrow(
      /more than once|both on its own/,
    );
  });
});
