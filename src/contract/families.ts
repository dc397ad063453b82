import { z } from 'zod';
import { classifyBy, type Classified } from './status-class.js';

// The endpoint families as a caller sees them: the path, the smallest useful request, and the
// parts of each answer a caller needs, written from the public API references for
// POST /chat/completions and POST /responses. Schemas are lenient on extra fields (providers add
// their own) and strict on what a caller reads: the generated text and the completion state.

export const ENDPOINT_FAMILIES = ['chat_completions', 'responses'] as const;
export const EndpointFamilySchema = z.enum(ENDPOINT_FAMILIES);
export type EndpointFamily = z.infer<typeof EndpointFamilySchema>;

/** The prompt is fixed and harmless; the ledger records only this class, never the text. */
export const SMOKE_PROMPT_CLASS = 'harmless_smoke_test';
const SMOKE_PROMPT = 'Reply with the single word: ok';
/** Small enough to cost next to nothing; 16 is the smallest max_output_tokens Responses accepts. */
export const SMOKE_MAX_TOKENS = 16;

export const FAMILY_PATHS: Record<EndpointFamily, string> = {
  chat_completions: '/chat/completions',
  responses: '/responses',
};

export function otherFamily(family: EndpointFamily): EndpointFamily {
  return family === 'chat_completions' ? 'responses' : 'chat_completions';
}

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
        // max_tokens rather than max_completion_tokens: every OpenAI-compatible server accepts it.
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

// ---- Chat Completions -------------------------------------------------------------------------

export const chatCompletionSchema = z.looseObject({
  id: z.string(),
  object: z.literal('chat.completion').optional(),
  model: z.string().optional(),
  choices: z
    .array(
      z.looseObject({
        index: z.number().int().optional(),
        message: z.looseObject({
          role: z.literal('assistant'),
          content: z.string().nullable().optional(),
        }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});
export type ChatCompletion = z.infer<typeof chatCompletionSchema>;

/** One `data:` payload of a streamed chat completion; the stream ends with `data: [DONE]`. */
export const chatCompletionChunkSchema = z.looseObject({
  id: z.string(),
  object: z.literal('chat.completion.chunk'),
  model: z.string().optional(),
  // Empty in the usage-only chunk that stream_options.include_usage adds.
  choices: z.array(
    z.looseObject({
      index: z.number().int().optional(),
      delta: z.looseObject({
        role: z.string().optional(),
        content: z.string().nullable().optional(),
      }),
      finish_reason: z.string().nullable().optional(),
    }),
  ),
});
export type ChatCompletionChunk = z.infer<typeof chatCompletionChunkSchema>;

export const CHAT_STREAM_TERMINATOR = '[DONE]';

// ---- Responses --------------------------------------------------------------------------------

const outputTextPartSchema = z.looseObject({ type: z.literal('output_text'), text: z.string() });

export const responseSchema = z.looseObject({
  id: z.string(),
  object: z.literal('response').optional(),
  /** completed | incomplete | failed | in_progress | queued | cancelled */
  status: z.string(),
  model: z.string().optional(),
  output: z.array(
    z.looseObject({
      type: z.string(),
      content: z.array(z.looseObject({ type: z.string() })).optional(),
    }),
  ),
  incomplete_details: z.looseObject({ reason: z.string().optional() }).nullable().optional(),
  error: z.looseObject({ code: z.string().nullable().optional() }).nullable().optional(),
});
export type ResponseObject = z.infer<typeof responseSchema>;

/** Every Responses stream event has a type; the ones a caller relies on are checked further. */
export const responseStreamEventSchema = z.looseObject({
  type: z.string(),
  sequence_number: z.number().int().optional(),
});

/** Responses stream events that carry the whole response object. */
export const RESPONSE_LIFECYCLE_EVENTS = [
  'response.created',
  'response.queued',
  'response.in_progress',
  'response.completed',
  'response.incomplete',
  'response.failed',
] as const;

export const responseLifecycleEventSchema = z.looseObject({
  type: z.enum(RESPONSE_LIFECYCLE_EVENTS),
  response: responseSchema,
});

export const responseTextDeltaEventSchema = z.looseObject({
  type: z.literal('response.output_text.delta'),
  delta: z.string(),
  item_id: z.string().optional(),
  output_index: z.number().int().optional(),
  content_index: z.number().int().optional(),
});

export const responseErrorEventSchema = z.looseObject({
  type: z.literal('error'),
  message: z.string().optional(),
  code: z.string().nullable().optional(),
});

// ---- Errors -----------------------------------------------------------------------------------

/** The error body both families share. */
export const errorBodySchema = z.looseObject({
  error: z.looseObject({
    message: z.string(),
    type: z.string().nullable().optional(),
    code: z.union([z.string(), z.number()]).nullable().optional(),
    param: z.string().nullable().optional(),
  }),
});

// ---- Usability --------------------------------------------------------------------------------

/** Whether an answer is something a caller of this family can use, and the generated text. */
export type UsabilityCheck =
  | { usable: true; text: string; classified: Classified }
  | { usable: false; reason: string; classified: Classified };

export function chatCompletionText(completion: ChatCompletion): string {
  return completion.choices[0]?.message.content ?? '';
}

export function responseText(response: ResponseObject): string {
  return response.output
    .flatMap((item) => item.content ?? [])
    .map((part) => outputTextPartSchema.safeParse(part))
    .filter((r) => r.success)
    .map((r) => r.data.text)
    .join('');
}

/** Checks a parsed 2xx JSON body against the route's family. */
export function checkSuccessBody(family: EndpointFamily, body: unknown): UsabilityCheck {
  let text: string;
  if (family === 'chat_completions') {
    const parsed = chatCompletionSchema.safeParse(body);
    if (!parsed.success) return unusable(shapeProblem(family, body));
    text = chatCompletionText(parsed.data);
  } else {
    const parsed = responseSchema.safeParse(body);
    if (!parsed.success) return unusable(shapeProblem(family, body));
    const notCompleted = responseNotCompleted(parsed.data);
    if (notCompleted) return unusable(notCompleted);
    text = responseText(parsed.data);
  }
  if (text.length === 0) {
    return unusable(classifyBy('empty_output', `the ${family} body has no output text`));
  }
  return { usable: true, text, classified: classifyBy('usable_body', family) };
}

/** A Responses object that a caller cannot use as a finished answer, or null when completed. */
export function responseNotCompleted(response: ResponseObject): Classified | null {
  if (response.status === 'completed') return null;
  const why =
    response.incomplete_details?.reason ?? (response.error?.code ? response.error.code : null);
  return classifyBy(
    'not_completed',
    `status "${safeToken(response.status)}"${why ? ` (${safeToken(why)})` : ''}`,
  );
}

/** Why a body is not of the family: the other family's shape, an error object, or just invalid. */
export function shapeProblem(family: EndpointFamily, body: unknown): Classified {
  const other = otherFamily(family);
  const otherSchema = other === 'chat_completions' ? chatCompletionSchema : responseSchema;
  if (otherSchema.safeParse(body).success) {
    return classifyBy('other_family', `a ${other} body where ${family} was expected`);
  }
  const error = errorBodySchema.safeParse(body);
  if (error.success) {
    const type = error.data.error.type ?? error.data.error.code;
    return classifyBy(
      'invalid_body',
      `an error object with a 2xx status${type != null ? ` (${safeToken(String(type))})` : ''}`,
    );
  }
  return classifyBy('invalid_body', `not a ${family} object`);
}

function unusable(classified: Classified): UsabilityCheck {
  return { usable: false, reason: classified.reason, classified };
}

/**
 * Provider-supplied words (statuses, error types) go into reasons; keep them to a short token so
 * a provider cannot smuggle echoed text into the ledger through them.
 */
export function safeToken(value: string): string {
  const token = value.replace(/[^A-Za-z0-9_.:/-]/g, '_').slice(0, 48);
  return token.length ? token : '_';
}
