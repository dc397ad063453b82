import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineProgress, type Stage } from '../src/common/progress.js';
import { runGate } from '../src/run.js';
import { context } from './record/fixtures.js';
import { useTmpDir } from './helpers/tmp.js';

const tmp = useTmpDir();

/** Seconds since the run started, from each line's "[12.3 s]". */
function stamps(lines: readonly string[]): number[] {
  return lines.map((l) => Number(/^fallback-gate \[([\d.]+) s\]/.exec(l)?.[1]));
}

describe('progress lines', () => {
  it('says "still running" while a stage is quiet, and nothing once the run is done', async () => {
    const lines: string[] = [];
    const progress = lineProgress({ write: (l) => lines.push(l), heartbeatMs: 200 });
    progress.stage('probe', 'one slow scenario');
    progress.scenariosStarted(['default/timeout', 'default/reset']);
    progress.scenarioFinished('default/reset');
    await sleep(1_000);
    progress.done();
    const count = lines.length;
    await sleep(300);
    expect(lines.length).toBe(count);
    const heartbeats = lines.filter((l) => l.includes('still running'));
    expect(heartbeats.length).toBeGreaterThanOrEqual(3);
    expect(heartbeats[0]).toMatch(
      /probe: still running: 1 of 2 scenarios done, waiting on default\/timeout$/,
    );
    const at = stamps(lines);
    expect(at.every(Number.isFinite)).toBe(true);
  });

  it('reports every stage and every scenario of a real run, in order', async () => {
    const lines: string[] = [];
    const stages: Stage[] = [];
    const result = await runGate({
      configPath: join('examples', 'basic.yaml'),
      outDir: tmp(),
      upstream: 'mock',
      env: {},
      context: context({ run: null }),
      progress: lineProgress({ write: (l) => lines.push(l), onStage: (s) => stages.push(s) }),
    });
    expect(stages).toEqual(['plan', 'probe', 'judge', 'record', 'publish']);
    const scenarioLines = lines.filter((l) => / scenario default\/.* done \(\d+\/\d+\)$/.test(l));
    expect(scenarioLines).toHaveLength(result.entry.chains[0]!.scenarios.length);
    expect(lines.some((l) => l.includes('retry-storm simulation'))).toBe(true);
    const at = stamps(lines);
    for (let i = 1; i < at.length; i += 1) expect(at[i]! - at[i - 1]!).toBeLessThanOrEqual(5);
  });
});
