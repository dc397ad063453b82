import { buildSmokeRequest, type NetworkFault } from '../../contract/index.js';
import type { Chain, Route } from '../../routing/index.js';
import type { CallerOutcome } from '../../observations/index.js';
import type { Random } from '../../retry/index.js';
import type { FaultProxy } from '../fault-proxy.js';
import { attemptResultOf, postJson, type AttemptResult } from '../http.js';
import { PLACEHOLDER_KEY } from './command.js';
import type { PreparedGateway } from './gateway-prepare.js';
import { describeExit, maskLogLine, type RunningGateway } from './gateway-process.js';
import { executeChain, realClock } from './reference.js';

// One sample through the gateway: the gate calls the gateway as a client would (with the
// declared client layer around it, as an SDK does), and reads what came back. A gateway that
// dies during the sample, drops its caller's connection, or rejects the request before calling
// any upstream (it could not read its rewritten config) leaves the sample's outcome unknown:
// never a pass, never a caller's failure. A request it holds until the sample's deadline is a hang.

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

export interface GatewaySampleRun {
  sample: number;
  startedAt: number;
  endedAt: number;
  outcome: CallerOutcome;
}

/** What the samples of one scenario share: the gateway as its caller sees it, and tallies. */
export interface GatewayCaller {
  prepared: PreparedGateway;
  chain: Chain;
  proxies: ReadonlyMap<string, FaultProxy>;
  deadlineMs: number;
  random: Random;
  clock: () => number;
  /** The gateway as one route of the caller's own chain; its base URL follows restarts. */
  client: Route;
  clientChain: Chain;
  /** The gateway process running now. */
  running: () => RunningGateway;
  /** The per-sample config Portkey takes in a header; null for a gateway that reads a file. */
  headerConfig: ((sample: number) => unknown) | null;
  /** The gateway's messages for requests it rejected before calling any upstream. */
  rejections: string[];
  /** Caller connections the gateway dropped without an answer. */
  drops: number;
}

/**
 * The gateway as a route the caller calls. Portkey is always called with Chat Completions; a
 * LiteLLM proxy is called by model group, which is what its chains are named after.
 */
export function gatewayClient(
  prepared: PreparedGateway,
  chain: Chain,
  primary: Route,
  port: number,
): { client: Route; clientChain: Chain } {
  const family = prepared.spec.kind === 'portkey' ? 'chat_completions' : primary.family;
  const model = prepared.format === 'litellm' ? chain.name : primary.model;
  const client: Route = {
    ...primary,
    name: 'gateway',
    family,
    model,
    baseUrl: `http://127.0.0.1:${port}/v1`,
    timeoutMs: null,
  };
  // The declared client layer (none unless --client-retries) wraps the gateway, as an SDK does.
  const clientChain: Chain = {
    name: chain.name,
    layers: chain.layers,
    target: { kind: 'route', route: 'gateway', retry: null, at: chain.at },
    at: chain.at,
  };
  return { client, clientChain };
}

/** Runs one sample through the gateway and says what its caller got. */
export async function runGatewaySample(
  caller: GatewayCaller,
  sample: number,
): Promise<GatewaySampleRun> {
  const headers: Record<string, string> = {};
  if (caller.headerConfig) {
    headers['x-portkey-config'] = JSON.stringify(caller.headerConfig(sample));
  }
  const startedAt = caller.clock();
  let rejected: string | null = null;
  let dropped: NetworkFault | null = null;
  // Set inside the transport callback: read through a function so the type is not narrowed.
  const droppedNow = (): NetworkFault | null => dropped;
  let timedOut = false;
  const timedOutNow = () => timedOut;
  const execution = await executeChain(caller.clientChain, {
    routes: new Map([['gateway', caller.client]]),
    transport: {
      attempt: async (route, timeoutMs) => {
        const result = await sendToGateway(route, timeoutMs, headers);
        if (result.rejection && attemptsOf(caller.proxies, sample) === 0) {
          rejected = result.rejection;
        }
        dropped = result.kind === 'network' && DROPPED.has(result.fault) ? result.fault : null;
        timedOut = result.kind === 'network' && !DROPPED.has(result.fault);
        return result;
      },
    },
    clock: realClock,
    random: caller.random,
    defaultTimeoutMs: caller.deadlineMs,
    deadlineAt: startedAt + caller.deadlineMs,
  });
  const endedAt = caller.clock();
  // A dropped connection is how a dying gateway looks from outside: give its exit a moment.
  const drop = droppedNow();
  const running = caller.running();
  if (drop !== null) await exitOrTimeout(running, EXIT_NOTICE_MS);
  const died = running.exited();
  let outcome: CallerOutcome =
    execution.outcome.kind === 'usable' ? { kind: 'usable', route: null } : execution.outcome;
  if (
    execution.outcome.kind === 'controlled_failure' &&
    timedOutNow() &&
    endedAt - startedAt >= caller.deadlineMs - HANG_SLACK_MS
  ) {
    // The gateway held the caller's last request until the sample's deadline: a hang.
    outcome = { kind: 'hang', afterMs: Math.round(endedAt - startedAt) };
  }
  if (died) {
    outcome = {
      kind: 'unknown',
      reason: `the gateway exited during the sample (${describeExit(died)})`,
    };
  } else if (drop !== null && execution.outcome.kind !== 'usable') {
    outcome = {
      kind: 'unknown',
      reason: `the gateway dropped the connection (${drop.replaceAll('_', ' ')})`,
    };
    caller.drops += 1;
  } else if (rejected !== null && attemptsOf(caller.proxies, sample) === 0) {
    caller.rejections.push(rejected);
    outcome = {
      kind: 'unknown',
      reason: 'the gateway answered without calling any upstream (it did not run the config)',
    };
  }
  return { sample, startedAt, endedAt, outcome };
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
  const answer = attemptResultOf(route, result);
  if (answer.kind === 'status' && REJECTION(answer.status)) {
    return { ...answer, rejection: `HTTP ${answer.status}${messageOf(result.bodyText)}` };
  }
  return answer;
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

async function exitOrTimeout(gateway: RunningGateway, ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (gateway.exited() === null && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
