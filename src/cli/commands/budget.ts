// --max-attempts and --max-elapsed-ms of `check` and `plan`: budget limits that replace the config's.

export function budgetFrom(flags: {
  maxAttempts?: number;
  maxElapsedMs?: number;
}): { budget: { maxAttemptsPerRequest?: number; maxElapsedMs?: number } } | Record<string, never> {
  if (flags.maxAttempts === undefined && flags.maxElapsedMs === undefined) return {};
  return {
    budget: {
      ...(flags.maxAttempts !== undefined ? { maxAttemptsPerRequest: flags.maxAttempts } : {}),
      ...(flags.maxElapsedMs !== undefined ? { maxElapsedMs: flags.maxElapsedMs } : {}),
    },
  };
}
