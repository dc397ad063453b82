import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { EndpointFamily } from './families.js';
import {
  CHAT_STREAM_TERMINATOR,
  chatCompletionChunkSchema,
  checkSuccessBody,
  errorBodySchema,
  RESPONSE_LIFECYCLE_EVENTS,
  responseErrorEventSchema,
  responseLifecycleEventSchema,
  responseNotCompleted,
  responseStreamEventSchema,
  responseTextDeltaEventSchema,
  safeToken,
} from './families.js';
import {
  classifyBy,
  classifyNetworkFault,
  type Classified,
  type NetworkFault,
} from './status-class.js';

// Judges a streamed answer: it must be an event stream of the route's family, carry at least one
// text delta, and end with the family's terminator. Events are read with a spec-following SSE
// parser; the first problem in arrival order decides the class.

export interface StreamCheck {
  classified: Classified;
  /** Text deltas seen before the stream ended or broke. */
  deltas: number;
  /** The generated text, only when usable; callers keep its digest, never the text. */
  text: string | null;
}

export interface StreamInput {
  family: EndpointFamily;
  contentType: string | null;
  /** Everything read from the body, possibly cut short by `fault`. */
  body: string;
  /** Why reading stopped early; null when the body ended normally. */
  fault: NetworkFault | null;
}

export function parseServerSentEvents(body: string): EventSourceMessage[] {
  const events: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => events.push(event) });
  parser.feed(body);
  // An event still buffered when the body ends was never dispatched: a cut stream, not an event.
  return events;
}

export function checkStream(input: StreamInput): StreamCheck {
  const { family } = input;
  if (!isEventStream(input.contentType)) {
    if (input.fault)
      return { classified: classifyNetworkFault(input.fault), deltas: 0, text: null };
    return { classified: notAStream(input), deltas: 0, text: null };
  }
  const events = parseServerSentEvents(input.body);
  const walk = family === 'chat_completions' ? walkChatStream(events) : walkResponseStream(events);
  const deltas = walk.deltas;
  if (walk.problem) return { classified: walk.problem, deltas, text: null };
  if (!walk.terminated) {
    const tail = `after ${deltas} text delta${deltas === 1 ? '' : 's'}`;
    const classified = input.fault
      ? classifyNetworkFault(input.fault, tail)
      : classifyBy('stream_unterminated', `${terminatorOf(family)} missing ${tail}`);
    return { classified, deltas, text: null };
  }
  if (deltas === 0 || walk.text.length === 0) {
    return {
      classified: classifyBy('empty_output', 'the stream carried no text delta'),
      deltas,
      text: null,
    };
  }
  return {
    classified: classifyBy('usable_stream', `${family}, ${deltas} text deltas`),
    deltas,
    text: walk.text,
  };
}

export function terminatorOf(family: EndpointFamily): string {
  return family === 'chat_completions' ? 'data: [DONE]' : 'response.completed';
}

interface Walk {
  deltas: number;
  text: string;
  terminated: boolean;
  problem: Classified | null;
}

function walkChatStream(events: EventSourceMessage[]): Walk {
  const walk: Walk = { deltas: 0, text: '', terminated: false, problem: null };
  for (const [index, event] of events.entries()) {
    const n = index + 1;
    if (event.data === CHAT_STREAM_TERMINATOR) {
      walk.terminated = true;
      return walk;
    }
    const json = parseJson(event.data);
    if (json === undefined) {
      walk.problem = classifyBy('stream_error_event', `event ${n} is not valid JSON`);
      return walk;
    }
    const chunk = chatCompletionChunkSchema.safeParse(json);
    if (chunk.success) {
      for (const choice of chunk.data.choices) {
        const content = choice.delta.content;
        if (typeof content === 'string' && content.length > 0) {
          walk.deltas++;
          walk.text += content;
        }
      }
      continue;
    }
    walk.problem = foreignEvent('chat_completions', json, n);
    return walk;
  }
  return walk;
}

function walkResponseStream(events: EventSourceMessage[]): Walk {
  const walk: Walk = { deltas: 0, text: '', terminated: false, problem: null };
  for (const [index, event] of events.entries()) {
    const n = index + 1;
    if (event.data === CHAT_STREAM_TERMINATOR) {
      walk.problem = classifyBy('other_family', `a chat_completions stream ([DONE]) at event ${n}`);
      return walk;
    }
    const json = parseJson(event.data);
    if (json === undefined) {
      walk.problem = classifyBy('stream_error_event', `event ${n} is not valid JSON`);
      return walk;
    }
    const typed = responseStreamEventSchema.safeParse(json);
    if (!typed.success) {
      walk.problem = foreignEvent('responses', json, n);
      return walk;
    }
    const type = typed.data.type;
    if (type === 'response.output_text.delta') {
      const delta = responseTextDeltaEventSchema.safeParse(json);
      if (!delta.success) {
        walk.problem = classifyBy('stream_error_event', `event ${n} is a malformed text delta`);
        return walk;
      }
      if (delta.data.delta.length > 0) {
        walk.deltas++;
        walk.text += delta.data.delta;
      }
      continue;
    }
    if (type === 'error' || event.event === 'error') {
      const error = responseErrorEventSchema.safeParse(json);
      const code = error.success && error.data.code ? ` (${safeToken(error.data.code)})` : '';
      walk.problem = classifyBy('stream_error_event', `error event at event ${n}${code}`);
      return walk;
    }
    if (type.startsWith('response.') && isLifecycle(type)) {
      const lifecycle = responseLifecycleEventSchema.safeParse(json);
      if (!lifecycle.success) {
        walk.problem = classifyBy('stream_error_event', `event ${n} (${type}) is malformed`);
        return walk;
      }
      if (type === 'response.completed') {
        const notCompleted = responseNotCompleted(lifecycle.data.response);
        if (notCompleted) walk.problem = notCompleted;
        walk.terminated = true;
        return walk;
      }
      if (type === 'response.failed' || type === 'response.incomplete') {
        walk.problem =
          responseNotCompleted(lifecycle.data.response) ??
          classifyBy('not_completed', `${type} event`);
        return walk;
      }
    }
    // Other event types (output_item.added, content_part.done …) carry nothing a caller needs.
  }
  return walk;
}

const LIFECYCLE = new Set<string>(RESPONSE_LIFECYCLE_EVENTS);

function isLifecycle(type: string): boolean {
  return LIFECYCLE.has(type);
}

/** An event that is not the family's: the other family's, an error object, or unknown. */
function foreignEvent(family: EndpointFamily, json: unknown, n: number): Classified {
  if (family === 'chat_completions') {
    if (responseStreamEventSchema.safeParse(json).success) {
      return classifyBy('other_family', `a responses event where a chat chunk was expected`);
    }
  } else if (chatCompletionChunkSchema.safeParse(json).success) {
    return classifyBy(
      'other_family',
      `a chat_completions chunk where a responses event was expected`,
    );
  }
  const error = errorBodySchema.safeParse(json);
  if (error.success) {
    const type = error.data.error.type ?? error.data.error.code;
    return classifyBy(
      'stream_error_event',
      `error event at event ${n}${type != null ? ` (${safeToken(String(type))})` : ''}`,
    );
  }
  return classifyBy('stream_error_event', `event ${n} is not a ${family} stream event`);
}

function notAStream(input: StreamInput): Classified {
  const type = input.contentType ? safeToken(input.contentType.split(';')[0] ?? '') : 'none';
  const json = parseJson(input.body);
  if (json !== undefined && checkSuccessBody(input.family, json).usable) {
    return classifyBy('not_a_stream', `a complete JSON body (content-type ${type})`);
  }
  return classifyBy('not_a_stream', `content-type ${type}`);
}

export function isEventStream(contentType: string | null): boolean {
  return (contentType ?? '').toLowerCase().split(';')[0]?.trim() === 'text/event-stream';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
