import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { Route } from '../../routing/index.js';
import type { CallerOutcome } from '../../observations/index.js';

// The command driver: the user's own client or gateway, started as a shell command whose base
// URLs point at the fault proxies. Each sample is its own process in its own process group, so
// the whole tree (a gateway the script started, say) is killed by group when it ends or overruns;
// processes that left the group (setsid) are found by a marker variable in their environment.
// Its output is read only for an optional outcome line and is never copied anywhere: it may hold
// generated text.

/** Stands in for every credential during the error path: the upstream is the embedded mock. */
export const PLACEHOLDER_KEY = 'fallback-gate-placeholder-key';

/** A line the command may print to state its outcome; otherwise the exit code decides. */
const OUTCOME_LINE = /^fallback-gate-outcome: (usable|controlled_failure)\s*$/m;
const MAX_OUTPUT_BYTES = 64 * 1024;

export interface CommandEnvInput {
  baseEnv: NodeJS.ProcessEnv;
  /** The chain's routes in order, primary first, each with its proxy base URL for this sample. */
  routes: { route: Route; baseUrl: string }[];
  scenario: string;
  chain: string;
  sample: number;
  deadlineMs: number;
}

/** `FALLBACK_GATE_BASE_URL_<ROUTE>`: the route name upper-cased, other characters as `_`. */
export function routeEnvName(route: string): string {
  return `FALLBACK_GATE_BASE_URL_${route.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The runner's own credentials and inputs: never handed to the command. */
const WITHHELD =
  /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)|ACTIONS_RESULTS_URL|GITHUB_TOKEN|GH_TOKEN)$/;
/**
 * Names that look like credentials, wherever the word is (OTHER_SECRET_V2, KEY_FILE_CONTENT):
 * the command gets the placeholder instead.
 */
export const CREDENTIAL_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|COOKIE|SESSION)/i;

/**
 * Every process a sample starts carries this variable with the sample's own random value, so
 * its whole tree can be found again in /proc and killed, including processes that left the
 * process group (setsid) and were re-parented away from the shell.
 */
export const TREE_MARKER = 'FALLBACK_GATE_TREE';

/** The base environment with the runner's tokens withheld and every credential a placeholder. */
export function withoutCredentials(baseEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(baseEnv)) {
    if (value === undefined || WITHHELD.test(name)) continue;
    env[name] = CREDENTIAL_NAME.test(name) ? PLACEHOLDER_KEY : value;
  }
  return env;
}

/**
 * The environment a sample's command runs with (documented in the README). Healthy answers come
 * from the embedded mock, so no real credential is ever needed: credential-looking variables are
 * replaced by a placeholder and the runner's own tokens and inputs are withheld.
 */
export function commandEnvironment(input: CommandEnvInput): NodeJS.ProcessEnv {
  const env = withoutCredentials(input.baseEnv);
  const primary = input.routes[0];
  for (const { route, baseUrl } of input.routes) {
    env[routeEnvName(route.name)] = baseUrl;
    if (route.apiKeyEnv) env[route.apiKeyEnv] = PLACEHOLDER_KEY;
  }
  if (primary) {
    env.OPENAI_BASE_URL = primary.baseUrl;
    env.FALLBACK_GATE_FAMILY = primary.route.family;
    env.FALLBACK_GATE_MODEL = primary.route.model;
  }
  env.OPENAI_API_KEY = PLACEHOLDER_KEY;
  env.FALLBACK_GATE_ROUTES = JSON.stringify(
    input.routes.map(({ route, baseUrl }) => ({
      name: route.name,
      family: route.family,
      model: route.model,
      base_url: baseUrl,
      timeout_ms: route.timeoutMs,
    })),
  );
  env.FALLBACK_GATE_SCENARIO = input.scenario;
  env.FALLBACK_GATE_CHAIN = input.chain;
  env.FALLBACK_GATE_SAMPLE = String(input.sample);
  env.FALLBACK_GATE_DEADLINE_MS = String(input.deadlineMs);
  return env;
}

export interface CommandSample {
  outcome: CallerOutcome;
  exitCode: number | null;
  signal: string | null;
  /** How long after it was asked for the process really started (null if it never did). */
  startLateMs: number | null;
}

/** Process groups still alive, by their tree marker; killed if the gate itself exits first. */
const liveGroups = new Map<number, string>();
let exitHookInstalled = false;

/** Markers whose asynchronous sweep has not finished yet: the exit hook sweeps them too. */
const sweeping = new Set<string>();

/** Kills a whole process group; a group already gone is fine. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
}

/**
 * Kills the group now; the /proc sweep for stragglers that left it runs once no sample is live,
 * so reading /proc never competes with the timing of samples still running.
 */
function killTree(pid: number, marker: string): void {
  killGroup(pid);
  liveGroups.delete(pid);
  sweeping.add(marker);
  if (liveGroups.size > 0) return;
  const markers = [...sweeping];
  void killMarked(markers)
    .catch(() => 0)
    .finally(() => {
      for (const m of markers) sweeping.delete(m);
    });
}

/**
 * Kills every process whose environment carries one of `markers` (scanning /proc, where it
 * exists). A process forked while a pass runs is caught by the next; the passes are bounded.
 * The synchronous form is for the exit hook only: it blocks the event loop.
 */
export function killMarkedSync(markers: readonly string[]): number {
  return scanPasses(
    markers,
    () => readdirSync('/proc'),
    (pid) => readFileSync(`/proc/${pid}/environ`),
  );
}

/** The same scan without blocking the event loop, so concurrent samples keep their timing. */
export async function killMarked(markers: readonly string[]): Promise<number> {
  let killed = 0;
  for (let pass = 0; pass < 5; pass++) {
    let names: string[];
    try {
      names = await readdir('/proc');
    } catch {
      return killed;
    }
    const found = await Promise.all(
      names
        .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
        .map(async (pid) => {
          const environ = await readFile(`/proc/${pid}/environ`).catch(() => null);
          return environ && carries(environ, markers) && kill(Number(pid)) ? 1 : 0;
        }),
    );
    const count = found.reduce<number>((a, b) => a + b, 0);
    killed += count;
    if (count === 0) break;
  }
  return killed;
}

function scanPasses(
  markers: readonly string[],
  list: () => string[],
  environOf: (pid: string) => Buffer,
): number {
  let killed = 0;
  for (let pass = 0; pass < 5; pass++) {
    let names: string[];
    try {
      names = list();
    } catch {
      return killed; // no /proc: the process-group kill is all there is
    }
    let count = 0;
    for (const pid of names) {
      if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
      let environ: Buffer;
      try {
        environ = environOf(pid);
      } catch {
        continue; // gone, or another user's
      }
      if (carries(environ, markers) && kill(Number(pid))) count++;
    }
    killed += count;
    if (count === 0) break;
  }
  return killed;
}

function carries(environ: Buffer, markers: readonly string[]): boolean {
  return markers.some((m) => environ.indexOf(`${TREE_MARKER}=${m}\0`) !== -1);
}

function kill(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false; // already gone
  }
}

/** Runs the command once, bounded by the deadline; the process group is always killed after. */
export function runCommandSample(
  command: string,
  env: NodeJS.ProcessEnv,
  options: { cwd?: string; deadlineMs: number },
): Promise<CommandSample> {
  installExitHook();
  return new Promise((resolve) => {
    const started = performance.now();
    const marker = randomBytes(12).toString('hex');
    const child = spawn(command, {
      shell: true,
      detached: true,
      env: { ...env, [TREE_MARKER]: marker },
      cwd: options.cwd ?? process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid !== undefined) liveGroups.set(pid, marker);
    let startLateMs: number | null = null;
    child.once('spawn', () => {
      startLateMs = Math.round((performance.now() - started) * 10) / 10;
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_OUTPUT_BYTES) stdout += chunk.toString('utf8');
    });
    // stderr is drained and dropped: it may carry generated text or a provider's error body.
    child.stderr.resume();
    let timedOut = false;
    let settled = false;
    const finish = (result: Omit<CommandSample, 'startLateMs'>) => {
      const sample = { ...result, startLateMs };
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (pid !== undefined) {
        killTree(pid, marker);
      }
      child.stdout.destroy();
      child.stderr.destroy();
      resolve(sample);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killGroup(pid);
      finish({
        outcome: { kind: 'hang', afterMs: Math.round(performance.now() - started) },
        exitCode: null,
        signal: 'SIGKILL',
      });
    }, options.deadlineMs);
    child.once('error', (error) => {
      finish({
        outcome: {
          kind: 'unknown',
          reason: `the command could not be spawned (${(error as NodeJS.ErrnoException).code ?? 'error'}): it did not start`,
        },
        exitCode: null,
        signal: null,
      });
    });
    child.once('exit', (code, signal) => {
      if (timedOut) return;
      const outcome = outcomeOfExit(stdout, code, signal);
      stdout = '';
      finish({ outcome, exitCode: code, signal });
    });
  });
}

/** Kills every live sample's group and marked tree if the gate exits first. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of liveGroups.keys()) killGroup(pid);
    killMarkedSync([...liveGroups.values(), ...sweeping]);
  });
}

/** What an exited command's caller got: its stated outcome line, else its exit code or signal. */
function outcomeOfExit(
  stdout: string,
  code: number | null,
  signal: NodeJS.Signals | null,
): CallerOutcome {
  const stated = OUTCOME_LINE.exec(stdout)?.[1];
  if (stated === 'usable' || (stated === undefined && code === 0)) {
    return { kind: 'usable', route: null };
  }
  if (stated === 'controlled_failure') {
    return {
      kind: 'controlled_failure',
      reason: 'the command reported a controlled failure',
    };
  }
  if (code === 126 || code === 127) {
    // The shell's own codes for a command it could not run or could not find.
    return {
      kind: 'unknown',
      reason: `the command exited with code ${code} (${code === 127 ? 'not found' : 'not executable'}): it may not have started`,
    };
  }
  if (code !== null) {
    return { kind: 'controlled_failure', reason: `the command exited with code ${code}` };
  }
  return {
    kind: 'controlled_failure',
    reason: `the command was ended by ${signal ?? 'a signal'}`,
  };
}
