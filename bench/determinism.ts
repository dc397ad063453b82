import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../src/run.js';
import type { LedgerEntry, VerdictRecord } from '../src/record/ledger-schema.js';

// Same inputs, same verdicts: runs the gate on a config several times on a quiet machine and
// several times while CPU-bound processes compete for the cores, and compares the set of
// (verdict, subject, status) each run produced. Verdicts the gate could not time are `unknown`
// by design; a set that changes between runs is what this measures.

export interface RunResult {
  /** `id subject status`, sorted. */
  verdicts: string[];
  /**
   * `id subject status` with what the wire showed for a verdict the gate read as inside its
   * timing noise (its observed status instead of unknown), sorted.
   */
  observed: string[];
  /** Verdicts the gate read as unknown because they sat inside its measured timing noise. */
  insideNoise: number;
  /** The largest event-loop delay the gate measured in any scenario of this run, in ms. */
  maxDelayMs: number;
  /** Scenarios that were run a second time because they sat inside their timing noise. */
  reruns: number;
  wallMs: number;
}

export interface ConfigDeterminism {
  config: string;
  idle: RunResult[];
  loaded: RunResult[];
  /** Every run, idle and loaded, gave the same verdict set. */
  same: boolean;
  /** Verdict lines not present in every run. */
  differing: string[];
  /** The same, comparing what the wire showed (a verdict inside the noise by its observed status). */
  observedDiffering: string[];
}

export interface DeterminismOptions {
  idleRuns: number;
  loadedRuns: number;
  /** CPU-bound processes started for the loaded runs. */
  competitors: number;
  /** Extra CLI-equivalent settings: scenarios to run, samples. */
  scenarios?: string[];
  samples?: number;
  log?: (line: string) => void;
}

/** One gate run as the CLI makes it, against the embedded mock; the verdict set it produced. */
export async function gateVerdicts(
  config: string,
  options: Pick<DeterminismOptions, 'scenarios' | 'samples'> = {},
): Promise<RunResult> {
  const out = mkdtempSync(join(tmpdir(), 'fg-determinism-'));
  try {
    const started = performance.now();
    const { entry } = await runGate({
      configPath: config,
      outDir: out,
      upstream: 'mock',
      env: {},
      errorPath: {
        scenarios: options.scenarios ?? [],
        ...(options.samples !== undefined ? { samples: options.samples } : {}),
      },
      context: {
        gateVersion: 'determinism',
        nodeVersion: process.version,
        runnerOs: process.platform,
        driver: 'reference',
        operatorInitials: 'FG',
        followUpOwner: 'determinism',
        evidenceLinks: [],
        now: new Date(),
      },
    });
    return { ...summarise(entry), wallMs: Math.round(performance.now() - started) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function summarise(entry: LedgerEntry): Omit<RunResult, 'wallMs'> {
  const lines = new Set<string>();
  const observed = new Set<string>();
  let insideNoise = 0;
  const add = (v: VerdictRecord) => {
    lines.add(`${v.id} ${v.subject} ${v.status}`);
    const seen = v.figures.observed_status;
    if (typeof seen === 'string') insideNoise += 1;
    observed.add(`${v.id} ${v.subject} ${typeof seen === 'string' ? seen : v.status}`);
  };
  entry.verdicts.forEach(add);
  for (const route of entry.routes) route.verdicts.forEach(add);
  for (const chain of entry.chains) chain.verdicts.forEach(add);
  const timings = entry.chains.flatMap((c) =>
    c.scenarios.flatMap((s) => (s.timing ? [s.timing] : [])),
  );
  return {
    verdicts: [...lines].sort(),
    observed: [...observed].sort(),
    insideNoise,
    maxDelayMs: Math.max(0, ...timings.map((t) => t.event_loop_delay_max_ms)),
    reruns: timings.filter((t) => t.runs === 2).length,
  };
}

/** Starts CPU-bound processes; the returned function kills exactly those. */
export function startCompetitors(count: number): () => Promise<void> {
  const children: ChildProcess[] = Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }),
  );
  return async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
  };
}

export async function determinism(
  configs: readonly string[],
  options: DeterminismOptions,
): Promise<ConfigDeterminism[]> {
  const log = options.log ?? (() => undefined);
  const results: ConfigDeterminism[] = configs.map((config) => ({
    config,
    idle: [],
    loaded: [],
    same: true,
    differing: [],
    observedDiffering: [],
  }));
  for (let i = 0; i < options.idleRuns; i++) {
    for (const r of results) {
      r.idle.push(await gateVerdicts(r.config, options));
      log(`determinism: ${r.config} idle run ${i + 1}: ${r.idle.at(-1)!.wallMs} ms`);
    }
  }
  const stop = startCompetitors(options.competitors);
  try {
    for (let i = 0; i < options.loadedRuns; i++) {
      for (const r of results) {
        r.loaded.push(await gateVerdicts(r.config, options));
        log(`determinism: ${r.config} loaded run ${i + 1}: ${r.loaded.at(-1)!.wallMs} ms`);
      }
    }
  } finally {
    await stop();
  }
  for (const r of results) {
    const runs = [...r.idle, ...r.loaded];
    const all = new Set(runs.flatMap((run) => run.verdicts));
    r.differing = [...all].filter((line) => !runs.every((run) => run.verdicts.includes(line)));
    r.same = r.differing.length === 0;
    const observed = new Set(runs.flatMap((run) => run.observed));
    r.observedDiffering = [...observed].filter(
      (line) => !runs.every((run) => run.observed.includes(line)),
    );
  }
  return results;
}

/** The examples the project ships: every config under examples/. */
export const SHIPPED_EXAMPLES = [
  'examples/basic.yaml',
  'examples/retry-storm.yaml',
  'examples/storm-prone.yaml',
  'examples/litellm/config.yaml',
  'examples/portkey/config.json',
];

/** A Markdown table: one row per config, idle and loaded runs side by side. */
export function determinismTable(results: readonly ConfigDeterminism[]): string {
  const lines = [
    '| config | verdicts | idle runs | loaded runs | same set in every run | same observed set | inside the noise idle / loaded | largest event-loop delay idle / loaded | re-run scenarios idle / loaded |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const most = (runs: RunResult[], f: (r: RunResult) => number) => Math.max(0, ...runs.map(f));
  const sum = (runs: RunResult[]) => runs.reduce((n, r) => n + r.reruns, 0);
  const sumNoise = (runs: RunResult[]) => runs.reduce((n, r) => n + r.insideNoise, 0);
  for (const r of results) {
    lines.push(
      `| ${r.config} | ${r.idle[0]?.verdicts.length ?? 0} | ${r.idle.length} | ${r.loaded.length} | ${r.same ? 'yes' : `no: ${r.differing.join('; ')}`} | ${r.observedDiffering.length === 0 ? 'yes' : `no: ${r.observedDiffering.join('; ')}`} | ${sumNoise(r.idle)} / ${sumNoise(r.loaded)} | ${most(r.idle, (x) => x.maxDelayMs)} / ${most(r.loaded, (x) => x.maxDelayMs)} ms | ${sum(r.idle)} / ${sum(r.loaded)} |`,
    );
  }
  return lines.join('\n');
}
