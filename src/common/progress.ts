// Progress of a run, for the person watching a terminal or a job log: a line when each stage
// starts and when each fault scenario finishes, and a "still running" line when nothing was said
// for a while, so a long run never looks hung. Progress goes to stderr (stdout stays the result,
// and stays clean JSON under --json); --quiet turns it off. The action prints the same lines
// inside one `::group::` per stage.

export type Stage = 'plan' | 'probe' | 'judge' | 'record' | 'publish';

export interface Progress {
  stage(stage: Stage, detail: string): void;
  /** The fault scenarios that started, by "chain/scenario" name. */
  scenariosStarted(names: readonly string[]): void;
  scenarioFinished(name: string): void;
  /** Ends the last stage and stops the heartbeat. */
  done(): void;
}

export const SILENT: Progress = {
  stage: () => undefined,
  scenariosStarted: () => undefined,
  scenarioFinished: () => undefined,
  done: () => undefined,
};

/** At most this long passes without a line while the run goes on. */
export const HEARTBEAT_MS = 5_000;

export interface LineProgressOptions {
  write: (line: string) => void;
  /** Called when a new stage starts (the action opens a log group here). */
  onStage?: (stage: Stage) => void;
  /** Called when the last stage ends. */
  onDone?: () => void;
  heartbeatMs?: number;
  now?: () => number;
}

export function lineProgress(options: LineProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const started = now();
  let lastLine = started;
  let current: Stage | null = null;
  const pending = new Set<string>();
  let total = 0;
  const say = (text: string) => {
    lastLine = now();
    options.write(`fallback-gate [${((lastLine - started) / 1000).toFixed(1)} s] ${text}`);
  };
  // Checked ten times per period and said a little early, so lines are never more than
  // heartbeatMs apart even when a check comes late; unref'd, so it never keeps the process alive.
  const timer = setInterval(
    () => {
      if (current === null || now() - lastLine < heartbeatMs * 0.8) return;
      const waiting =
        pending.size > 0
          ? `: ${total - pending.size} of ${total} scenarios done, waiting on ${[...pending].slice(0, 4).join(', ')}${pending.size > 4 ? ` and ${pending.size - 4} more` : ''}`
          : '';
      say(`${current}: still running${waiting}`);
    },
    Math.max(20, Math.floor(heartbeatMs / 10)),
  );
  timer.unref();
  return {
    stage(stage, detail) {
      if (stage !== current) options.onStage?.(stage);
      current = stage;
      say(`${stage}: ${detail}`);
    },
    scenariosStarted(names) {
      for (const n of names) pending.add(n);
      total += names.length;
      say(`${current ?? 'probe'}: ${names.length} fault scenarios started`);
    },
    scenarioFinished(name) {
      pending.delete(name);
      say(`${current ?? 'probe'}: scenario ${name} done (${total - pending.size}/${total})`);
    },
    done() {
      clearInterval(timer);
      if (current !== null) options.onDone?.();
      current = null;
    },
  };
}
