import type { IncomingMessage, ServerResponse } from 'node:http';
import { ulid } from 'ulid';
import { stepForAttempt } from '../contract/index.js';
import type { ProxyAttempt, ProxyState } from './fault-proxy.js';
import { playAttempt } from './fault-proxy-play.js';

// Taking one request at a fault proxy: which sample it belongs to (by its path prefix, or the
// sample assigned to the shared base URL), which step of the fault plan it gets, and its record
// in the log, made the moment it arrives so none is lost. A request that names no sample is
// counted and answered 404, never guessed.

/** Caller headers that carry retry bookkeeping: SDK retry counters, gateway attempt counts. */
const RETRY_HEADER = /retry|attempt/i;

export function takeRequest(state: ProxyState, req: IncomingMessage, res: ServerResponse): void {
  const { options, clock } = state;
  const match = state.samplePrefix.exec(req.url ?? '');
  const sample = match?.[1] !== undefined ? Number(match[1]) : state.shared;
  if (!match || sample === null) {
    state.unattributed += 1;
    req.resume();
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":{"message":"fault proxy: unknown base URL path","type":"fault_proxy"}}');
    return;
  }
  const rest = match[2] ?? '';
  const index = state.perSample.get(sample) ?? 0;
  state.perSample.set(sample, index + 1);
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
  state.log.push(record);
  res.on('close', () => {
    // A reset or a cut body is the proxy ending the exchange, not the caller leaving.
    if (res.writableFinished || step.kind === 'reset' || step.kind === 'truncate') {
      record.finishedAt ??= clock();
    } else if (record.finishedAt === null) record.abandonedAt = clock();
  });
  void playAttempt(state, req, res, record, step, rest, match[3] ?? '').catch(() => {
    if (!res.headersSent && !res.destroyed) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"error":{"message":"fault proxy: upstream unreachable","type":"fault_proxy"}}');
      record.status = 502;
      record.statusClass = 'retryable';
    } else {
      res.destroy();
    }
  });
}

function retryHeadersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined || !RETRY_HEADER.test(key)) continue;
    // Bookkeeping values are small counters; cap them so nothing large is ever copied.
    out[key] = (Array.isArray(value) ? value.join(', ') : value).slice(0, 64);
  }
  return out;
}
