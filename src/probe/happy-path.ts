import { createHash } from 'node:crypto';
import {
  buildSmokeRequest,
  checkStream,
  checkSuccessBody,
  type Classified,
  classifyBy,
  classifyHttpStatus,
  classifyNetworkFault,
} from '../contract/index.js';
import type { Route } from '../routing/index.js';
import { exchange, providerRequestId, type Exchange } from './http.js';
import type {
  HappyPathObservation,
  OutputDigest,
  StreamObservation,
} from '../observations/index.js';
import type { UpstreamChoice } from './upstream.js';

// The happy path: the family's smoke request, once per route (and once more as a stream when the
// route streams), classified by the status class table. Only a digest of generated text is kept.

/** A route without its own timeout gets this deadline per exchange. */
export const DEFAULT_ROUTE_DEADLINE_MS = 30_000;

/** Bounds for one exchange; the route's timeout is the overall deadline unless overridden. */
export interface ProbeLimits {
  deadlineMs?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  bodyCapBytes?: number;
}

interface Outcome {
  classified: Classified;
  exchange: Exchange;
  output: OutputDigest | null;
  deltas: number;
}

/** Sends the family's smoke request and classifies what came back. */
export async function probeHappyPath(
  route: Route,
  upstream: UpstreamChoice,
  limits: ProbeLimits = {},
): Promise<HappyPathObservation> {
  const startedAt = new Date().toISOString();
  const plain = await smoke(route, upstream, limits, false);
  const stream = route.stream ? await smoke(route, upstream, limits, true) : null;
  const ids = requestIdOf(plain.exchange);
  // A streaming route is only as good as the worse of its two answers.
  const decisive =
    stream && plain.classified.statusClass === '2xx_usable' && !isUsable(stream)
      ? {
          ...stream.classified,
          reason: `streaming: ${stream.classified.reason}`,
        }
      : plain.classified;
  return {
    route: route.name,
    family: route.family,
    upstream: upstream.upstream,
    environmentMismatch: upstream.mismatch,
    ...ids,
    startedAt,
    durationMs: plain.exchange.durationMs + (stream?.exchange.durationMs ?? 0),
    httpStatus: plain.exchange.status,
    statusClass: decisive.statusClass,
    reason: decisive.reason,
    output: plain.output,
    stream: stream ? streamObservation(stream) : null,
  };
}

function isUsable(outcome: Outcome): boolean {
  return outcome.classified.statusClass === '2xx_usable';
}

function streamObservation(outcome: Outcome): StreamObservation {
  return {
    statusClass: outcome.classified.statusClass,
    reason: outcome.classified.reason,
    deltas: outcome.deltas,
    httpStatus: outcome.exchange.status,
    ...requestIdOf(outcome.exchange),
    durationMs: outcome.exchange.durationMs,
    output: outcome.output,
  };
}

async function smoke(
  route: Route,
  upstream: UpstreamChoice,
  limits: ProbeLimits,
  stream: boolean,
): Promise<Outcome> {
  const { path, body } = buildSmokeRequest(route.family, route.model, { stream });
  const result = await exchange({
    url: joinUrl(upstream.baseUrl, path),
    body,
    apiKey: upstream.apiKey,
    deadlineMs: limits.deadlineMs ?? route.timeoutMs ?? DEFAULT_ROUTE_DEADLINE_MS,
    ...(limits.connectTimeoutMs !== undefined ? { connectTimeoutMs: limits.connectTimeoutMs } : {}),
    ...(limits.headersTimeoutMs !== undefined ? { headersTimeoutMs: limits.headersTimeoutMs } : {}),
    ...(limits.bodyTimeoutMs !== undefined ? { bodyTimeoutMs: limits.bodyTimeoutMs } : {}),
    ...(limits.bodyCapBytes !== undefined ? { bodyCapBytes: limits.bodyCapBytes } : {}),
  });
  const outcome = (classified: Classified, text: string | null = null, deltas = 0): Outcome => ({
    classified,
    exchange: result,
    output: text === null ? null : digest(text),
    deltas,
  });
  if (result.status === null) {
    return outcome(classifyNetworkFault(result.fault ?? 'other_network_error', codeDetail(result)));
  }
  const byStatus = classifyHttpStatus(result.status);
  // A non-2xx status decides the class, whatever happened to its body afterwards.
  if (byStatus) return outcome(byStatus);
  const text = result.body.toString('utf8');
  if (stream) {
    const check = checkStream({
      family: route.family,
      contentType: result.headers['content-type'] ?? null,
      body: text,
      fault: result.fault,
    });
    return outcome(check.classified, check.text, check.deltas);
  }
  if (result.fault) return outcome(classifyNetworkFault(result.fault, codeDetail(result)));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const type = (result.headers['content-type'] ?? 'no content-type').split(';')[0] ?? '';
    return outcome(classifyBy('not_json', `HTTP ${result.status} ${safeHeaderWord(type)}`));
  }
  const check = checkSuccessBody(route.family, parsed);
  return check.usable ? outcome(check.classified, check.text) : outcome(check.classified);
}

function requestIdOf(
  result: Exchange,
): Pick<HappyPathObservation, 'requestId' | 'requestIdSource'> {
  const fromProvider = providerRequestId(result.headers);
  return fromProvider
    ? { requestId: fromProvider, requestIdSource: 'provider' }
    : { requestId: result.clientRequestId, requestIdSource: 'generated' };
}

function digest(text: string): OutputDigest {
  return { sha256: createHash('sha256').update(text).digest('hex'), length: text.length };
}

function codeDetail(result: Exchange): string | undefined {
  return result.fault === 'other_network_error' && result.faultCode ? result.faultCode : undefined;
}

function safeHeaderWord(value: string): string {
  return value.replace(/[^A-Za-z0-9_.+/-]/g, '_').slice(0, 48) || 'no content-type';
}

/** Joins a base URL that may or may not end in "/" with a path that starts with one. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
