import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { STATUS_CLASS_TABLE, ruleOf, type StatusRuleId } from '../../src/contract/status-class.js';
import {
  chatCompletionBody,
  chatCompletionStreamEvents,
  responseStreamEvents,
} from '../../src/mock/bodies.js';
import type { EndpointFamily, Route } from '../../src/routing/types.js';
import { probeHappyPath, type ProbeLimits } from '../../src/probe/happy-path.js';
import type { HappyPathObservation, StreamObservation } from '../../src/observations/types.js';
import { chooseUpstream } from '../../src/probe/upstream.js';
import {
  closedPort,
  mockServer,
  rawServer,
  stalledConnectPort,
  type Closer,
} from './happy-path-servers.js';

// One real loopback exchange for every row of the status class table: the classification the
// gate records is the one the table promises, reason included.

const closers: Closer[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const at = { file: 'routes.yaml', line: 1, column: 1 };
function routeTo(family: EndpointFamily, baseUrl: string, stream: boolean): Route {
  return { name: 'r', family, baseUrl, model: 'm', apiKeyEnv: null, timeoutMs: 3000, stream, at };
}

interface Staged {
  baseUrl: string;
  limits?: ProbeLimits;
}

interface Case {
  rule: StatusRuleId;
  name: string;
  family: EndpointFamily;
  /** Judge the streaming smoke test rather than the plain one. */
  stream?: boolean;
  stage: () => Promise<Staged>;
  /** The judged exchange must end within this many ms (timeouts must not run long). */
  withinMs?: number;
}

const mock = async (plan: string): Promise<Staged> => ({
  baseUrl: (await mockServer(plan, closers)).url,
});

/** Answers every request with fixed status, headers and body. */
function fixed(status: number, body: string, headers: Record<string, string> = {}) {
  return async (): Promise<Staged> => ({
    baseUrl: await rawServer((_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    }, closers),
  });
}

/** Answers streaming requests with these SSE events and plain ones with a healthy chat body. */
function streaming(events: string[], end: 'end' | 'none' = 'end') {
  return async (): Promise<Staged> => ({
    baseUrl: await rawServer((req: IncomingMessage, res: ServerResponse) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        const wantsStream = (JSON.parse(text) as { stream?: boolean }).stream === true;
        if (!wantsStream) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(chatCompletionBody('m')));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for (const event of events) res.write(event);
        if (end === 'end') res.end();
      });
    }, closers),
  });
}

const chatEvents = chatCompletionStreamEvents('m');
const responseEvents = responseStreamEvents('m');
const failedResponseEvent = `event: response.failed\ndata: ${JSON.stringify({
  type: 'response.failed',
  sequence_number: 9,
  response: {
    id: 'resp_1',
    object: 'response',
    status: 'failed',
    output: [],
    error: { code: 'server_error' },
  },
})}\n\n`;

/** A body of exactly `size` bytes that is a valid, usable chat completion. */
function chatBodyOfSize(size: number): string {
  const base = JSON.stringify(chatCompletionBody('m', ''));
  const content = 'a'.repeat(size - base.length);
  const body = JSON.stringify(chatCompletionBody('m', content));
  // Ids are random but fixed-length, so the padding lands exactly.
  if (Buffer.byteLength(body) !== size) throw new Error('padding miscounted');
  return body;
}

const ONE_MIB = 1024 * 1024;

const cases: Case[] = [
  {
    rule: 'usable_body',
    name: 'mock ok (chat)',
    family: 'chat_completions',
    stage: () => mock('ok*'),
  },
  {
    rule: 'usable_body',
    name: 'mock ok (responses)',
    family: 'responses',
    stage: () => mock('ok*'),
  },
  {
    rule: 'usable_body',
    name: 'a body of exactly the 1 MiB cap',
    family: 'chat_completions',
    stage: fixed(200, chatBodyOfSize(ONE_MIB)),
  },
  {
    rule: 'usable_stream',
    name: 'mock stream (chat)',
    family: 'chat_completions',
    stream: true,
    stage: () => mock('ok*'),
  },
  {
    rule: 'usable_stream',
    name: 'mock stream (responses)',
    family: 'responses',
    stream: true,
    stage: () => mock('ok*'),
  },
  {
    rule: 'invalid_body',
    name: 'a chat completion without choices',
    family: 'chat_completions',
    stage: fixed(200, '{"id":"x","object":"chat.completion","choices":[]}'),
  },
  {
    rule: 'invalid_body',
    name: 'an error object sent with 200',
    family: 'responses',
    stage: fixed(200, '{"error":{"message":"overloaded","type":"server_error"}}'),
  },
  {
    rule: 'other_family',
    name: 'mock wrong-family (chat route)',
    family: 'chat_completions',
    stage: () => mock('wrong-family*'),
  },
  {
    rule: 'other_family',
    name: 'mock wrong-family (responses route)',
    family: 'responses',
    stage: () => mock('wrong-family*'),
  },
  {
    rule: 'other_family',
    name: 'mock wrong-family stream (responses)',
    family: 'responses',
    stream: true,
    stage: () => mock('wrong-family*'),
  },
  {
    rule: 'empty_output',
    name: 'mock empty (chat)',
    family: 'chat_completions',
    stage: () => mock('empty*'),
  },
  {
    rule: 'empty_output',
    name: 'mock empty stream (responses)',
    family: 'responses',
    stream: true,
    stage: () => mock('empty*'),
  },
  {
    rule: 'not_completed',
    name: 'an incomplete response',
    family: 'responses',
    stage: fixed(
      200,
      '{"id":"r","object":"response","status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"output":[]}',
    ),
  },
  {
    rule: 'not_completed',
    name: 'a streamed response.failed',
    family: 'responses',
    stream: true,
    stage: streaming([responseEvents[0]!, failedResponseEvent]),
  },
  { rule: 'not_json', name: 'mock html', family: 'chat_completions', stage: () => mock('html*') },
  {
    rule: 'not_json',
    name: 'mock malformed',
    family: 'responses',
    stage: () => mock('malformed*'),
  },
  {
    rule: 'body_too_large',
    name: 'a body one byte over the 1 MiB cap',
    family: 'chat_completions',
    stage: fixed(200, chatBodyOfSize(ONE_MIB + 1)),
  },
  {
    rule: 'not_a_stream',
    name: 'mock html to a stream request',
    family: 'chat_completions',
    stream: true,
    stage: () => mock('html*'),
  },
  {
    rule: 'not_a_stream',
    name: 'a plain JSON answer to a stream request',
    family: 'chat_completions',
    stream: true,
    stage: fixed(200, JSON.stringify(chatCompletionBody('m'))),
  },
  {
    rule: 'stream_error_event',
    name: 'mock malformed stream',
    family: 'chat_completions',
    stream: true,
    stage: () => mock('malformed*'),
  },
  {
    rule: 'stream_error_event',
    name: 'an error object mid-stream (chat)',
    family: 'chat_completions',
    stream: true,
    stage: streaming([
      chatEvents[0]!,
      'data: {"error":{"message":"overloaded","type":"server_error"}}\n\n',
    ]),
  },
  {
    rule: 'stream_error_event',
    name: 'an error event (responses)',
    family: 'responses',
    stream: true,
    stage: streaming([
      responseEvents[0]!,
      'event: error\ndata: {"type":"error","code":"server_error","message":"m","sequence_number":1}\n\n',
    ]),
  },
  {
    rule: 'stream_unterminated',
    name: 'chat chunks that end without [DONE]',
    family: 'chat_completions',
    stream: true,
    stage: streaming(chatEvents.slice(0, -1)),
  },
  { rule: 'http_408', name: 'mock 408', family: 'chat_completions', stage: () => mock('408*') },
  {
    rule: 'http_429',
    name: 'mock 429 with retry-after',
    family: 'responses',
    stage: () => mock('429(retry-after=1)*'),
  },
  { rule: 'http_5xx', name: 'mock 503', family: 'chat_completions', stage: () => mock('503*') },
  {
    rule: 'http_5xx',
    name: 'mock 500 to a stream request',
    family: 'responses',
    stream: true,
    stage: () => mock('500*'),
  },
  {
    rule: 'connection_refused',
    name: 'a port nothing listens on',
    family: 'chat_completions',
    stage: async () => ({ baseUrl: `http://127.0.0.1:${await closedPort()}/v1` }),
  },
  {
    rule: 'connection_reset',
    name: 'mock reset',
    family: 'chat_completions',
    stage: () => mock('reset*'),
  },
  {
    rule: 'body_truncated',
    name: 'mock truncate',
    family: 'responses',
    stage: () => mock('truncate*'),
  },
  {
    rule: 'body_truncated',
    name: 'mock truncate of a stream',
    family: 'chat_completions',
    stream: true,
    stage: () => mock('truncate*'),
  },
  {
    rule: 'connect_timeout',
    name: 'a listener whose accept queue is full',
    family: 'chat_completions',
    stage: async () => ({
      baseUrl: `http://127.0.0.1:${await stalledConnectPort(closers)}/v1`,
      limits: { connectTimeoutMs: 300 },
    }),
    // undici checks its connect timer on a coarse clock (up to about a second late).
    withinMs: 2500,
  },
  {
    rule: 'headers_timeout',
    name: 'mock hang',
    family: 'chat_completions',
    stage: async () => ({ ...(await mock('hang*')), limits: { headersTimeoutMs: 200 } }),
    withinMs: 1700,
  },
  {
    rule: 'body_timeout',
    name: 'mock slow body, gaps longer than the body timeout',
    family: 'responses',
    stage: async () => ({
      ...(await mock('slow(chunk-delay=1800ms)*')),
      limits: { bodyTimeoutMs: 200 },
    }),
    // undici checks header and body timers on a half-second clock: up to a second late.
    withinMs: 1700,
  },
  {
    rule: 'body_timeout',
    name: 'mock slow stream, gaps longer than the body timeout',
    family: 'chat_completions',
    stream: true,
    stage: async () => ({
      ...(await mock('slow(chunk-delay=1800ms)*')),
      limits: { bodyTimeoutMs: 200 },
    }),
    // undici checks header and body timers on a half-second clock: up to a second late.
    withinMs: 1700,
  },
  {
    rule: 'deadline_exceeded',
    name: 'mock slow body: every gap short, the whole too long',
    family: 'chat_completions',
    stage: async () => ({
      ...(await mock('slow(chunk-delay=100ms)*')),
      limits: { deadlineMs: 350, bodyTimeoutMs: 300 },
    }),
    withinMs: 1200,
  },
  {
    rule: 'other_network_error',
    name: 'TLS spoken to a plain HTTP listener',
    family: 'chat_completions',
    stage: async () => ({ baseUrl: (await mock('ok*')).baseUrl.replace('http://', 'https://') }),
  },
  { rule: 'http_400', name: 'mock 400', family: 'chat_completions', stage: () => mock('400*') },
  { rule: 'http_401', name: 'mock 401', family: 'responses', stage: () => mock('401*') },
  { rule: 'http_403', name: 'mock 403', family: 'chat_completions', stage: () => mock('403*') },
  { rule: 'http_404', name: 'mock 404', family: 'chat_completions', stage: () => mock('404*') },
  { rule: 'http_422', name: 'mock 422', family: 'responses', stage: () => mock('422*') },
  {
    rule: 'http_other_4xx',
    name: 'mock 409',
    family: 'chat_completions',
    stage: () => mock('409*'),
  },
  {
    rule: 'http_unexpected',
    name: 'a redirect (not followed)',
    family: 'chat_completions',
    stage: fixed(302, '', { location: 'http://127.0.0.1:1/elsewhere' }),
  },
];

function judged(
  obs: HappyPathObservation,
  stream: boolean,
): HappyPathObservation | StreamObservation {
  if (!stream) return obs;
  if (!obs.stream) throw new Error('the streaming smoke test did not run');
  return obs.stream;
}

function expectRule(result: { statusClass: string; reason: string }, id: StatusRuleId): void {
  const rule = ruleOf(id);
  expect(result.statusClass).toBe(rule.statusClass);
  expect(
    result.reason === rule.reason || result.reason.startsWith(`${rule.reason}: `),
    `reason "${result.reason}" should come from rule ${id} ("${rule.reason}")`,
  ).toBe(true);
}

describe('status classes against real loopback servers', () => {
  it.each(cases.map((c) => [c.rule, c.name, c] as const))('%s: %s', async (_rule, _name, c) => {
    const staged = await c.stage();
    const route = routeTo(c.family, staged.baseUrl, c.stream === true);
    const obs = await probeHappyPath(
      route,
      chooseUpstream(route, 'auto', {}, () => ''),
      staged.limits,
    );
    const result = judged(obs, c.stream === true);
    expectRule(result, c.rule);
    if (c.withinMs !== undefined) expect(result.durationMs).toBeLessThan(c.withinMs);
  });

  it('has at least one real case for every row of the table', () => {
    const covered = new Set(cases.map((c) => c.rule));
    const missing = STATUS_CLASS_TABLE.map((r) => r.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });
});
