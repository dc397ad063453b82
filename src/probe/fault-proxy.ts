import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import type { FaultKind, FaultPlan, StatusClass } from '../contract/index.js';
import type { EndpointFamily } from '../routing/index.js';
import { takeRequest } from './fault-proxy-request.js';

// The fault proxy: a loopback server in front of an upstream (the embedded mock by default) that
// plays a fault plan on successive attempts and logs every request it sees. One proxy serves one
// route in one scenario; the samples of that scenario share it and are told apart by a path
// prefix, `/fg-<token>/s/<sample>/v1/...`, that each sample's base URL carries. The token is new
// for every proxy, so a late request meant for an earlier proxy on a reused port is never taken
// for one of ours. Every request is logged the moment it arrives, so none is lost, and requests
// without the prefix are counted separately.
// A gateway that reads its upstreams from one config file cannot carry a per-sample prefix: its
// samples run one after another through a shared base URL, `/fg-<token>/shared/v1/...`, whose
// requests belong to whichever sample is assigned at the time (none assigned: unattributed).

// This file holds the server's life: its state, listening, its base URLs and closing it. Each
// request is taken in fault-proxy-request.ts; the fault is played in fault-proxy-play.ts.

export interface FaultProxyOptions {
  route: string;
  family: EndpointFamily;
  /** Base URL of the upstream, with its version prefix (`http://127.0.0.1:1234/v1`). */
  upstreamBaseUrl: string;
  plan: FaultPlan;
  /** Monotonic milliseconds shared with whoever reads the log. */
  clock?: () => number;
  /** Bound on any single upstream exchange. */
  upstreamTimeoutMs?: number;
  /** Bound on a hang even if the caller never gives up and nobody closes the proxy. */
  maxHangMs?: number;
}

/** One request as the proxy saw it; times are on the proxy's clock. */
export interface ProxyAttempt {
  sample: number;
  /** 1-based order of this attempt on this route within its sample: the fault plan's index. */
  routeSeq: number;
  route: string;
  startedAt: number;
  /** When the proxy finished its answer; null while open or when the caller left first. */
  finishedAt: number | null;
  /** When the caller closed the connection without waiting for an answer (a hang it gave up on). */
  abandonedAt: number | null;
  method: string;
  path: string;
  fault: FaultKind;
  status: number | null;
  statusClass: StatusClass | null;
  retryAfterMs: number | null;
  retryHeaders: Record<string, string>;
  requestId: string;
}

export interface FaultProxy {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The base URL a sample's caller uses, shaped like an OpenAI base URL. */
  baseUrlFor(sample: number): string;
  /** One base URL for every sample, attributed to the sample assigned when a request arrives. */
  sharedBaseUrl: string;
  /** Which sample the shared base URL's requests belong to from now on; null for none. */
  assignShared(sample: number | null): void;
  /** Every attributed request so far, in arrival order. */
  attempts(): readonly ProxyAttempt[];
  /** Requests that named no sample: counted, answered 404, never guessed. */
  readonly unattributed: number;
  close(): Promise<void>;
}

/** What one proxy keeps while it runs; its request handling reads and updates it. */
export interface ProxyState {
  options: FaultProxyOptions;
  clock: () => number;
  upstream: URL;
  upstreamTimeout: number;
  dispatcher: Agent;
  /** Every attributed request, in arrival order. */
  log: ProxyAttempt[];
  /** Requests so far per sample: the next one's index into the fault plan. */
  perSample: Map<number, number>;
  hangTimers: Set<NodeJS.Timeout>;
  unattributed: number;
  /** The sample the shared base URL's requests belong to now. */
  shared: number | null;
  /** Matches this proxy's own paths: `/fg-<token>/s/<sample>/v1/...` or `/fg-<token>/shared/v1/...`. */
  samplePrefix: RegExp;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstreamTimeout = options.upstreamTimeoutMs ?? 30_000;
  const token = randomBytes(6).toString('hex');
  const state: ProxyState = {
    options,
    clock: options.clock ?? (() => performance.now()),
    upstream: new URL(options.upstreamBaseUrl.replace(/\/+$/, '')),
    upstreamTimeout,
    dispatcher: new Agent({
      connectTimeout: upstreamTimeout,
      headersTimeout: upstreamTimeout,
      bodyTimeout: upstreamTimeout,
    }),
    log: [],
    perSample: new Map(),
    hangTimers: new Set(),
    unattributed: 0,
    shared: null,
    samplePrefix: new RegExp(`^/fg-${token}/(?:s/(\\d{1,6})|shared)/v1(/[^?]*)?(\\?.*)?$`),
  };
  const server: Server = createServer((req, res) => takeRequest(state, req, res));
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrlFor: (sample) => `${origin}/fg-${token}/s/${sample}/v1`,
    sharedBaseUrl: `${origin}/fg-${token}/shared/v1`,
    assignShared: (sample) => {
      state.shared = sample;
    },
    attempts: () => state.log,
    get unattributed() {
      return state.unattributed;
    },
    close: async () => {
      for (const timer of state.hangTimers) clearTimeout(timer);
      state.hangTimers.clear();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await state.dispatcher.destroy().catch(() => undefined);
    },
  };
}
