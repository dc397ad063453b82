import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/record/canonical-json.js';
import { MergeError, mergeLedgers } from '../../src/record/merge.js';
import { verifyLedgerText } from '../../src/record/verify.js';
import {
  FIXED_NOW,
  attempt,
  buildEntry,
  context,
  happy,
  observations,
  scenario,
} from './fixtures.js';

const linux = buildEntry(
  observations([happy('primary', '2xx_usable'), happy('backup', '2xx_usable')]),
  {
    ctx: context({ runnerOs: 'Linux' }),
  },
).entry;
const macos = buildEntry(
  observations(
    [happy('primary', 'retryable'), happy('backup', '2xx_usable')],
    [
      scenario(
        'primary-down-fallback-up',
        [
          attempt(1, 'primary', 0, 503),
          attempt(2, 'primary', 10, 503),
          attempt(3, 'backup', 30, 200),
        ],
        {
          kind: 'usable',
          route: 'backup',
        },
      ),
    ],
  ),
  { ctx: context({ runnerOs: 'macOS', operatorInitials: 'XY' }) },
).entry;
const failing = buildEntry(
  observations([happy('primary', 'terminal'), happy('backup', 'retryable')]),
  {
    ctx: context({ runnerOs: 'Windows' }),
  },
).entry;

const merge = (...e: (typeof linux)[]) =>
  mergeLedgers(e, { now: FIXED_NOW, makeId: () => '01JQ0000000000000000000099' });

describe('ledger merge', () => {
  it('takes the most severe decision and passes only when every job passed', () => {
    const m = merge(linux, macos);
    expect(m).toMatchObject({ fallback_decision: 'use_fallback', passed: true, retry_attempts: 2 });
    const all = merge(linux, macos, failing);
    expect(all).toMatchObject({ fallback_decision: 'escalate', passed: false });
    expect(all.failures).toEqual(failing.failures);
    expect(all.status_class).toBe('terminal');
  });

  it('keeps every chain with the entry it came from, most severe first', () => {
    const m = merge(linux, macos, failing);
    expect(m.chains.map((c) => [c.fallback_decision, c.source_ledger_id])).toEqual([
      ['escalate', failing.ledger_id],
      ['use_fallback', macos.ledger_id],
      ['keep_primary', linux.ledger_id],
    ]);
    expect(m.merged_from.map((x) => x.runner_os)).toEqual(['Linux', 'macOS', 'Windows']);
    expect(m.environment.runner_os).toBe('Linux, macOS, Windows');
    expect(m.operator_initials).toBe('FG, XY');
  });

  it('writes an entry that verifies', () => {
    expect(verifyLedgerText(canonicalJson(merge(linux, macos, failing)))).toMatchObject({
      ok: true,
    });
  });

  it('refuses entries judged under different fail policies', () => {
    const lenient = buildEntry(observations([happy('primary', '2xx_usable')]), {
      failOn: ['budget'],
    }).entry;
    expect(() => merge(linux, lenient)).toThrow(MergeError);
    expect(() => merge(linux, lenient)).toThrow(/run every job with the same --fail-on/);
  });

  it('refuses to merge nothing', () => {
    expect(() => merge()).toThrow(/at least one ledger file/);
  });
});
