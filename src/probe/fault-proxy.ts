import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ulid } from 'ulid';
import { Agent, request } from 'undici';
import {
  checkSuccessBody,
  classifyHttpStatus,
  type FaultKind,
  type FaultPlan,
  type StatusClass,
  stepForAttempt,
} from '../contract/index.js';
import { type HealthyAnswer, playFault, readRequestBody } from '../mock/index.js';
import type { EndpointFamily } from '../routing/index.js';

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

const MAX_UPSTREAM_BYTES = 4 * 1024 * 1024;
/** Caller headers that carry retry bookkeeping: SDK retry counters, gateway attempt counts. */
const RETRY_HEADER = /retry|attempt/i;

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const clock = options.clock ?? (() => performance.now());
  const upstream = new URL(options.upstreamBaseUrl.replace(/\/+$/, ''));
  const upstreamTimeout = options.upstreamTimeoutMs ?? 30_000;
  const dispatcher = new Agent({
    connectTimeout: upstreamTimeout,
    headersTimeout: upstreamTimeout,
    bodyTimeout: upstreamTimeout,
  });
  const log: ProxyAttempt[] = [];
  const perSample = new Map<number, number>();
  const hangTimers = new Set<NodeJS.Timeout>();
  let unattributed = 0;
  let shared: number | null = null;
  const token = randomBytes(6).toString('hex');
  const samplePrefix = new RegExp(`^/fg-${token}/(?:s/(\\d{1,6})|shared)/v1(/[^?]*)?(\\?.*)?$`);

  const server: Server = createServer((req, res) => {
    const match = samplePrefix.exec(req.url ?? '');
    const sample = match?.[1] !== undefined ? Number(match[1]) : shared;
    if (!match || sample === null) {
      unattributed += 1;
      req.resume();
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"message":"fault proxy: unknown base URL path","type":"fault_proxy"}}');
      return;
    }
    const rest = match[2] ?? '';
    const index = perSample.get(sample) ?? 0;
    perSample.set(sample, index + 1);
    const step = stepForAttempt(options.plan, index);
    const record: ProxyAttempt = {
      sample,
      routeSeq: index + 1,
      route: options.route,
      startedAt: clock(),
      finishedAt: null,
      abandonedAt: null,
      method: req.method ?? 'GET',
      path: `/v1${rest}`,
      fault: step.kind,
      status: null,
      statusClass: null,
      retryAfterMs: null,
      retryHeaders: retryHeadersOf(req),
      requestId: `req_fg_${ulid()}`,
    };
    log.push(record);
    res.on('close', () => {
      // A reset or a cut body is the proxy ending the exchange, not the caller leaving.
      if (res.writableFinished || step.kind === 'reset' || step.kind === 'truncate') {
        record.finishedAt ??= clock();
      } else if (record.finishedAt === null) record.abandonedAt = clock();
    });
    void handle(req, res, record, step, rest, match[3] ?? '').catch(() => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end('{"error":{"message":"fault proxy: upstream unreachable","type":"fault_proxy"}}');
        record.status = 502;
        record.statusClass = 'retryable';
      } else {
        res.destroy();
      }
    });
  });
  server.keepAliveTimeout = 1000;

  const familyOf = (rest: string): EndpointFamily =>
    rest.endsWith('/chat/completions')
      ? 'chat_completions'
      : rest.endsWith('/responses')
        ? 'responses'
        : options.family;

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    record: ProxyAttempt,
    step: ReturnType<typeof stepForAttempt>,
    rest: string,
    query: string,
  ): Promise<void> {
    const body = await readRequestBody(req);
    const family = familyOf(rest);
    let healthyClass: StatusClass | null = null;
    const healthy = async (): Promise<HealthyAnswer> => {
      const answer = await forward(req, body, `${upstream.href}${rest}${query}`);
      healthyClass = classifyAnswer(family, answer);
      return answer;
    };
    if (step.kind === 'hang') {
      // Bounded even when nobody ends it: the caller's timeout or the proxy closing usually does.
      const timer = setTimeout(() => {
        hangTimers.delete(timer);
        res.destroy();
      }, options.maxHangMs ?? 120_000);
      hangTimers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        hangTimers.delete(timer);
      });
    }
    const played = await playFault(step, res, {
      family,
      model: modelOf(body),
      requestId: record.requestId,
      healthy,
    });
    // Stamped here, in the microtask right after the answer was handed to the socket: a 'close'
    // event can be handled after the caller (in a busy loop) has already read the answer.
    if (res.writableEnded || step.kind === 'reset') record.finishedAt ??= clock();
    record.status = played.status;
    record.retryAfterMs = played.retryAfterMs;
    record.statusClass = classOfPlayed(step.kind, played.status, healthyClass);
  }

  async function forward(req: IncomingMessage, body: Buffer, url: string): Promise<HealthyAnswer> {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_BY_HOP.has(key)) continue;
      headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    const response = await request(url, {
      method: (req.method ?? 'POST') as 'POST',
      headers,
      body: body.length > 0 ? body : null,
      dispatcher,
      signal: AbortSignal.timeout(upstreamTimeout),
    });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_UPSTREAM_BYTES) {
        response.body.destroy();
        throw new Error('upstream answer over the size cap');
      }
      chunks.push(chunk as Buffer);
    }
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(response.headers)) {
      if (value === undefined || HOP_BY_HOP.has(key) || key === 'content-length') continue;
      out[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    return { status: response.statusCode, headers: out, body: Buffer.concat(chunks) };
  }

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
      shared = sample;
    },
    attempts: () => log,
    get unattributed() {
      return unattributed;
    },
    close: async () => {
      for (const timer of hangTimers) clearTimeout(timer);
      hangTimers.clear();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await dispatcher.destroy().catch(() => undefined);
    },
  };
}

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-connection',
  'proxy-authorization',
  'content-length',
]);

function retryHeadersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined || !RETRY_HEADER.test(key)) continue;
    // Bookkeeping values are small counters; cap them so nothing large is ever copied.
    out[key] = (Array.isArray(value) ? value.join(', ') : value).slice(0, 64);
  }
  return out;
}

function modelOf(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { model?: unknown };
    return typeof parsed.model === 'string' ? parsed.model.slice(0, 200) : 'mock-model';
  } catch {
    return 'mock-model';
  }
}

/** What a forwarded healthy answer is worth to a caller of this family. */
function classifyAnswer(family: EndpointFamily, answer: HealthyAnswer): StatusClass {
  const byStatus = classifyHttpStatus(answer.status);
  if (byStatus) return byStatus.statusClass;
  if ((answer.headers['content-type'] ?? '').includes('text/event-stream')) return '2xx_usable';
  try {
    return checkSuccessBody(family, JSON.parse(answer.body.toString('utf8'))).usable
      ? '2xx_usable'
      : '2xx_unusable';
  } catch {
    return '2xx_unusable';
  }
}

function classOfPlayed(
  fault: FaultKind,
  status: number | null,
  healthyClass: StatusClass | null,
): StatusClass | null {
  switch (fault) {
    case 'ok':
    case 'slow_stream':
      return healthyClass;
    case 'status':
      return status === null ? null : (classifyHttpStatus(status)?.statusClass ?? '2xx_unusable');
    case 'hang':
    case 'reset':
      return 'retryable';
    default:
      return '2xx_unusable';
  }
}
