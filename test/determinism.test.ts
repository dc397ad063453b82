import { describe, expect, it } from 'vitest';
import { determinism } from '../bench/determinism.js';

// Same inputs, same verdicts: a small config gives one set of (verdict, subject, status) in three
// runs on a quiet machine and three runs while two CPU-bound processes compete for the cores.
// (`npm run bench` runs the same comparison over every shipped example.)

describe('verdicts do not depend on how busy the machine is', () => {
  it('gives examples/basic.yaml the same verdict set in 3 quiet and 3 loaded runs', async () => {
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
    expect(result!.differing).toEqual([]);
  }, 120_000);
});
