import { randomUUID } from 'node:crypto';
import { Agent, errors, request } from 'undici';
import type { NetworkFault } from '../contract/status-class.js';

export const DEFAULT_BODY_CAP_BYTES = 1024 * 1024;

export interface PostJsonOptions {
  url: string;
  body: unknown;
  apiKey: string | null;
  /** Overall deadline for the whole exchange, body included. */
  deadlineMs: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  bodyCapBytes?: number;
}

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

/** One POST with every phase bounded. Never throws for network trouble: it names the fault. */
export async function postJson(options: PostJsonOptions): Promise<PostJsonResult> {
  const clientRequestId = `fg_${randomUUID()}`;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const deadline = options.deadlineMs;
  const dispatcher = new Agent({
    connectTimeout: Math.min(options.connectTimeoutMs ?? deadline, deadline),
    headersTimeout: Math.min(options.headersTimeoutMs ?? deadline, deadline),
    bodyTimeout: Math.min(options.bodyTimeoutMs ?? deadline, deadline),
    connections: 1,
    pipelining: 0,
  });
  const signal = AbortSignal.timeout(deadline);
  try {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-client-request-id': clientRequestId,
    };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
    const response = await request(options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(options.body),
      dispatcher,
      signal,
    });
    const cap = options.bodyCapBytes ?? DEFAULT_BODY_CAP_BYTES;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > cap) {
        response.body.destroy();
        return { kind: 'fault', fault: 'body_too_large', clientRequestId, durationMs: elapsed() };
      }
      chunks.push(buffer);
    }
    return {
      kind: 'response',
      status: response.statusCode,
      headers: flattenHeaders(response.headers),
      bodyText: Buffer.concat(chunks).toString('utf8'),
      clientRequestId,
      durationMs: elapsed(),
    };
  } catch (error) {
    return { kind: 'fault', fault: faultOf(error, signal), clientRequestId, durationMs: elapsed() };
  } finally {
    void dispatcher.destroy().catch(() => undefined);
  }
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

/** Names a failure by its error code or class, never by parsing its message. */
export function faultOf(error: unknown, signal?: AbortSignal): NetworkFault {
  if (signal?.aborted) return 'deadline_exceeded';
  if (error instanceof errors.ConnectTimeoutError) return 'connect_timeout';
  if (error instanceof errors.HeadersTimeoutError) return 'headers_timeout';
  if (error instanceof errors.BodyTimeoutError) return 'body_timeout';
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED') return 'connection_refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return 'connection_reset';
  if (
    code === 'UND_ERR_ABORTED' ||
    (error as Error).name === 'AbortError' ||
    (error as Error).name === 'TimeoutError'
  ) {
    return 'deadline_exceeded';
  }
  return 'other_network_error';
}
