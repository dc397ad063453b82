import type { IncomingMessage, ServerResponse } from 'node:http';
import { request } from 'undici';
import {
  checkSuccessBody,
  classifyHttpStatus,
  type FaultKind,
  type StatusClass,
  type stepForAttempt,
} from '../contract/index.js';
import { type HealthyAnswer, playFault, readRequestBody } from '../mock/index.js';
import type { EndpointFamily } from '../routing/index.js';
import type { ProxyAttempt, ProxyState } from './fault-proxy.js';

// Playing one attempt's fault: the step the fault plan gives it is played on the response (a
// status, a hang bounded even when nobody ends it, a reset, a broken body), or the request is
// forwarded to the upstream and its healthy answer passed on and classified. What was played
// goes into the attempt's record.

const MAX_UPSTREAM_BYTES = 4 * 1024 * 1024;

/** The request's endpoint family by its path; the route's own family when the path says none. */
function familyOf(rest: string, routeFamily: EndpointFamily): EndpointFamily {
  return rest.endsWith('/chat/completions')
    ? 'chat_completions'
    : rest.endsWith('/responses')
      ? 'responses'
      : routeFamily;
}

export async function playAttempt(
  state: ProxyState,
  req: IncomingMessage,
  res: ServerResponse,
  record: ProxyAttempt,
  step: ReturnType<typeof stepForAttempt>,
  rest: string,
  query: string,
): Promise<void> {
  const body = await readRequestBody(req);
  const family = familyOf(rest, state.options.family);
  let healthyClass: StatusClass | null = null;
  const healthy = async (): Promise<HealthyAnswer> => {
    const answer = await forward(state, req, body, `${state.upstream.href}${rest}${query}`);
    healthyClass = classifyAnswer(family, answer);
    return answer;
  };
  if (step.kind === 'hang') {
    // Bounded even when nobody ends it: the caller's timeout or the proxy closing usually does.
    const timer = setTimeout(() => {
      state.hangTimers.delete(timer);
      res.destroy();
    }, state.options.maxHangMs ?? 120_000);
    state.hangTimers.add(timer);
    res.on('close', () => {
      clearTimeout(timer);
      state.hangTimers.delete(timer);
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
  if (res.writableEnded || step.kind === 'reset') record.finishedAt ??= state.clock();
  record.status = played.status;
  record.retryAfterMs = played.retryAfterMs;
  record.statusClass = classOfPlayed(step.kind, played.status, healthyClass);
}

async function forward(
  state: ProxyState,
  req: IncomingMessage,
  body: Buffer,
  url: string,
): Promise<HealthyAnswer> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(key)) continue;
    headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  const response = await request(url, {
    method: (req.method ?? 'POST') as 'POST',
    headers,
    body: body.length > 0 ? body : null,
    dispatcher: state.dispatcher,
    signal: AbortSignal.timeout(state.upstreamTimeout),
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
