// A network sink (artifact, comment) that fails or overruns is reported and never changes the
// job's result: the ledger is already on disk and in the job summary.

export type SinkOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

export async function runSink<T>(
  deadlineMs: number,
  work: () => Promise<T>,
): Promise<SinkOutcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<SinkOutcome<T>>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: `did not finish within ${deadlineMs} ms` }),
      deadlineMs,
    );
  });
  const done = work().then(
    (value): SinkOutcome<T> => ({ ok: true, value }),
    (error: unknown): SinkOutcome<T> => ({
      ok: false,
      reason: error instanceof Error ? error.message : String(error),
    }),
  );
  try {
    return await Promise.race([done, overrun]);
  } finally {
    clearTimeout(timer);
  }
}
