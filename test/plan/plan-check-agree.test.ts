import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlanStage } from '../../src/plan/stage.js';
import { runGate } from '../../src/run.js';
import { useTmpDir } from '../helpers/tmp.js';
import { context } from '../record/fixtures.js';

// plan bounds the amplification statically (every route down); check measures it by simulating
// the outage. The two must not disagree: plan's bound is a notice that defers to check's verdict.

const tmp = useTmpDir();
const BASIC = join('examples', 'basic.yaml');

describe('plan and check on examples/basic.yaml', () => {
  it('plan raises no warning or error, only a notice that check judges the amplification', async () => {
    const { analysis } = await runPlanStage({ configPath: BASIC });
    const bound = analysis.findings.find((f) => f.id === 'amplification_over_budget');
    expect(bound?.severity).toBe('notice');
    expect(bound?.message).toContain('if every route is down, each request becomes 4');
    expect(bound?.message).toContain('check simulates the outage and judges the amplification');
    expect(analysis.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it("check's simulated amplification passes, and the ledger says nothing contrary", async () => {
    const { entry } = await runGate({
      configPath: BASIC,
      outDir: tmp(),
      upstream: 'mock',
      errorPath: false,
      env: {},
      context: context({ run: null }),
    });
    const verdict = entry.chains[0]!.verdicts.find((v) => v.id === 'amplification_within_budget');
    expect(verdict?.status).toBe('pass');
    expect(entry.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});
