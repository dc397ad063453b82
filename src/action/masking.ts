import type { ActionSink } from './deps.js';

// Every credential this step can read is masked, so the runner scrubs it from the log.

/** Masks each value once; empty values are skipped. */
export type Masker = (values: readonly string[]) => void;

export function createMasker(sink: ActionSink): Masker {
  const masked = new Set<string>();
  return (values) => {
    for (const value of values) {
      if (!value || masked.has(value)) continue;
      masked.add(value);
      sink.setSecret(value);
    }
  };
}
