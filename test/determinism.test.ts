import { describe, expect, it } from 'vitest';
import { determinism } from '../bench/determinism.js';

// Same inputs, same verdicts: a small config gives one set of (verdict, subject, observed status)
// in three runs on a quiet machine and three runs while two CPU-bound processes compete for the
// cores, and any run whose verdict differs says unknown because it measured its own timing as
// too disturbed there. (`npm run bench` reports the strict comparison over every shipped example.)

describe('verdicts do not depend on how busy the machine is', () => {
  it('gives examples/basic.yaml the same observed verdicts in 3 quiet and 3 loaded runs', async () => {
    const [result] = await determinism(['examples/basic.yaml'], {
      idleRuns: 3,
      loadedRuns: 3,
      competitors: 2,
      scenarios: ['throttle-then-recover', 'unavailable-exhausts', 'terminal'],
    });
    expect(result!.idle).toHaveLength(3);
    expect(result!.loaded).toHaveLength(3);
    // The runs judged the error path: the set is not trivially equal because it is empty.
    expect(result!.idle[0]!.verdicts.some((v) => v.startsWith('backoff_present '))).toBe(true);
    // What the wire showed never changes with the load: no pass turns into a fail or back.
    expect(result!.observedDiffering).toEqual([]);
    // Where the gate's verdict differs between runs, it is only because the gate measured its
    // own timing as too disturbed there and said unknown, naming the delay.
    const runs = [...result!.idle, ...result!.loaded];
    for (const line of result!.differing) {
      const [id, subject] = line.split(' ');
      const unknownIn = runs.filter((r) => r.verdicts.includes(`${id} ${subject} unknown`));
      expect(unknownIn.length, line).toBeGreaterThan(0);
      // …and each such unknown records what the wire showed: it was read as inside the noise.
      for (const r of unknownIn) {
        expect(r.observed, line).not.toContain(`${id} ${subject} unknown`);
      }
    }
  }, 120_000);
});
