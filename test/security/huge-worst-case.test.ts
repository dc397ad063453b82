import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseChains } from '../../src/plan/analyse.js';
import { planFromText } from '../../src/plan/load.js';
import { ATTEMPTS_CEILING } from '../../src/retry/worst-case.js';
import { verifyLedgerText } from '../../src/record/verify.js';
import { runGate } from '../../src/run.js';
import { context } from '../record/fixtures.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// A config the plan stage accepts can declare a worst case beyond what a double counts
// exactly: 100 attempts under seven layers of 100 is 10^16 > 2^53. The gate must still write a
// ledger, with the figure saturated and flagged, and fail the budget.

const tmp = useTmpDir();

const layers = Array.from(
  { length: 7 },
  (_, i) =>
    `  - name: layer${i}\n    retry: { max_attempts: 100, initial_backoff_ms: 1, max_backoff_ms: 1 }`,
).join('\n');
const HUGE = `routes:
  - { name: primary, endpoint_family: chat_completions, base_url: "https://a.example/v1", model: m, api_key_env: A_KEY, timeout_ms: 1000 }
retry: { max_attempts: 100, initial_backoff_ms: 1, max_backoff_ms: 1 }
budget: { max_attempts_per_request: 4 }
owners: { operator_initials: FG, follow_up_owner: oncall }
layers:
${layers}
`;

describe('a worst case above 2^53', () => {
  it('saturates at 2^53 − 1 instead of losing precision', () => {
    const [chain] = summariseChains(planFromText('huge.yaml', HUGE));
    expect(chain?.attempts).toBe(ATTEMPTS_CEILING);
  });

  it('still produces a verifiable, failing ledger that flags the figure, error path and storm included', async () => {
    const dir = tmp();
    const result = await runGate({
      configPath: writeFile(dir, 'huge.yaml', HUGE),
      outDir: join(dir, 'out'),
      upstream: 'mock',
      env: {},
      context: context({ run: null, evidenceLinks: [] }),
    });
    expect(result.exitCode).toBe(1);
    expect(result.entry.chains[0]).toMatchObject({
      worst_case_attempts: 9007199254740991,
      worst_case_attempts_saturated: true,
    });
    const json = readFileSync(result.files.jsonPath, 'utf8');
    expect(verifyLedgerText(json)).toMatchObject({ ok: true });
    expect(result.entry.failures.join('\n')).toMatch(/at least 9007199254740991/);
    expect(json).toMatch(
      /not run: the declared worst case is at least 9007199254740991 upstream attempts/,
    );
  });
});
