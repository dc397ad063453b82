import { spawn } from 'node:child_process';
import { open } from 'node:fs/promises';

// Small timing tools for the benchmark: medians, and spawning a process with a deadline.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function round(value: number, places = 1): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

export interface SpawnTiming {
  /** Spawn until the process exited, in ms. */
  exitMs: number;
  /** Spawn until the process opened the marker file for reading; null when it never did. */
  markerMs: number | null;
  code: number | null;
}

/**
 * Spawns `node args…` and times it. With a marker FIFO, also times the moment the process opens
 * that FIFO for reading (our open for writing completes then), writes `markerText` into it and
 * closes it. Killed after deadlineMs.
 */
export async function timeSpawn(
  node: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { markerFifo?: string; markerText?: string; deadlineMs?: number } = {},
): Promise<SpawnTiming> {
  const started = performance.now();
  const child = spawn(node, args, { env, stdio: ['ignore', 'ignore', 'ignore'] });
  const deadline = setTimeout(() => child.kill('SIGKILL'), options.deadlineMs ?? 10_000);
  const exited = new Promise<{ at: number; code: number | null }>((resolve) => {
    child.on('close', (code) => resolve({ at: performance.now(), code }));
    child.on('error', () => resolve({ at: performance.now(), code: null }));
  });
  let markerMs: number | null = null;
  if (options.markerFifo) {
    const fifo = options.markerFifo;
    const opened = open(fifo, 'w').then(async (handle) => {
      markerMs = performance.now() - started;
      await handle.writeFile(options.markerText ?? '');
      await handle.close();
    });
    // If the process exits without ever reading the marker, unblock our open by reading it.
    const raced = await Promise.race([
      opened.then(() => 'opened' as const),
      exited.then(() => 'exited' as const),
    ]);
    if (raced === 'exited') {
      const unblock = await open(fifo, 'r');
      await opened.catch(() => undefined);
      await unblock.close();
      markerMs = null;
    }
  }
  const { at, code } = await exited;
  clearTimeout(deadline);
  return { exitMs: at - started, markerMs, code };
}
