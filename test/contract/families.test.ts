import { describe, expect, it } from 'vitest';
import {
  SMOKE_MAX_TOKENS,
  buildSmokeRequest,
  checkSuccessBody,
  safeToken,
} from '../../src/contract/families.js';
import { chatCompletionBody, responseBody } from '../../src/mock/bodies.js';

describe('smoke requests', () => {
  it('asks a chat route for a tiny completion, streamed only when asked', () => {
    const plain = buildSmokeRequest('chat_completions', 'gpt-x');
    expect(plain.path).toBe('/chat/completions');
    expect(plain.body).toMatchObject({ model: 'gpt-x', max_tokens: SMOKE_MAX_TOKENS });
    expect(plain.body).not.toHaveProperty('stream');
    expect(plain.body.messages).toHaveLength(1);
    expect(buildSmokeRequest('chat_completions', 'gpt-x', { stream: true }).body.stream).toBe(true);
  });

  it('asks a responses route with input and max_output_tokens of 16, the smallest accepted', () => {
    const request = buildSmokeRequest('responses', 'gpt-x', { stream: true });
    expect(request.path).toBe('/responses');
    expect(request.body).toMatchObject({ model: 'gpt-x', max_output_tokens: 16, stream: true });
    expect(typeof request.body.input).toBe('string');
  });
});

describe('success bodies', () => {
  it('accepts provider extras it does not need', () => {
    const body = { ...chatCompletionBody('m'), provider_routing: { region: 'x' }, extra: [1] };
    expect(checkSuccessBody('chat_completions', body)).toMatchObject({ usable: true, text: 'ok' });
  });

  it('finds text across several output_text parts and skips reasoning items', () => {
    const body = {
      ...responseBody('m'),
      output: [
        { type: 'reasoning', id: 'rs_1', summary: [] },
        {
          type: 'message',
          role: 'assistant',
          content: [
            { type: 'output_text', text: 'o', annotations: [] },
            { type: 'output_text', text: 'k', annotations: [] },
          ],
        },
      ],
    };
    expect(checkSuccessBody('responses', body)).toMatchObject({ usable: true, text: 'ok' });
  });

  it('calls null content and a refusal-only response empty output', () => {
    const chat = chatCompletionBody('m');
    (chat.choices as { message: { content: string | null } }[])[0]!.message.content = null;
    expect(checkSuccessBody('chat_completions', chat)).toMatchObject({
      usable: false,
      classified: { rule: 'empty_output', statusClass: '2xx_unusable' },
    });
    const refusal = {
      ...responseBody('m'),
      output: [{ type: 'message', content: [{ type: 'refusal', refusal: 'no' }] }],
    };
    expect(checkSuccessBody('responses', refusal)).toMatchObject({
      classified: { rule: 'empty_output' },
    });
  });

  it('names an incomplete response with its reason', () => {
    const body = {
      ...responseBody('m'),
      status: 'incomplete',
      incomplete_details: { reason: 'max_output_tokens' },
    };
    expect(checkSuccessBody('responses', body)).toMatchObject({
      usable: false,
      reason: 'response not completed: status "incomplete" (max_output_tokens)',
    });
  });

  it("names the other family's body on either route", () => {
    expect(checkSuccessBody('chat_completions', responseBody('m'))).toMatchObject({
      classified: { rule: 'other_family' },
    });
    expect(checkSuccessBody('responses', chatCompletionBody('m'))).toMatchObject({
      classified: { rule: 'other_family' },
    });
  });

  it('keeps provider words in reasons to a short safe token', () => {
    expect(safeToken('quota exceeded for key sk-abc "x"')).toBe(
      'quota_exceeded_for_key_sk-abc__x_',
    );
    expect(safeToken('a'.repeat(100))).toHaveLength(48);
    const odd = { ...responseBody('m'), status: 'done; see https://x.test/?q=prompt text' };
    const check = checkSuccessBody('responses', odd);
    expect(check.usable).toBe(false);
    expect(check.usable ? '' : check.reason).not.toMatch(/\s(see|prompt|text)\b/);
  });
});
