import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CREDENTIAL_NAME } from './command.js';

// The command driver runs the user's code as the gate's own user, and such a process can read
// /proc/<gate pid>/environ: the environment the gate was started with, which no change to
// process.env can alter. So before a command can run, the gate replaces itself (execve: same
// pid, same arguments) with an environment that holds no credential. The credentials travel
// through a private file (mode 0600 in a 0700 directory) that the new image reads and deletes
// at once, before any command is started; from then on they live only in the gate's memory.

/** Set in the re-executed image: where the withheld variables wait to be read back. */
const HANDOFF = 'FALLBACK_GATE_ENV_HANDOFF';

export type EnvironScrub =
  | { kind: 'clean' } // nothing to withhold
  | { kind: 'restored' } // this image was re-executed and took its variables back
  | { kind: 'unsupported' }; // no execve in this Node.js: the environ still holds them

/**
 * In the re-executed image: reads the withheld variables back into process.env (memory only)
 * and deletes the hand-off file. Call first thing in an entry point; a no-op otherwise.
 */
let restoredHere = false;

export function takeBackWithheldEnv(): number {
  const file = process.env[HANDOFF];
  if (!file) return 0;
  restoredHere = true;
  delete process.env[HANDOFF];
  let values: Record<string, string>;
  try {
    values = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } finally {
    rmSync(join(file, '..'), { recursive: true, force: true });
  }
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') process.env[name] = value;
  }
  return Object.keys(values).length;
}

/**
 * Re-executes the gate without credential variables in its environ (those whose names look
 * like one, and `extraNames`, such as a route's api_key_env). Does not return when it
 * re-executes; returns how things stand otherwise.
 */
export function reexecWithoutCredentials(extraNames: readonly string[] = []): EnvironScrub {
  if (restoredHere) return { kind: 'restored' };
  const withheld: Record<string, string> = {};
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (CREDENTIAL_NAME.test(name) || extraNames.includes(name)) withheld[name] = value;
    else kept[name] = value;
  }
  if (Object.keys(withheld).length === 0) return { kind: 'clean' };
  const execve = (process as { execve?: (file: string, args: string[], env: object) => never })
    .execve;
  if (typeof execve !== 'function') return { kind: 'unsupported' };
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'fallback-gate-env-'));
  const file = join(dir, 'env.json');
  writeFileSync(file, JSON.stringify(withheld), { mode: 0o600, flag: 'wx' });
  kept[HANDOFF] = file;
  return execve.call(
    process,
    process.execPath,
    [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    kept,
  );
}

/**
 * For the entry points, before a command-driver run: re-executes without the credentials of
 * the config's routes and every credential-named variable in the environ. A config that does
 * not load is left for the gate to report.
 */
export async function withholdCredentialsFromCommands(configPath: string): Promise<EnvironScrub> {
  if (restoredHere) return { kind: 'restored' };
  let names: string[];
  try {
    const { loadPlan } = await import('../../plan/index.js');
    const plan = await loadPlan(configPath, { env: process.env });
    names = plan.routes.flatMap((r) => (r.apiKeyEnv ? [r.apiKeyEnv] : []));
  } catch {
    names = [];
  }
  return reexecWithoutCredentials(names);
}
