import { describe, expect, it } from 'vitest';
import { sealLedger } from '../../src/record/build-ledger.js';
import { canonicalJson } from '../../src/record/canonical-json.js';
import { showLedgerFile } from '../../src/cli/commands/ledger-files.js';
import type { LedgerEntry } from '../../src/record/ledger-schema.js';
import { renderConsole } from '../../src/record/render-console.js';
import { buildEntry, happy, observations, throttleThenRecover } from '../record/fixtures.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// Names reach the terminal and the job log from configs and ledger files: none of them may
// carry a control character there or start a line the runner reads as a workflow command.

const tmp = useTmpDir();
const HOSTILE = '\u001b[2J\r::add-mask::real\n::error::forged\u0085\u2028\u202e';

function hostileEntry(): LedgerEntry {
  const { entry } = buildEntry(
    observations(
      [happy('primary', '2xx_usable'), happy('backup', '2xx_usable')],
      [throttleThenRecover()],
    ),
  );
  const { integrity: _integrity, ...draft } = structuredClone(entry);
  draft.chains[0]!.name = HOSTILE;
  draft.chains[0]!.reason = `::error::${HOSTILE}`;
  draft.routes[0]!.name = HOSTILE;
  return sealLedger(draft);
}

function expectInert(text: string): void {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
  for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*::/);
}

describe('console output', () => {
  it('shows control characters as escapes and never starts a line with ::', () => {
    const text = renderConsole(hostileEntry(), { colour: false });
    expectInert(text);
    expect(text).toContain('\\u001b[2J\\u000d::add-mask::real\\u000a::error::forged');
  });

  it('ledger show prints a hostile ledger inert', async () => {
    const file = writeFile(tmp(), 'ledger.json', canonicalJson(hostileEntry()));
    const shown = await showLedgerFile(file, {}, { colour: false });
    expect(shown.code, shown.stderr).toBe(0);
    expectInert(shown.stdout);
  });
});
