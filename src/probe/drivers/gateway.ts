import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Chain, Route } from '../../routing/index.js';
import type { GatewayFacts } from '../../observations/index.js';
import type { Random } from '../../retry/index.js';
import type { FaultProxy } from '../fault-proxy.js';
import { rewriteConfig, type RewrittenConfig } from './gateway-config.js';
import type { PreparedGateway } from './gateway-prepare.js';
import {
  describeExit,
  freeLoopbackPort,
  startGateway,
  type GatewayStart,
  type RunningGateway,
} from './gateway-process.js';
import {
  gatewayClient,
  runGatewaySample,
  type GatewayCaller,
  type GatewaySampleRun,
} from './gateway-sample.js';

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
// evidence gap with its last log lines, masked: never a pass, never a caller's failure. Before
// the run: gateway-prepare.ts; one sample: gateway-sample.ts; the process: gateway-process.ts.

export type { GatewaySampleRun } from './gateway-sample.js';

/** Bound on waiting, between sequential samples, for the last sample's attempts to finish. */
const SETTLE_MS = 2_000;

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
    const rewrite = configFor(prepared, input.proxies);
    const fileConfig = rewrite(null);
    facts.configChanges = fileConfig.changes;
    const configPath = join(dir, prepared.format === 'portkey' ? 'config.json' : 'config.yaml');
    await writeFile(configPath, fileConfig.text, { mode: 0o600 });

    const launch = () => launchGateway(prepared, configPath);
    const started = await launch();
    facts.startupMs = started.ok ? started.gateway.startupMs : started.startupMs;
    if (!started.ok) {
      return { runs: [], gaps: [withLog(started.reason, started.logTail)], facts };
    }
    gateway = started.gateway;
    let running = gateway;

    const primary = input.routes.get([...input.proxies.keys()][0] ?? '');
    if (!primary) throw new Error(`chain ${input.chain.name} has no primary route`);
    const caller: GatewayCaller = {
      prepared,
      chain: input.chain,
      proxies: input.proxies,
      deadlineMs: input.deadlineMs,
      random: input.random,
      clock: input.clock,
      ...gatewayClient(prepared, input.chain, primary, running.port),
      running: () => running,
      headerConfig: prepared.spec.kind === 'portkey' ? (sample) => rewrite(sample).value : null,
      rejections: [],
      drops: 0,
    };

    let runs: GatewaySampleRun[] = [];
    let restartGap: string | null = null;
    if (!sequential) {
      runs = await Promise.all(
        Array.from({ length: input.samples }, (_, i) => runGatewaySample(caller, i)),
      );
    } else {
      const sequential = await runOneAfterAnother(caller, input, launch, (next) => {
        gateway = next;
        running = next;
        caller.client.baseUrl = `http://127.0.0.1:${running.port}/v1`;
        facts.restarts = (facts.restarts ?? 0) + 1;
      });
      runs = sequential.runs;
      restartGap = sequential.restartGap;
    }
    return { runs, gaps: gatewayGaps(caller, running, runs, input.samples, restartGap), facts };
  } finally {
    await gateway?.stop();
    await rm(dir, { recursive: true, force: true });
    release();
  }
}

/**
 * The user's config with every route's upstream at its fault proxy: a sample's own base URLs,
 * or (sample null) the proxies' shared base URLs, for a gateway that reads one config file.
 */
function configFor(
  prepared: PreparedGateway,
  proxies: ReadonlyMap<string, FaultProxy>,
): (sample: number | null) => RewrittenConfig {
  const proxyOf = (route: string) => {
    const proxy = proxies.get(route);
    if (!proxy) throw new Error(`route ${route} has no fault proxy in this scenario`);
    return proxy;
  };
  // Routes outside this chain still need an upstream the gateway can reach: the primary's
  // proxy would count them as this chain's attempts, so they get a closed loopback port.
  const upstreamFor = (sample: number | null) => (route: string) =>
    proxies.has(route)
      ? sample === null
        ? proxyOf(route).sharedBaseUrl
        : proxyOf(route).baseUrlFor(sample)
      : 'http://127.0.0.1:9/v1';
  return (sample) => rewriteConfig(prepared.format, prepared.config, upstreamFor(sample));
}

/**
 * A gateway that reads one config file cannot tell samples apart on the wire: its samples run
 * one after another through each proxy's shared base URL, each attributed to the sample running
 * at the time.
 */
async function runOneAfterAnother(
  caller: GatewayCaller,
  input: GatewayScenarioInput,
  launch: () => Promise<GatewayStart>,
  restarted: (gateway: RunningGateway) => void,
): Promise<{ runs: GatewaySampleRun[]; restartGap: string | null }> {
  const runs: GatewaySampleRun[] = [];
  for (let sample = 0; sample < input.samples; sample++) {
    if (caller.running().exited()) break;
    for (const proxy of input.proxies.values()) proxy.assignShared(sample);
    const run = await runGatewaySample(caller, sample);
    runs.push(run);
    await settle(input.proxies, sample);
    for (const proxy of input.proxies.values()) proxy.assignShared(null);
    // A caller that gave up leaves the gateway still working on its request; its late
    // retries would land on the next sample. A fresh gateway starts the next one clean.
    if (run.outcome.kind === 'hang' && sample + 1 < input.samples) {
      await caller.running().stop();
      const again = await launch();
      if (!again.ok) {
        return {
          runs,
          restartGap: withLog(`the gateway did not restart: ${again.reason}`, again.logTail),
        };
      }
      restarted(again.gateway);
    }
  }
  return { runs, restartGap: null };
}

/** What the scenario's evidence lacks because of the gateway, each with its last log lines. */
function gatewayGaps(
  caller: GatewayCaller,
  running: RunningGateway,
  runs: readonly GatewaySampleRun[],
  samples: number,
  restartGap: string | null,
): string[] {
  const gaps: string[] = restartGap ? [restartGap] : [];
  const died = restartGap ? null : running.exited();
  if (died) {
    gaps.push(
      withLog(
        `the gateway exited mid-run (${describeExit(died)}) after ${runs.filter((r) => r.outcome.kind !== 'unknown').length} of ${samples} samples`,
        running.logTail(),
      ),
    );
  }
  if (caller.drops > 0 && !died) {
    gaps.push(
      withLog(
        `the gateway dropped ${caller.drops} caller connection(s) without an answer`,
        running.logTail(),
      ),
    );
  }
  if (caller.rejections.length > 0) {
    gaps.push(
      withLog(
        `the gateway rejected ${caller.rejections.length} request(s) before calling any upstream: ${caller.rejections[0]}`,
        running.logTail(),
      ),
    );
  }
  return gaps;
}

/** Starts the gateway on a free loopback port with the rewritten config. */
function launchGateway(prepared: PreparedGateway, configPath: string): Promise<GatewayStart> {
  return freeLoopbackPort().then((port) =>
    startGateway({
      ...launchOf(prepared, configPath, port),
      env: prepared.env,
      cwd: prepared.cwd,
      port,
      startTimeoutMs: prepared.startTimeoutMs,
    }),
  );
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

function withLog(reason: string, lines: string[]): string {
  return lines.length === 0
    ? `${reason}; the gateway printed nothing`
    : `${reason}; its last log lines: ${lines.join(' | ')}`;
}
