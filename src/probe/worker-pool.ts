import { availableParallelism } from 'node:os';

// How many command samples run at once over a whole error-path run, and the pool that holds them
// to it: forty sample processes never start at once on a two-core runner.

/**
 * Command samples at once: two per core the machine offers this process. A sample process spends
 * most of its life waiting on the wire; what must not pile up is forty start-ups at once.
 */
export function defaultConcurrency(): number {
  return 2 * Math.max(1, availableParallelism());
}

/** A bounded pool: at most `size` of the tasks run at once, in the order they were asked for. */
export function workerPool(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

export type Pool = ReturnType<typeof workerPool>;
