import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { createServer } from 'node:net';
import { request } from 'undici';
import { killGroup } from './command.js';

// A gateway process for one scenario: started in its own process group on a free loopback port,
// polled until it answers HTTP (bounded), and always stopped by group (SIGTERM, then SIGKILL
// after a bounded grace). Its output is kept only as the last few lines, masked, for the
// evidence gap when it fails to start or dies; it is never copied anywhere else.

export interface GatewayLaunch {
  /** Program and arguments, spawned without a shell … */
  file?: string;
  args?: string[];
  /** … or a shell command line (a user's template, already filled in). */
  shellCommand?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  port: number;
  /** Path polled for readiness; any HTTP answer counts. */
  readyPath: string;
  startTimeoutMs: number;
}

export interface RunningGateway {
  port: number;
  /** From spawn until the first HTTP answer. */
  startupMs: number;
  /** Null while the process runs; how it ended otherwise. */
  exited(): { code: number | null; signal: string | null } | null;
  logTail(): string[];
  stop(): Promise<void>;
}

export type GatewayStart =
  | { ok: true; gateway: RunningGateway }
  | { ok: false; reason: string; startupMs: number; logTail: string[] };

const LOG_LINES = 12;
const LINE_CHARS = 200;
const POLL_MS = 50;
const STOP_GRACE_MS = 2_000;
// eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** `key=value`, `key: value` and bearer forms of anything credential-shaped in a log line. */
const CREDENTIAL_TEXT =
  /\b(api[_-]?key|authorization|bearer|token|secret|password|master[_-]?key)(["']?\s*[:=]?\s*["']?)[^\s"',}]+/gi;

/** A log line as it may appear in an evidence gap: no colour codes, no credential-shaped values, short. */
export function maskLogLine(line: string): string {
  return line
    .replace(ANSI, '')
    .replace(CREDENTIAL_TEXT, '$1$2[redacted]')
    .replace(/\r/g, '')
    .trim()
    .slice(0, LINE_CHARS);
}

/** Process groups of running gateways; killed if the gate exits first. */
const live = new Set<number>();
let hooked = false;

/** A port nobody listens on at the moment it is asked (the gateway binds it right after). */
export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no loopback port');
  return address.port;
}

/** How a process ended, as an evidence gap says it. */
export function describeExit(ended: { code: number | null; signal: string | null }): string {
  return ended.signal ? `signal ${ended.signal}` : `exit code ${ended.code}`;
}

export async function startGateway(launch: GatewayLaunch): Promise<GatewayStart> {
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const pid of live) killGroup(pid);
    });
  }
  const started = performance.now();
  const log = logTail();
  const child = spawnGroup(launch);
  const pid = child.pid;
  if (pid !== undefined) live.add(pid);
  child.stdout.on('data', log.take);
  child.stderr.on('data', log.take);
  const watched = watch(child);
  const elapsed = () => Math.round(performance.now() - started);
  const deadline = started + launch.startTimeoutMs;
  const url = `http://127.0.0.1:${launch.port}${launch.readyPath}`;
  while (performance.now() < deadline) {
    const how = watched.exited();
    if (how !== null) {
      await watched.stop();
      const spawnError = watched.spawnError();
      return {
        ok: false,
        reason: spawnError
          ? `the gateway could not be started (${spawnError ?? ''})`
          : `the gateway exited before it was ready (${describeExit(how)})`,
        startupMs: elapsed(),
        logTail: log.tail(),
      };
    }
    if (await answers(url, Math.max(1, Math.min(1_000, deadline - performance.now())))) {
      const startupMs = elapsed();
      return {
        ok: true,
        gateway: {
          port: launch.port,
          startupMs,
          exited: watched.exited,
          logTail: log.tail,
          stop: watched.stop,
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await watched.stop();
  return {
    ok: false,
    reason: `the gateway did not answer on 127.0.0.1:${launch.port} within ${launch.startTimeoutMs} ms`,
    startupMs: elapsed(),
    logTail: log.tail(),
  };
}

/** The gateway's output, kept only as its last few lines, masked. */
function logTail(): { take: (chunk: Buffer) => void; tail: () => string[] } {
  const lines: string[] = [];
  let partial = '';
  const take = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const parts = text.split('\n');
    partial = (parts.pop() ?? '').slice(-4096);
    for (const part of parts) {
      const line = maskLogLine(part);
      if (line === '') continue;
      lines.push(line);
      if (lines.length > LOG_LINES) lines.shift();
    }
  };
  const tail = () => {
    const last = maskLogLine(partial);
    return last === '' ? [...lines] : [...lines, last].slice(-LOG_LINES);
  };
  return { take, tail };
}

/** Starts the gateway as the leader of its own process group, output piped. */
function spawnGroup(launch: GatewayLaunch): ChildProcessByStdio<null, Readable, Readable> {
  return launch.shellCommand
    ? spawn(launch.shellCommand, {
        shell: true,
        detached: true,
        env: launch.env,
        cwd: launch.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(launch.file ?? '', launch.args ?? [], {
        detached: true,
        env: launch.env,
        cwd: launch.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
}

/** Whether and how the process ended, and how to stop its whole group (bounded). */
function watch(child: ChildProcessByStdio<null, Readable, Readable>): {
  exited: () => { code: number | null; signal: string | null } | null;
  spawnError: () => string | null;
  stop: () => Promise<void>;
} {
  const pid = child.pid;
  let ended: { code: number | null; signal: string | null } | null = null;
  // Read through a function: the value changes in event handlers, out of the type checker's sight.
  const endedNow = () => ended;
  let spawnError: string | null = null;
  const spawnErrorNow = (): string | null => spawnError;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      ended = { code, signal };
      resolve();
    });
    child.once('error', (error) => {
      spawnError = (error as NodeJS.ErrnoException).code ?? 'error';
      ended ??= { code: null, signal: null };
      resolve();
    });
  });
  const stop = async () => {
    if (pid === undefined) return;
    if (ended === null) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // already gone
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        exitedPromise,
        new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS))),
      ]);
      clearTimeout(timer);
    }
    // Whatever the gateway started (workers, a shell's children) goes with the group.
    killGroup(pid);
    live.delete(pid);
    child.stdout.destroy();
    child.stderr.destroy();
  };
  return { exited: endedNow, spawnError: spawnErrorNow, stop };
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await request(url, {
      method: 'GET',
      signal: AbortSignal.timeout(Math.floor(timeoutMs)),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    await response.body.dump();
    return true;
  } catch {
    return false;
  }
}
