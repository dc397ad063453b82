import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HEALTHY, stepForAttempt, type FaultPlan, type FaultStep } from './fault-plan.js';
import { chatCompletionBody, responseBody } from './bodies.js';
import { playFault } from './play-fault.js';

export interface MockProviderOptions {
  port?: number;
  /** Only loopback unless a caller says otherwise. */
  host?: string;
  plan?: FaultPlan;
  /** Called once per request with safe metadata (never the prompt). */
  onRequest?: (entry: MockRequestLog) => void;
}

export interface MockRequestLog {
  attempt: number;
  method: string;
  path: string;
  requestId: string;
  step: FaultStep['kind'];
}

export interface MockProvider {
  /** Base URL with the /v1 prefix, as an OpenAI client expects. */
  url: string;
  port: number;
  /** How many requests have reached the mock. */
  readonly requestCount: number;
  close(): Promise<void>;
}

const MAX_REQUEST_BYTES = 1024 * 1024;

/** Starts an OpenAI-compatible provider on loopback that follows a fault plan. */
export async function startMockProvider(options: MockProviderOptions = {}): Promise<MockProvider> {
  const plan = options.plan ?? HEALTHY;
  let attempts = 0;
  const server: Server = createServer((req, res) => {
    const attempt = attempts++;
    void handle(req, res, stepForAttempt(plan, attempt), attempt, options.onRequest);
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
      return attempts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  step: FaultStep,
  attempt: number,
  onRequest: MockProviderOptions['onRequest'],
): Promise<void> {
  const requestId = `req_mock_${randomUUID()}`;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  onRequest?.({
    attempt: attempt + 1,
    method: req.method ?? 'GET',
    path,
    requestId,
    step: step.kind,
  });
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return sendJson(
      res,
      400,
      { error: { message: 'request body is not valid JSON', type: 'invalid_request_error' } },
      requestId,
    );
  }
  const family = path.endsWith('/chat/completions')
    ? 'chat_completions'
    : path.endsWith('/responses')
      ? 'responses'
      : null;
  if (req.method !== 'POST' || family === null) {
    return sendJson(
      res,
      404,
      { error: { message: 'unknown endpoint', type: 'invalid_request_error' } },
      requestId,
    );
  }
  const model =
    typeof (body as { model?: unknown }).model === 'string'
      ? (body as { model: string }).model
      : 'mock-model';
  await playFault(step, res, {
    family,
    model,
    requestId,
    healthy: () => {
      const answer =
        family === 'chat_completions' ? chatCompletionBody(model) : responseBody(model);
      return Promise.resolve({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify(answer)),
      });
    },
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-request-id': requestId,
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        reject(new Error('request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
