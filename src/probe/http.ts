import { randomUUID } from 'node:crypto';
import { Agent, errors, request } from 'undici';
import { checkSuccessBody, type NetworkFault } from '../contract/index.js';
import { parseRetryAfter } from '../retry/index.js';
import type { Route } from '../routing/index.js';

// One HTTP exchange with every phase bounded: connect, headers, each gap in the body, and an
// overall deadline over all of them. Network trouble is never thrown: it is named by its undici
// error class or system error code, and by the phase it happened in.

export const DEFAULT_BODY_CAP_BYTES = 1024 * 1024;
/** undici's own default is 10 s; a route's deadline lowers it. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** The header a generated id travels in when the provider sends none back (OpenAI reads it). */
export const CLIENT_REQUEST_ID_HEADER = 'x-client-request-id';

/** Where providers put their request id, most common first. */
export const PROVIDER_REQUEST_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'apim-request-id',
  'x-ms-request-id',
  'x-correlation-id',
  'cf-ray',
] as const;

export interface ExchangeOptions {
  url: string;
  body: unknown;
  /** Sent only as `Authorization: Bearer …`; never logged, never part of any result. */
  apiKey: string | null;
  /** Overall deadline for the whole exchange, body included. */
  deadlineMs: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** Longest gap between two pieces of the body. */
  bodyTimeoutMs?: number;
  bodyCapBytes?: number;
  /** Extra request headers (never the credential). */
  headers?: Record<string, string>;
}

export interface Exchange {
  clientRequestId: string;
  /** Status of the answer; null when no status line arrived. */
  status: number | null;
  headers: Record<string, string>;
  /** What was read of the body, possibly cut short by `fault` (never more than the cap). */
  body: Buffer;
  /** Why the exchange ended early; null when the body was read to its end. */
  fault: NetworkFault | null;
  /** The undici or system error code behind the fault, for the reason line. */
  faultCode: string | null;
  /** Milliseconds until the response headers arrived. */
  headersMs: number | null;
  durationMs: number;
}

/** Sends one JSON POST and reads the answer within its bounds. Never throws for network trouble. */
export async function exchange(options: ExchangeOptions): Promise<Exchange> {
  const clientRequestId = `fg_${randomUUID()}`;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const deadline = options.deadlineMs;
  const dispatcher = new Agent({
    connectTimeout: Math.min(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, deadline),
    headersTimeout: Math.min(options.headersTimeoutMs ?? deadline, deadline),
    bodyTimeout: Math.min(options.bodyTimeoutMs ?? deadline, deadline),
    connections: 1,
    pipelining: 0,
  });
  const deadlineSignal = AbortSignal.timeout(deadline);
  const result: Exchange = {
    clientRequestId,
    status: null,
    headers: {},
    body: Buffer.alloc(0),
    fault: null,
    faultCode: null,
    headersMs: null,
    durationMs: 0,
  };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const headers: Record<string, string> = {
      ...options.headers,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      [CLIENT_REQUEST_ID_HEADER]: clientRequestId,
    };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
    const response = await request(options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(options.body),
      dispatcher,
      signal: deadlineSignal,
    });
    result.status = response.statusCode;
    result.headers = flattenHeaders(response.headers);
    result.headersMs = elapsed();
    const cap = options.bodyCapBytes ?? DEFAULT_BODY_CAP_BYTES;
    for await (const chunk of response.body) {
      const buffer = chunk as Buffer;
      if (size + buffer.length > cap) {
        chunks.push(buffer.subarray(0, cap - size));
        size = cap;
        result.fault = 'body_too_large';
        response.body.destroy();
        break;
      }
      size += buffer.length;
      chunks.push(buffer);
    }
  } catch (error) {
    result.fault = faultOf(error, deadlineSignal, result.status !== null);
    result.faultCode = codeOf(error);
  } finally {
    void dispatcher.destroy().catch(() => undefined);
  }
  result.body = Buffer.concat(chunks, size);
  result.durationMs = elapsed();
  return result;
}

/** The provider's request id from the answer, if it sent one we can safely record. */
export function providerRequestId(headers: Record<string, string>): string | null {
  for (const name of PROVIDER_REQUEST_ID_HEADERS) {
    const value = headers[name]?.trim();
    // An id is an opaque token: anything else (spaces, quotes, very long) is not recorded.
    if (value && /^[A-Za-z0-9._:\-/+=]{1,128}$/.test(value)) return value;
  }
  return null;
}

// ---- The earlier, simpler shape, kept for callers that only need status + text ----------------

export type PostJsonOptions = ExchangeOptions;

export type PostJsonResult =
  | {
      kind: 'response';
      status: number;
      headers: Record<string, string>;
      bodyText: string;
      clientRequestId: string;
      durationMs: number;
    }
  | { kind: 'fault'; fault: NetworkFault; clientRequestId: string; durationMs: number };

export async function postJson(options: PostJsonOptions): Promise<PostJsonResult> {
  const result = await exchange(options);
  if (result.fault !== null || result.status === null) {
    return {
      kind: 'fault',
      fault: result.fault ?? 'other_network_error',
      clientRequestId: result.clientRequestId,
      durationMs: result.durationMs,
    };
  }
  return {
    kind: 'response',
    status: result.status,
    headers: result.headers,
    bodyText: result.body.toString('utf8'),
    clientRequestId: result.clientRequestId,
    durationMs: result.durationMs,
  };
}

/** What one attempt came back with, as the caller classifies it. */
export type AttemptResult =
  | { kind: 'usable'; route: string }
  | { kind: 'status'; route: string; status: number; retryAfterMs: number | null }
  | { kind: 'network'; route: string; fault: NetworkFault }
  | { kind: 'unusable'; route: string; reason: string };

/**
 * An answer that arrived whole, as the caller of a route classifies it: a non-2xx status with
 * the wait it announces, or a 2xx body that is or is not a usable answer of the route's family.
 */
export function attemptResultOf(
  route: Pick<Route, 'name' | 'family'>,
  answer: { status: number; headers: Record<string, string>; bodyText: string },
): AttemptResult {
  if (answer.status < 200 || answer.status >= 300) {
    return {
      kind: 'status',
      route: route.name,
      status: answer.status,
      retryAfterMs: parseRetryAfter(answer.headers),
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.bodyText);
  } catch {
    return { kind: 'unusable', route: route.name, reason: 'body is not JSON' };
  }
  const check = checkSuccessBody(route.family, parsed);
  return check.usable
    ? { kind: 'usable', route: route.name }
    : { kind: 'unusable', route: route.name, reason: check.reason };
}

function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined)
      out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function codeOf(error: unknown): string | null {
  const code =
    (error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : null;
}

/**
 * Names a failure by its error class or code, never by parsing its message. `afterHeaders` tells
 * a connection that died mid-body (truncated) from one that died before answering (reset).
 */
export function faultOf(error: unknown, signal?: AbortSignal, afterHeaders = false): NetworkFault {
  if (signal?.aborted) return 'deadline_exceeded';
  if (error instanceof errors.ConnectTimeoutError) return 'connect_timeout';
  if (error instanceof errors.HeadersTimeoutError) return 'headers_timeout';
  if (error instanceof errors.BodyTimeoutError) return 'body_timeout';
  if (error instanceof errors.ResponseExceededMaxSizeError) return 'body_too_large';
  const code = codeOf(error);
  if (code === 'ECONNREFUSED') return 'connection_refused';
  const closed =
    code === 'ECONNRESET' ||
    code === 'UND_ERR_SOCKET' ||
    code === 'EPIPE' ||
    code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
  if (closed) return afterHeaders ? 'body_truncated' : 'connection_reset';
  const name = (error as { name?: unknown }).name;
  if (code === 'UND_ERR_ABORTED' || name === 'AbortError' || name === 'TimeoutError') {
    return 'deadline_exceeded';
  }
  return 'other_network_error';
}
