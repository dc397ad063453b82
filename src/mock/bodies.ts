import { randomBytes } from 'node:crypto';
import type { EndpointFamily } from '../contract/index.js';

// Schema-correct answers for each family, plain and streamed, written from the public API
// references. The text is fixed so the gate can prove it never copies generated text into its
// outputs. The official openai client parses every one of them (see test/mock/openai-client).

export const MOCK_OUTPUT_TEXT = 'ok';

function mockId(prefix: string): string {
  return `${prefix}${randomBytes(9).toString('hex')}`;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

export function chatCompletionBody(
  model: string,
  text = MOCK_OUTPUT_TEXT,
): Record<string, unknown> {
  return {
    id: mockId('chatcmpl-mock'),
    object: 'chat.completion',
    created: now(),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: text, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 8, completion_tokens: text.length > 0 ? 1 : 0, total_tokens: 9 },
  };
}

interface ResponseParts {
  id: string;
  messageId: string;
  created: number;
}

function responseObject(
  model: string,
  text: string,
  status: 'in_progress' | 'completed',
  parts: ResponseParts,
): Record<string, unknown> {
  const done = status === 'completed';
  return {
    id: parts.id,
    object: 'response',
    created_at: parts.created,
    status,
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: null,
    model,
    output: done
      ? [
          {
            type: 'message',
            id: parts.messageId,
            status: 'completed',
            role: 'assistant',
            content: text.length > 0 ? [{ type: 'output_text', text, annotations: [] }] : [],
          },
        ]
      : [],
    parallel_tool_calls: true,
    temperature: 1,
    tool_choice: 'auto',
    tools: [],
    top_p: 1,
    text: { format: { type: 'text' } },
    usage: done
      ? {
          input_tokens: 8,
          input_tokens_details: { cached_tokens: 0 },
          output_tokens: text.length > 0 ? 1 : 0,
          output_tokens_details: { reasoning_tokens: 0 },
          total_tokens: 9,
        }
      : null,
  };
}

export function responseBody(model: string, text = MOCK_OUTPUT_TEXT): Record<string, unknown> {
  return responseObject(model, text, 'completed', {
    id: mockId('resp_mock'),
    messageId: mockId('msg_mock'),
    created: now(),
  });
}

export function successBody(family: EndpointFamily, model: string, text = MOCK_OUTPUT_TEXT) {
  return family === 'chat_completions'
    ? chatCompletionBody(model, text)
    : responseBody(model, text);
}

/** Splits text into small deltas, so a stream carries several of them, as real ones do. */
function deltasOf(text: string): string[] {
  const pieces: string[] = [];
  for (const char of text) pieces.push(char);
  return pieces;
}

function sse(data: unknown, event?: string): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ''}data: ${payload}\n\n`;
}

/** A streamed chat completion: role chunk, content chunks, a finish chunk, then `data: [DONE]`. */
export function chatCompletionStreamEvents(model: string, text = MOCK_OUTPUT_TEXT): string[] {
  const id = mockId('chatcmpl-mock');
  const created = now();
  const chunk = (delta: Record<string, unknown>, finishReason: string | null) =>
    sse({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      system_fingerprint: null,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    });
  return [
    chunk({ role: 'assistant', content: '', refusal: null }, null),
    ...deltasOf(text).map((piece) => chunk({ content: piece }, null)),
    chunk({}, 'stop'),
    sse('[DONE]'),
  ];
}

/** A streamed response: created, in_progress, the message item and its text deltas, completed. */
export function responseStreamEvents(model: string, text = MOCK_OUTPUT_TEXT): string[] {
  const parts: ResponseParts = {
    id: mockId('resp_mock'),
    messageId: mockId('msg_mock'),
    created: now(),
  };
  let sequence = 0;
  const event = (type: string, fields: Record<string, unknown>) =>
    sse({ type, sequence_number: sequence++, ...fields }, type);
  const location = { item_id: parts.messageId, output_index: 0, content_index: 0 };
  const events = [
    event('response.created', { response: responseObject(model, '', 'in_progress', parts) }),
    event('response.in_progress', { response: responseObject(model, '', 'in_progress', parts) }),
    event('response.output_item.added', {
      output_index: 0,
      item: {
        type: 'message',
        id: parts.messageId,
        status: 'in_progress',
        role: 'assistant',
        content: [],
      },
    }),
  ];
  if (text.length > 0) {
    events.push(
      event('response.content_part.added', {
        ...location,
        part: { type: 'output_text', text: '', annotations: [] },
      }),
      ...deltasOf(text).map((delta) =>
        event('response.output_text.delta', { ...location, delta, logprobs: [] }),
      ),
      event('response.output_text.done', { ...location, text, logprobs: [] }),
      event('response.content_part.done', {
        ...location,
        part: { type: 'output_text', text, annotations: [] },
      }),
    );
  }
  events.push(
    event('response.output_item.done', {
      output_index: 0,
      item: {
        type: 'message',
        id: parts.messageId,
        status: 'completed',
        role: 'assistant',
        content: text.length > 0 ? [{ type: 'output_text', text, annotations: [] }] : [],
      },
    }),
    event('response.completed', { response: responseObject(model, text, 'completed', parts) }),
  );
  return events;
}

export function streamEvents(
  family: EndpointFamily,
  model: string,
  text = MOCK_OUTPUT_TEXT,
): string[] {
  return family === 'chat_completions'
    ? chatCompletionStreamEvents(model, text)
    : responseStreamEvents(model, text);
}

/** A stream whose second event is cut-off JSON, followed by a proper terminator. */
export function malformedStreamEvents(family: EndpointFamily, model: string): string[] {
  const healthy = streamEvents(family, model);
  const broken = `data: {"id": "broken", "object": "${
    family === 'chat_completions' ? 'chat.completion.chunk' : 'response'
  }", "choices": [{\n\n`;
  return [healthy[0] ?? '', broken, healthy.at(-1) ?? ''];
}

export const MALFORMED_JSON_BODY = '{"id": "broken", "object": "chat.completion", "choices": [{';
export const HTML_BODY = '<!doctype html><html><body><h1>Service notice</h1></body></html>';
