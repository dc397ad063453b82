import { describe, expect, it } from 'vitest';
import { checkStream } from '../../src/contract/stream-check.js';
import { chatCompletionStreamEvents, responseStreamEvents } from '../../src/mock/bodies.js';

const SSE = 'text/event-stream; charset=utf-8';
const chat = (body: string, fault: Parameters<typeof checkStream>[0]['fault'] = null) =>
  checkStream({ family: 'chat_completions', contentType: SSE, body, fault });
const responses = (body: string, fault: Parameters<typeof checkStream>[0]['fault'] = null) =>
  checkStream({ family: 'responses', contentType: SSE, body, fault });

describe('chat completion streams', () => {
  it('counts each non-empty content delta and needs [DONE]', () => {
    const result = chat(chatCompletionStreamEvents('m', 'hello').join(''));
    expect(result).toMatchObject({
      deltas: 5,
      text: 'hello',
      classified: { rule: 'usable_stream' },
    });
  });

  it('reads CRLF line endings, comments and a usage-only chunk as the SSE format allows', () => {
    const events = chatCompletionStreamEvents('m', 'ok');
    const usage = 'data: {"id":"c","object":"chat.completion.chunk","choices":[],"usage":{}}\n\n';
    const body = [': keep-alive\n\n', ...events.slice(0, -1), usage, events.at(-1)!]
      .join('')
      .replaceAll('\n', '\r\n');
    expect(chat(body)).toMatchObject({ deltas: 2, classified: { rule: 'usable_stream' } });
  });

  it('joins a data field split over several lines into one event', () => {
    const chunk = {
      id: 'c',
      object: 'chat.completion.chunk',
      choices: [{ delta: { content: 'hi' } }],
    };
    const json = JSON.stringify(chunk, null, 1);
    const multiLine = json
      .split('\n')
      .map((line) => `data: ${line}`)
      .join('\n');
    expect(chat(`${multiLine}\n\ndata: [DONE]\n\n`)).toMatchObject({
      deltas: 1,
      classified: { rule: 'usable_stream' },
    });
  });

  it('ignores whatever follows [DONE]', () => {
    const body = `${chatCompletionStreamEvents('m').join('')}data: {not json\n\n`;
    expect(chat(body).classified.rule).toBe('usable_stream');
  });

  it('does not count an event the body cut before its blank line', () => {
    const events = chatCompletionStreamEvents('m', 'ab');
    const cut = events.slice(0, 2).join('') + events[2]!.slice(0, -2);
    const result = chat(cut, 'body_truncated');
    expect(result.deltas).toBe(1);
    expect(result.classified).toMatchObject({
      rule: 'body_truncated',
      statusClass: 'retryable',
      reason: 'connection closed mid-body: after 1 text delta',
    });
  });

  it('calls a clean end without [DONE] unterminated', () => {
    const result = chat(chatCompletionStreamEvents('m').slice(0, -1).join(''));
    expect(result.classified.reason).toBe(
      'stream ended without its terminator: data: [DONE] missing after 2 text deltas',
    );
  });

  it('calls a stream with only empty deltas empty output', () => {
    expect(chat(chatCompletionStreamEvents('m', '').join('')).classified.rule).toBe('empty_output');
  });
});

describe('responses streams', () => {
  it('counts output_text deltas and needs response.completed', () => {
    expect(responses(responseStreamEvents('m', 'abc').join(''))).toMatchObject({
      deltas: 3,
      text: 'abc',
      classified: { rule: 'usable_stream' },
    });
  });

  it('ignores event types a caller does not need', () => {
    const events = responseStreamEvents('m');
    const extra =
      'event: response.reasoning_summary_text.delta\ndata: {"type":"response.reasoning_summary_text.delta","delta":"x"}\n\n';
    const body = [events[0]!, extra, ...events.slice(1)].join('');
    expect(responses(body)).toMatchObject({ deltas: 2, classified: { rule: 'usable_stream' } });
  });

  it('calls a completed event whose response is incomplete not completed', () => {
    const events = responseStreamEvents('m');
    const last = events.at(-1)!.replace('"status":"completed"', '"status":"incomplete"');
    const result = responses([...events.slice(0, -1), last].join(''));
    expect(result.classified).toMatchObject({ rule: 'not_completed', statusClass: '2xx_unusable' });
  });

  it('calls a chat stream on a responses route the other family', () => {
    expect(responses(chatCompletionStreamEvents('m').join('')).classified.rule).toBe(
      'other_family',
    );
  });

  it('names a stream whose body stalled after it started', () => {
    const events = responseStreamEvents('m');
    const result = responses(events.slice(0, 5).join(''), 'body_timeout');
    expect(result.classified).toMatchObject({
      rule: 'body_timeout',
      reason: 'body timeout: after 1 text delta',
    });
  });
});

describe('answers that are not streams', () => {
  it('names the content type, and never reads the body as a stream', () => {
    const result = checkStream({
      family: 'chat_completions',
      contentType: 'application/json',
      body: '{"id":"x","object":"chat.completion","choices":[{"message":{"role":"assistant","content":"ok"}}]}',
      fault: null,
    });
    expect(result.classified.reason).toBe(
      'not an event stream: a complete JSON body (content-type application/json)',
    );
  });
});
