import { z } from 'zod';
import type { EndpointFamily } from '../plan/types.js';

// The endpoint families as a caller sees them: the path, the smallest useful request, and the
// parts of a success body a caller needs. Schemas are lenient on extra fields (providers add
// their own) and strict on what a caller reads.

/** The prompt is fixed and harmless; the ledger records only this class, never the text. */
export const SMOKE_PROMPT_CLASS = 'harmless_smoke_test';
const SMOKE_PROMPT = 'Reply with the single word: ok';
const SMOKE_MAX_TOKENS = 16;

export const FAMILY_PATHS: Record<EndpointFamily, string> = {
  chat_completions: '/chat/completions',
  responses: '/responses',
};

export function buildSmokeRequest(
  family: EndpointFamily,
  model: string,
  options: { stream?: boolean } = {},
): { path: string; body: Record<string, unknown> } {
  const stream = options.stream === true;
  if (family === 'chat_completions') {
    return {
      path: FAMILY_PATHS.chat_completions,
      body: {
        model,
        messages: [{ role: 'user', content: SMOKE_PROMPT }],
        max_tokens: SMOKE_MAX_TOKENS,
        ...(stream ? { stream: true } : {}),
      },
    };
  }
  return {
    path: FAMILY_PATHS.responses,
    body: {
      model,
      input: SMOKE_PROMPT,
      max_output_tokens: SMOKE_MAX_TOKENS,
      ...(stream ? { stream: true } : {}),
    },
  };
}

export const chatCompletionSchema = z.looseObject({
  id: z.string(),
  object: z.literal('chat.completion'),
  model: z.string(),
  choices: z
    .array(
      z.looseObject({
        index: z.number(),
        message: z.looseObject({
          role: z.literal('assistant'),
          content: z.string().nullable(),
        }),
        finish_reason: z.string().nullable(),
      }),
    )
    .min(1),
});

const responseOutputText = z.looseObject({ type: z.literal('output_text'), text: z.string() });

export const responseSchema = z.looseObject({
  id: z.string(),
  object: z.literal('response'),
  status: z.string(),
  model: z.string(),
  output: z.array(
    z.looseObject({
      type: z.string(),
      content: z.array(z.looseObject({ type: z.string() })).optional(),
    }),
  ),
});

export const errorBodySchema = z.looseObject({
  error: z.looseObject({
    message: z.string(),
    type: z.string().nullable().optional(),
    code: z.union([z.string(), z.number()]).nullable().optional(),
  }),
});

/** Whether a 2xx body is something a caller of this family can use, and the generated text. */
export type UsabilityCheck = { usable: true; text: string } | { usable: false; reason: string };

export function checkSuccessBody(family: EndpointFamily, body: unknown): UsabilityCheck {
  if (family === 'chat_completions') {
    const parsed = chatCompletionSchema.safeParse(body);
    if (!parsed.success) return { usable: false, reason: shapeReason(family, body) };
    const text = parsed.data.choices[0]?.message.content ?? '';
    if (text.length === 0) return { usable: false, reason: 'chat completion has empty content' };
    return { usable: true, text };
  }
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) return { usable: false, reason: shapeReason(family, body) };
  if (parsed.data.status !== 'completed') {
    return { usable: false, reason: `response status is "${parsed.data.status}", not "completed"` };
  }
  const text = parsed.data.output
    .flatMap((item) => item.content ?? [])
    .map((part) => responseOutputText.safeParse(part))
    .filter((r) => r.success)
    .map((r) => r.data.text)
    .join('');
  if (text.length === 0) return { usable: false, reason: 'response has no output_text' };
  return { usable: true, text };
}

function shapeReason(family: EndpointFamily, body: unknown): string {
  const other: EndpointFamily = family === 'chat_completions' ? 'responses' : 'chat_completions';
  const otherSchema = other === 'chat_completions' ? chatCompletionSchema : responseSchema;
  if (otherSchema.safeParse(body).success) {
    return `body has the ${other} shape, but the caller expects ${family}`;
  }
  return `body is not a valid ${family} object`;
}
