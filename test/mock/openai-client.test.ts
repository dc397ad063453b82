import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { MOCK_OUTPUT_TEXT } from '../../src/mock/bodies.js';
import { parseFaultPlan } from '../../src/contract/fault-plan.js';
import { startMockProvider, type MockProvider } from '../../src/mock/server.js';

// The mock's fidelity, proven by the official client: every healthy answer, plain and streamed,
// parses and yields the text; faults surface as the client's own error types.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function mockWith(plan = 'ok*'): Promise<MockProvider> {
  const mock = await startMockProvider({ plan: parseFaultPlan(plan) });
  closers.push(() => mock.close());
  return mock;
}

function client(mock: MockProvider, maxRetries = 0): OpenAI {
  return new OpenAI({ apiKey: 'test', baseURL: mock.url, maxRetries, timeout: 5000 });
}

const messages = [{ role: 'user' as const, content: 'Say ok' }];

describe('the official openai client against the mock', () => {
  it('parses a chat completion', async () => {
    const completion = await client(await mockWith()).chat.completions.create({
      model: 'gpt-test',
      messages,
    });
    expect(completion.object).toBe('chat.completion');
    expect(completion.model).toBe('gpt-test');
    expect(completion.choices[0]?.message.content).toBe(MOCK_OUTPUT_TEXT);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
  });

  it('streams a chat completion chunk by chunk until [DONE]', async () => {
    const stream = await client(await mockWith()).chat.completions.create({
      model: 'gpt-test',
      messages,
      stream: true,
    });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(MOCK_OUTPUT_TEXT);
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
  });

  it("assembles a final chat completion with the client's stream helper", async () => {
    const runner = client(await mockWith()).chat.completions.stream({
      model: 'gpt-test',
      messages,
    });
    const final = await runner.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe(MOCK_OUTPUT_TEXT);
  });

  it('parses a response, output_text included', async () => {
    const response = await client(await mockWith()).responses.create({
      model: 'gpt-test',
      input: 'Say ok',
    });
    expect(response.object).toBe('response');
    expect(response.status).toBe('completed');
    expect(response.output_text).toBe(MOCK_OUTPUT_TEXT);
  });

  it('streams response events from response.created to response.completed', async () => {
    const stream = await client(await mockWith()).responses.create({
      model: 'gpt-test',
      input: 'Say ok',
      stream: true,
    });
    const types: string[] = [];
    let text = '';
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
    }
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(types.filter((t) => t === 'response.output_text.delta')).toHaveLength(2);
    expect(text).toBe(MOCK_OUTPUT_TEXT);
  });

  it("assembles a final response with the client's stream helper", async () => {
    const stream = client(await mockWith()).responses.stream({
      model: 'gpt-test',
      input: 'Say ok',
    });
    const final = await stream.finalResponse();
    expect(final.output_text).toBe(MOCK_OUTPUT_TEXT);
  });

  it('surfaces an injected 429 as RateLimitError with its retry-after header', async () => {
    const mock = await mockWith('429(retry-after=3)*');
    const error: unknown = await client(mock)
      .chat.completions.create({ model: 'gpt-test', messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe(
      '3',
    );
    expect(mock.requestCount).toBe(1);
  });

  it('recovers when its own retries outlast a plan of two throttles', async () => {
    const mock = await mockWith('429(retry-after-ms=5) x2, ok');
    const response = await client(mock, 2).responses.create({ model: 'gpt-test', input: 'x' });
    expect(response.output_text).toBe(MOCK_OUTPUT_TEXT);
    expect(mock.requests.map((r) => r.stepText)).toEqual([
      '429(retry-after-ms=5ms)',
      '429(retry-after-ms=5ms)',
      'ok',
    ]);
  });

  it('fails with a connection error on a reset', async () => {
    const error: unknown = await client(await mockWith('reset*'))
      .chat.completions.create({ model: 'gpt-test', messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it('rejects a request without a model with 400, as a provider does', async () => {
    const error: unknown = await client(await mockWith())
      .chat.completions.create({ model: '', messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  });
});
