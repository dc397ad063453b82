import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

// The runner's file commands: job summary and step outputs, appended to the files the runner
// names in `env` (the same format @actions/core writes). Both are sinks after the ledger is on
// disk: a file that cannot be written (a missing directory, a directory, a full disk) is a
// warning, never a change of verdict or exit code.

/** Appends to the job summary; returns a warning when it could not, null otherwise. */
export async function appendJobSummary(
  markdown: string,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return null;
  try {
    await appendFile(file, markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`, 'utf8');
    return null;
  } catch (error) {
    return `the job summary (GITHUB_STEP_SUMMARY) could not be written (${reasonOf(error)}); the ledger is on disk and the verdict is unchanged`;
  }
}

/** Sets step outputs; returns a warning when the output file could not be written. */
export async function setStepOutputs(
  outputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  const file = env.GITHUB_OUTPUT;
  if (!file) return null;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  }
  try {
    await appendFile(file, text, 'utf8');
    return null;
  } catch (error) {
    return `the step outputs (GITHUB_OUTPUT) could not be written (${reasonOf(error)}); the verdict is unchanged`;
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]+$/.test(code) ? code : 'error';
}
