// Schema-correct success bodies for each family, written from the public API references.
// The text is fixed so the gate can prove it never copies generated text into its outputs.

export const MOCK_OUTPUT_TEXT = 'ok';

export function chatCompletionBody(
  model: string,
  text = MOCK_OUTPUT_TEXT,
): Record<string, unknown> {
  return {
    id: `chatcmpl-mock${Date.now().toString(36)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: text, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 8, completion_tokens: 1, total_tokens: 9 },
  };
}

export function responseBody(model: string, text = MOCK_OUTPUT_TEXT): Record<string, unknown> {
  const created = Math.floor(Date.now() / 1000);
  return {
    id: `resp_mock${Date.now().toString(36)}`,
    object: 'response',
    created_at: created,
    status: 'completed',
    error: null,
    incomplete_details: null,
    model,
    output: [
      {
        type: 'message',
        id: `msg_mock${Date.now().toString(36)}`,
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text, annotations: [] }],
      },
    ],
    usage: { input_tokens: 8, output_tokens: 1, total_tokens: 9 },
  };
}
