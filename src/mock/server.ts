import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  type EndpointFamily,
  type FaultPlan,
  type FaultStep,
  formatFaultStep,
  HEALTHY,
  stepForAttempt,
} from '../contract/index.js';
import { streamEvents, successBody } from './bodies.js';
import { playFault, type HealthyAnswer } from './play-fault.js';
import { readRequestBody } from './read-body.js';

export interface MockProviderOptions {
  port?: number;
  /** Only loopback unless a caller says otherwise. */
  host?: string;
  plan?: FaultPlan;
  /** Called once per request with safe metadata (never the prompt, never a header value). */
  onRequest?: (entry: MockRequestLog) => void;
}

export interface MockRequestLog {
  /**
   * 1-based count of the requests the fault plan answered; step n answers the n-th. A request
   * the mock rejects before the plan (a 404 path, a 400 body) takes no step and has null here.
   */
  attempt: number | null;
  /** Why the request was rejected before the fault plan (its status and reason); null otherwise. */
  rejected?: string | null;
  method: string;
  path: string;
  requestId: string;
  step: FaultStep['kind'];
  /** The step as written in the fault plan language, e.g. `429(retry-after=1s)`. */
  stepText?: string;
  /** Whether the caller asked for a stream. */
  stream?: boolean;
}

export interface MockProvider {
  /** Base URL with the /v1 prefix, as an OpenAI client expects. */
  url: string;
  port: number;
  /** How many requests have reached the mock. */
  readonly requestCount: number;
  /** The request log so far, in arrival order. */
  readonly requests: readonly MockRequestLog[];
  close(): Promise<void>;
}

/** Starts an OpenAI-compatible provider that follows a fault plan (loopback unless told otherwise). */
export async function startMockProvider(options: MockProviderOptions = {}): Promise<MockProvider> {
  const plan = options.plan ?? HEALTHY;
  const log: MockRequestLog[] = [];
  let requests = 0;
  let stepsTaken = 0;
  // A step is taken only once a request has passed the checks a provider makes, so a probe of
  // another path (GET /v1/models) or a malformed body never uses up the plan.
  const takeStep = () => {
    const attempt = stepsTaken++;
    return { attempt, step: stepForAttempt(plan, attempt) };
  };
  const server: Server = createServer((req, res) => {
    requests += 1;
    void handle(req, res, takeStep, (entry) => {
      log.push(entry);
      options.onRequest?.(entry);
    }).catch(() => {
      // A caller that hangs up mid-answer is part of the game; never crash the mock for it.
      if (!res.headersSent && !res.destroyed) res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/v1`,
    port: address.port,
    get requestCount() {
      return requests;
    },
    get requests() {
      return log;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function familyOf(path: string): EndpointFamily | null {
  if (path.endsWith('/chat/completions')) return 'chat_completions';
  if (path.endsWith('/responses')) return 'responses';
  return null;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  takeStep: () => { attempt: number; step: FaultStep },
  record: (entry: MockRequestLog) => void,
): Promise<void> {
  const requestId = `req_mock_${randomUUID().replaceAll('-', '')}`;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  let body: unknown;
  let bodyError: string | null = null;
  try {
    body = JSON.parse((await readRequestBody(req)).toString('utf8'));
  } catch (error) {
    bodyError =
      (error as Error).message === 'too large'
        ? 'request body is larger than 1 MiB'
        : 'request body is not valid JSON';
  }
  const stream = isObject(body) && body.stream === true;
  const reject = (status: number, message: string) => {
    record({
      attempt: null,
      rejected: `${status} ${message}`,
      method: req.method ?? 'GET',
      path,
      requestId,
      step: 'status',
      stepText: `rejected ${status}`,
      stream,
    });
    sendError(res, status, message, requestId);
  };
  const family = familyOf(path);
  if (req.method !== 'POST' || family === null) {
    return reject(404, `unknown endpoint ${req.method ?? ''} ${path}`);
  }
  if (bodyError !== null) return reject(400, bodyError);
  // The same request checks a real provider makes first, so a wrong request fails here as it would
  // there, whatever the fault plan says.
  const problem = requestProblem(family, body);
  if (problem) return reject(400, problem);
  const { attempt, step } = takeStep();
  record({
    attempt: attempt + 1,
    rejected: null,
    method: req.method ?? 'GET',
    path,
    requestId,
    step: step.kind,
    stepText: formatFaultStep(step),
    stream,
  });
  const model = (body as { model: string }).model;
  await playFault(step, res, {
    family,
    model,
    requestId,
    stream,
    healthy: () => Promise.resolve(healthyAnswer(family, model, stream)),
  });
}

function healthyAnswer(family: EndpointFamily, model: string, stream: boolean): HealthyAnswer {
  if (stream) {
    return {
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
      body: Buffer.from(streamEvents(family, model).join('')),
    };
  }
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(successBody(family, model))),
  };
}

/** What a provider rejects before generating anything; null when the request is well formed. */
function requestProblem(family: EndpointFamily, body: unknown): string | null {
  if (!isObject(body)) return 'request body must be a JSON object';
  if (typeof body.model !== 'string' || body.model.length === 0) {
    return 'you must provide a model parameter';
  }
  if (family === 'chat_completions') {
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return "'messages' must be a non-empty array";
    }
  } else if (typeof body.input !== 'string' && !Array.isArray(body.input)) {
    return "'input' must be a string or an array";
  }
  if ('stream' in body && typeof body.stream !== 'boolean') return "'stream' must be a boolean";
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sendError(res: ServerResponse, status: number, message: string, requestId: string): void {
  const text = JSON.stringify({
    error: { message, type: 'invalid_request_error', param: null, code: null },
  });
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-request-id': requestId,
  });
  res.end(text);
}
