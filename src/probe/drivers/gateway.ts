import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { buildSmokeRequest, checkSuccessBody, type NetworkFault } from '../../contract/index.js';
import { ConfigError, parseYamlSource, positionAt } from '../../common/index.js';
import type { Chain, ConfigFormat, Route, RoutingPlan } from '../../routing/index.js';
import type { FaultProxy } from '../fault-proxy.js';
import { postJson } from '../http.js';
import type { CallerOutcome, GatewayFacts } from '../../observations/index.js';
import { parseRetryAfter, type Random } from '../../retry/index.js';
import type { GatewayKind, GatewaySpec } from './gateway-spec.js';
import { PLACEHOLDER_KEY, withoutCredentials } from './command.js';
import { rewriteConfig, type RewrittenConfig } from './gateway-config.js';
import {
  freeLoopbackPort,
  maskLogLine,
  startGateway,
  type RunningGateway,
} from './gateway-process.js';
import { executeChain, realClock, type AttemptResult } from './reference.js';

// The gateway driver: the user's own gateway (Portkey, LiteLLM, or any gateway started by a
// command template) runs the user's own config, rewritten so that every route's upstream is that
// route's fault proxy, and the gate calls it as a client. One gateway process per chain and
// scenario, started on a free loopback port, polled until ready (bounded; its start-up time is
// recorded and never counted against the caller) and always stopped by process group.
//
// Attribution. Portkey takes its config per request (x-portkey-config), so each sample's config
// names that sample's own proxy base URLs and the samples run at the same time, attributed
// exactly. A gateway that reads one config file at start cannot tell samples apart on the wire,
// so its samples run one after another through each proxy's shared base URL, each attributed to
// the sample running at the time. The ledger says which.
//
// A gateway that does not start, dies during the run, drops its caller's connection, or rejects
// the request before calling any upstream (it could not read its rewritten config) leaves an
// evidence gap with its last log lines, masked: never a pass, never a caller's failure. A request
// it holds until the sample's deadline is a hang.

export { parseGatewaySpec, type GatewayKind, type GatewaySpec } from './gateway-spec.js';

/** How long a gateway may take to answer its first request, by kind. */
export const DEFAULT_START_TIMEOUT_MS: Record<GatewayKind, number> = {
  portkey: 20_000,
  // A Python proxy imports a lot before it listens; on a busy two-core runner that takes a while.
  litellm: 90_000,
  command: 60_000,
};
/**
 * Gateways alive at the same time, by kind, so a two-core runner is not swamped by start-ups: a
 * Portkey process is a light Node server (one per standard scenario at once), a Python proxy is
 * not. A scenario waiting for a slot counts that wait in its wall time, never in a caller's.
 */
export const GATEWAY_CONCURRENCY: Record<GatewayKind, number> = {
  portkey: 8,
  litellm: 2,
  command: 3,
};
const VERSION_TIMEOUT_MS = 30_000;
/** A request that timed out this close to the sample's deadline was held until it. */
const HANG_SLACK_MS = 100;
/** How long a dropped connection waits for the gateway's exit to be noticed. */
const EXIT_NOTICE_MS = 1_000;
/** Faults by which a gateway leaves its caller without an answer (a timeout is a hang instead). */
const DROPPED = new Set<NetworkFault>([
  'connection_refused',
  'connection_reset',
  'body_truncated',
  'other_network_error',
]);
/** Bound on waiting, between sequential samples, for the last sample's attempts to finish. */
const SETTLE_MS = 2_000;

export interface PreparedGateway {
  spec: GatewaySpec;
  format: ConfigFormat;
  /** The user's config as parsed from the file the plan was read from. */
  config: unknown;
  version: string | null;
  /** Portkey: the gateway's start script, resolved from the working directory's install. */
  portkeyScript?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  startTimeoutMs: number;
  slots: Semaphore;
}

/**
 * Checks once per run that the gateway fits the config and is installed, and reads its version.
 * A mismatch is the user's to fix: a ConfigError (exit 2) with what to do.
 */
export async function prepareGateway(
  plan: RoutingPlan,
  spec: GatewaySpec,
  options: { cwd: string; env: NodeJS.ProcessEnv; startTimeoutMs?: number },
): Promise<PreparedGateway> {
  const at = positionAt(plan.file);
  if (spec.kind === 'portkey' && plan.format !== 'portkey') {
    throw new ConfigError(
      at,
      `--gateway portkey runs Portkey gateway configs; this file is read as ${plan.format}`,
      plan.format === 'litellm' ? 'use --gateway litellm' : 'use --driver reference or command',
    );
  }
  if (spec.kind === 'litellm' && plan.format !== 'litellm') {
    throw new ConfigError(
      at,
      `--gateway litellm runs LiteLLM proxy configs; this file is read as ${plan.format}`,
      plan.format === 'portkey' ? 'use --gateway portkey' : 'use --driver reference or command',
    );
  }
  const bytes = await readFile(plan.file);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (digest !== plan.digest) {
    throw new ConfigError(at, 'the config changed while the gate ran', 'run the gate again');
  }
  const config = parseYamlSource(plan.file, bytes.toString('utf8')).value;
  const env = gatewayEnvironment(options.env);
  const prepared: PreparedGateway = {
    spec,
    format: plan.format,
    config,
    version: null,
    cwd: options.cwd,
    env,
    startTimeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS[spec.kind],
    slots: new Semaphore(GATEWAY_CONCURRENCY[spec.kind]),
  };
  if (spec.kind === 'portkey') {
    const found = resolvePortkey(options.cwd);
    if (!found) {
      throw new ConfigError(
        at,
        'the Portkey gateway (@portkey-ai/gateway) is not installed where the gate runs',
        'install the version you deploy next to the config, e.g. `npm install --no-save @portkey-ai/gateway@1.15.2`, then run the gate from that directory',
      );
    }
    prepared.portkeyScript = found.script;
    prepared.version = found.version;
  } else if (spec.kind === 'litellm') {
    prepared.version = await litellmVersion(env, options.cwd);
    if (prepared.version === null) {
      throw new ConfigError(
        at,
        'the litellm command was not found on PATH (or did not report a version)',
        "add a workflow step `pip install 'litellm[proxy]'` (pin the version you deploy) before the gate",
      );
    }
  }
  return prepared;
}

/**
 * The gateway's environment: credentials as placeholders (as for the command driver), and no
 * outbound proxy, so its calls to the loopback fault proxies cannot be sent anywhere else.
 */
export function gatewayEnvironment(baseEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = withoutCredentials(baseEnv);
  for (const name of Object.keys(env)) {
    if (/^(https?|all)_proxy$/i.test(name)) delete env[name];
  }
  env.NO_PROXY = env.no_proxy = '127.0.0.1,localhost';
  return env;
}

function resolvePortkey(cwd: string): { script: string; version: string | null } | null {
  try {
    const require = createRequire(join(cwd, 'package.json'));
    const manifestPath = require.resolve('@portkey-ai/gateway/package.json');
    const manifest = require(manifestPath) as { version?: unknown; bin?: unknown };
    const bin =
      typeof manifest.bin === 'string'
        ? manifest.bin
        : typeof (manifest.bin as Record<string, unknown> | undefined)?.gateway === 'string'
          ? ((manifest.bin as Record<string, string>).gateway as string)
          : 'build/start-server.js';
    return {
      script: join(dirname(manifestPath), bin),
      version: typeof manifest.version === 'string' ? manifest.version : null,
    };
  } catch {
    return null;
  }
}

function litellmVersion(env: NodeJS.ProcessEnv, cwd: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'litellm',
      ['--version'],
      { env, cwd, timeout: VERSION_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 },
      (error, stdout, stderr) => {
        const text = `${stdout}\n${stderr}`;
        const version = /(\d+\.\d+\.\d+[\w.-]*)/.exec(text)?.[1] ?? null;
        resolve(error && version === null ? null : version);
      },
    );
  });
}

export interface GatewayScenarioInput {
  chain: Chain;
  routes: ReadonlyMap<string, Route>;
  /** The chain's routes in order, each with its fault proxy. */
  proxies: ReadonlyMap<string, FaultProxy>;
  samples: number;
  deadlineMs: number;
  random: Random;
  clock: () => number;
}

export interface GatewaySampleRun {
  sample: number;
  startedAt: number;
  endedAt: number;
  outcome: CallerOutcome;
}

export interface GatewayScenarioRun {
  runs: GatewaySampleRun[];
  gaps: string[];
  facts: GatewayFacts;
}

export async function runGatewayScenario(
  prepared: PreparedGateway,
  input: GatewayScenarioInput,
): Promise<GatewayScenarioRun> {
  const release = await prepared.slots.acquire();
  const dir = await mkdtemp(join(tmpdir(), 'fallback-gate-gw-'));
  let gateway: RunningGateway | null = null;
  const sequential = prepared.spec.kind !== 'portkey';
  const facts: GatewayFacts = {
    name: prepared.spec.kind,
    version: prepared.version,
    attribution: sequential ? 'sequential' : 'per_sample',
    startupMs: null,
    configChanges: [],
  };
  try {
    const proxyOf = (route: string) => {
      const proxy = input.proxies.get(route);
      if (!proxy) throw new Error(`route ${route} has no fault proxy in this scenario`);
      return proxy;
    };
    // Routes outside this chain still need an upstream the gateway can reach: the primary's
    // proxy would count them as this chain's attempts, so they get a closed loopback port.
    const upstreamFor = (sample: number | null) => (route: string) =>
      input.proxies.has(route)
        ? sample === null
          ? proxyOf(route).sharedBaseUrl
          : proxyOf(route).baseUrlFor(sample)
        : 'http://127.0.0.1:9/v1';
    const rewrite = (sample: number | null): RewrittenConfig =>
      rewriteConfig(prepared.format, prepared.config, upstreamFor(sample));
    const fileConfig = rewrite(null);
    facts.configChanges = fileConfig.changes;
    const configPath = join(dir, prepared.format === 'portkey' ? 'config.json' : 'config.yaml');
    await writeFile(configPath, fileConfig.text, { mode: 0o600 });

    const launch = async () =>
      freeLoopbackPort().then((port) =>
        startGateway({
          ...launchOf(prepared, configPath, port),
          env: prepared.env,
          cwd: prepared.cwd,
          port,
          startTimeoutMs: prepared.startTimeoutMs,
        }),
      );
    const started = await launch();
    facts.startupMs = started.ok ? started.gateway.startupMs : started.startupMs;
    if (!started.ok) {
      return { runs: [], gaps: [withLog(started.reason, started.logTail)], facts };
    }
    gateway = started.gateway;
    let running = gateway;

    const primary = input.routes.get([...input.proxies.keys()][0] ?? '');
    if (!primary) throw new Error(`chain ${input.chain.name} has no primary route`);
    const family = prepared.spec.kind === 'portkey' ? 'chat_completions' : primary.family;
    // A LiteLLM proxy is called by model group, which is what its chains are named after.
    const model = prepared.format === 'litellm' ? input.chain.name : primary.model;
    const client: Route = {
      ...primary,
      name: 'gateway',
      family,
      model,
      baseUrl: `http://127.0.0.1:${running.port}/v1`,
      timeoutMs: null,
    };
    // The declared client layer (none unless --client-retries) wraps the gateway, as an SDK does.
    const clientChain: Chain = {
      name: input.chain.name,
      layers: input.chain.layers,
      target: { kind: 'route', route: 'gateway', retry: null, at: input.chain.at },
      at: input.chain.at,
    };
    const rejections: string[] = [];
    let drops = 0;
    let restartGap: string | null = null;

    const runSample = async (sample: number): Promise<GatewaySampleRun> => {
      const headers: Record<string, string> = {};
      if (prepared.spec.kind === 'portkey') {
        headers['x-portkey-config'] = JSON.stringify(rewrite(sample).value);
      }
      const startedAt = input.clock();
      let rejected: string | null = null;
      let dropped: NetworkFault | null = null;
      // Set inside the transport callback: read through a function so the type is not narrowed.
      const droppedNow = (): NetworkFault | null => dropped;
      let timedOut = false;
      const timedOutNow = () => timedOut;
      const execution = await executeChain(clientChain, {
        routes: new Map([['gateway', client]]),
        transport: {
          attempt: async (route, timeoutMs) => {
            const result = await sendToGateway(route, timeoutMs, headers);
            if (result.rejection && attemptsOf(input.proxies, sample) === 0) {
              rejected = result.rejection;
            }
            dropped = result.kind === 'network' && DROPPED.has(result.fault) ? result.fault : null;
            timedOut = result.kind === 'network' && !DROPPED.has(result.fault);
            return result;
          },
        },
        clock: realClock,
        random: input.random,
        defaultTimeoutMs: input.deadlineMs,
        deadlineAt: startedAt + input.deadlineMs,
      });
      const endedAt = input.clock();
      // A dropped connection is how a dying gateway looks from outside: give its exit a moment.
      const drop = droppedNow();
      if (drop !== null) await exitOrTimeout(running, EXIT_NOTICE_MS);
      const died = running.exited();
      let outcome: CallerOutcome =
        execution.outcome.kind === 'usable' ? { kind: 'usable', route: null } : execution.outcome;
      if (
        execution.outcome.kind === 'controlled_failure' &&
        timedOutNow() &&
        endedAt - startedAt >= input.deadlineMs - HANG_SLACK_MS
      ) {
        // The gateway held the caller's last request until the sample's deadline: a hang.
        outcome = { kind: 'hang', afterMs: Math.round(endedAt - startedAt) };
      }
      if (died) {
        outcome = {
          kind: 'unknown',
          reason: `the gateway exited during the sample (${how(died)})`,
        };
      } else if (drop !== null && execution.outcome.kind !== 'usable') {
        outcome = {
          kind: 'unknown',
          reason: `the gateway dropped the connection (${drop.replaceAll('_', ' ')})`,
        };
        drops += 1;
      } else if (rejected !== null && attemptsOf(input.proxies, sample) === 0) {
        rejections.push(rejected);
        outcome = {
          kind: 'unknown',
          reason: 'the gateway answered without calling any upstream (it did not run the config)',
        };
      }
      return { sample, startedAt, endedAt, outcome };
    };

    let runs: GatewaySampleRun[] = [];
    if (!sequential) {
      runs = await Promise.all(Array.from({ length: input.samples }, (_, i) => runSample(i)));
    } else {
      for (let sample = 0; sample < input.samples; sample++) {
        if (running.exited()) break;
        for (const proxy of input.proxies.values()) proxy.assignShared(sample);
        const run = await runSample(sample);
        runs.push(run);
        await settle(input.proxies, sample);
        for (const proxy of input.proxies.values()) proxy.assignShared(null);
        // A caller that gave up leaves the gateway still working on its request; its late
        // retries would land on the next sample. A fresh gateway starts the next one clean.
        if (run.outcome.kind === 'hang' && sample + 1 < input.samples) {
          await running.stop();
          const again = await launch();
          if (!again.ok) {
            restartGap = withLog(`the gateway did not restart: ${again.reason}`, again.logTail);
            break;
          }
          gateway = again.gateway;
          running = again.gateway;
          client.baseUrl = `http://127.0.0.1:${running.port}/v1`;
          facts.restarts = (facts.restarts ?? 0) + 1;
        }
      }
    }
    const gaps: string[] = restartGap ? [restartGap] : [];
    const died = restartGap ? null : running.exited();
    if (died) {
      gaps.push(
        withLog(
          `the gateway exited mid-run (${how(died)}) after ${runs.filter((r) => r.outcome.kind !== 'unknown').length} of ${input.samples} samples`,
          running.logTail(),
        ),
      );
    }
    if (drops > 0 && !died) {
      gaps.push(
        withLog(
          `the gateway dropped ${drops} caller connection(s) without an answer`,
          running.logTail(),
        ),
      );
    }
    if (rejections.length > 0) {
      gaps.push(
        withLog(
          `the gateway rejected ${rejections.length} request(s) before calling any upstream: ${rejections[0]}`,
          running.logTail(),
        ),
      );
    }
    return { runs, gaps, facts };
  } finally {
    await gateway?.stop();
    await rm(dir, { recursive: true, force: true });
    release();
  }
}

function launchOf(
  prepared: PreparedGateway,
  configPath: string,
  port: number,
): { file?: string; args?: string[]; shellCommand?: string; readyPath: string } {
  switch (prepared.spec.kind) {
    case 'portkey':
      return {
        file: process.execPath,
        args: [prepared.portkeyScript ?? '', `--port=${port}`, '--headless'],
        readyPath: '/',
      };
    case 'litellm':
      return {
        file: 'litellm',
        args: ['--config', configPath, '--port', String(port), '--host', '127.0.0.1'],
        readyPath: '/health/liveliness',
      };
    case 'command':
      return {
        shellCommand: (prepared.spec.template ?? '')
          .replaceAll('{port}', String(port))
          .replaceAll('{config}', shellQuote(configPath)),
        readyPath: '/',
      };
  }
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

type GatewayAnswer = AttemptResult & { rejection?: string };

/**
 * Answers that, before any upstream call, mean the gateway did not run the config (it could not
 * read it, refused the request, or broke): not its throttling (429) or its upstream errors.
 */
const REJECTION = (status: number) =>
  (status >= 400 && status < 500 && ![408, 409, 429].includes(status)) || status === 500;

/** One request to the gateway, classified as a caller would; a 4xx/5xx keeps the gateway's message. */
async function sendToGateway(
  route: Route,
  timeoutMs: number,
  headers: Record<string, string>,
): Promise<GatewayAnswer> {
  const { path, body } = buildSmokeRequest(route.family, route.model);
  const result = await postJson({
    url: `${route.baseUrl}${path}`,
    body,
    apiKey: PLACEHOLDER_KEY,
    deadlineMs: timeoutMs,
    headers,
  });
  if (result.kind === 'fault') {
    return { kind: 'network', route: route.name, fault: result.fault };
  }
  if (result.status < 200 || result.status >= 300) {
    return {
      kind: 'status',
      route: route.name,
      status: result.status,
      retryAfterMs: parseRetryAfter(result.headers),
      ...(REJECTION(result.status)
        ? { rejection: `HTTP ${result.status}${messageOf(result.bodyText)}` }
        : {}),
    };
  }
  try {
    const check = checkSuccessBody(route.family, JSON.parse(result.bodyText));
    return check.usable
      ? { kind: 'usable', route: route.name }
      : { kind: 'unusable', route: route.name, reason: check.reason };
  } catch {
    return { kind: 'unusable', route: route.name, reason: 'body is not JSON' };
  }
}

/** The gateway's own error message (not an upstream's body), short and masked. */
function messageOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: { message?: unknown } };
    const message = parsed.error?.message ?? parsed.message;
    return typeof message === 'string' ? ` (${maskLogLine(message).slice(0, 160)})` : '';
  } catch {
    return '';
  }
}

function attemptsOf(proxies: ReadonlyMap<string, FaultProxy>, sample: number): number {
  let n = 0;
  for (const proxy of proxies.values()) {
    n += proxy.attempts().filter((a) => a.sample === sample).length;
  }
  return n;
}

/** Waits (bounded) until none of the sample's attempts is still open on a proxy. */
async function settle(proxies: ReadonlyMap<string, FaultProxy>, sample: number): Promise<void> {
  const until = performance.now() + SETTLE_MS;
  const open = () =>
    [...proxies.values()].some((p) =>
      p
        .attempts()
        .some((a) => a.sample === sample && a.finishedAt === null && a.abandonedAt === null),
    );
  while (open() && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function exitOrTimeout(gateway: RunningGateway, ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (gateway.exited() === null && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function how(ended: { code: number | null; signal: string | null }): string {
  return ended.signal ? `signal ${ended.signal}` : `exit code ${ended.code}`;
}

function withLog(reason: string, lines: string[]): string {
  return lines.length === 0
    ? `${reason}; the gateway printed nothing`
    : `${reason}; its last log lines: ${lines.join(' | ')}`;
}

/** A counting semaphore: at most `size` holders at once. */
export class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    };
  }
}
