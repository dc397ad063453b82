// Status classes: what one answer means to a caller. One table, used by every classification in
// the gate and rendered into the README (a test keeps the two identical).

import { z } from 'zod';

export const STATUS_CLASSES = ['2xx_usable', '2xx_unusable', 'retryable', 'terminal'] as const;
export const StatusClassSchema = z.enum(STATUS_CLASSES);
export type StatusClass = z.infer<typeof StatusClassSchema>;

export interface Classified {
  statusClass: StatusClass;
  reason: string;
  /** The row of STATUS_CLASS_TABLE that decided it. */
  rule?: StatusRuleId;
}

/** Network-level outcomes, named by cause rather than by an error message. */
export type NetworkFault =
  | 'connection_refused'
  | 'connection_reset'
  | 'connect_timeout'
  | 'headers_timeout'
  | 'body_timeout'
  | 'body_truncated'
  | 'deadline_exceeded'
  | 'body_too_large'
  | 'other_network_error';

export type StatusRuleId =
  | 'usable_body'
  | 'usable_stream'
  | 'invalid_body'
  | 'other_family'
  | 'empty_output'
  | 'not_completed'
  | 'not_json'
  | 'body_too_large'
  | 'not_a_stream'
  | 'stream_error_event'
  | 'stream_unterminated'
  | 'http_408'
  | 'http_429'
  | 'http_5xx'
  | 'connection_refused'
  | 'connection_reset'
  | 'body_truncated'
  | 'connect_timeout'
  | 'headers_timeout'
  | 'body_timeout'
  | 'deadline_exceeded'
  | 'other_network_error'
  | 'http_400'
  | 'http_401'
  | 'http_403'
  | 'http_404'
  | 'http_422'
  | 'http_other_4xx'
  | 'http_unexpected';

export interface StatusRule {
  id: StatusRuleId;
  statusClass: StatusClass;
  /** When the rule applies, as a reader of the README needs it. */
  when: string;
  /** The reason recorded with the class; details are appended after a colon. */
  reason: string;
}

/** Every way an answer is classified, in the order the README shows them. */
export const STATUS_CLASS_TABLE: readonly StatusRule[] = [
  {
    id: 'usable_body',
    statusClass: '2xx_usable',
    when: "2xx, a JSON body valid for the route's family, with non-empty output text (Responses: status `completed`)",
    reason: 'usable answer',
  },
  {
    id: 'usable_stream',
    statusClass: '2xx_usable',
    when: "2xx event stream of the route's family that starts, carries at least one text delta and ends properly (`data: [DONE]` / `response.completed`) within the deadline",
    reason: 'usable stream',
  },
  {
    id: 'invalid_body',
    statusClass: '2xx_unusable',
    when: "2xx JSON body that is not valid for the route's family (including an `error` object sent with a 2xx)",
    reason: 'body not valid for the family',
  },
  {
    id: 'other_family',
    statusClass: '2xx_unusable',
    when: '2xx body or stream events in the shape of the other family',
    reason: "the other family's shape",
  },
  {
    id: 'empty_output',
    statusClass: '2xx_unusable',
    when: 'valid shape, but no generated text (for a stream: no text delta before the terminator)',
    reason: 'empty output',
  },
  {
    id: 'not_completed',
    statusClass: '2xx_unusable',
    when: 'Responses status `incomplete`, `failed` (or any status but `completed`), or a streamed `response.incomplete` / `response.failed`',
    reason: 'response not completed',
  },
  {
    id: 'not_json',
    statusClass: '2xx_unusable',
    when: '2xx with HTML, plain text or malformed JSON',
    reason: 'body is not JSON',
  },
  {
    id: 'body_too_large',
    statusClass: '2xx_unusable',
    when: 'the body exceeds the size cap (1 MiB by default)',
    reason: 'body exceeds the size cap',
  },
  {
    id: 'not_a_stream',
    statusClass: '2xx_unusable',
    when: 'a streaming request answered with something other than `text/event-stream`',
    reason: 'not an event stream',
  },
  {
    id: 'stream_error_event',
    statusClass: '2xx_unusable',
    when: 'the stream carries an error event or an event that is not valid JSON for the family',
    reason: 'bad event in the stream',
  },
  {
    id: 'stream_unterminated',
    statusClass: '2xx_unusable',
    when: 'the stream closes cleanly but without its terminator (`[DONE]` / `response.completed`)',
    reason: 'stream ended without its terminator',
  },
  {
    id: 'http_408',
    statusClass: 'retryable',
    when: 'HTTP 408',
    reason: 'HTTP 408 request timeout',
  },
  { id: 'http_429', statusClass: 'retryable', when: 'HTTP 429', reason: 'HTTP 429 throttled' },
  {
    id: 'http_5xx',
    statusClass: 'retryable',
    when: 'HTTP 500-599',
    reason: 'server error',
  },
  {
    id: 'connection_refused',
    statusClass: 'retryable',
    when: 'connection refused',
    reason: 'connection refused',
  },
  {
    id: 'connection_reset',
    statusClass: 'retryable',
    when: 'connection reset or closed before the status line',
    reason: 'connection reset',
  },
  {
    id: 'body_truncated',
    statusClass: 'retryable',
    when: 'connection closed after the status line, before the body was complete',
    reason: 'connection closed mid-body',
  },
  {
    id: 'connect_timeout',
    statusClass: 'retryable',
    when: 'no TCP connection within the connect timeout',
    reason: 'connect timeout',
  },
  {
    id: 'headers_timeout',
    statusClass: 'retryable',
    when: 'connected, but no response headers within the headers timeout',
    reason: 'headers timeout',
  },
  {
    id: 'body_timeout',
    statusClass: 'retryable',
    when: 'headers arrived, then the body stalled longer than the body timeout',
    reason: 'body timeout',
  },
  {
    id: 'deadline_exceeded',
    statusClass: 'retryable',
    when: "the exchange did not finish within the route's overall deadline",
    reason: 'deadline exceeded',
  },
  {
    id: 'other_network_error',
    statusClass: 'retryable',
    when: 'any other transport failure (TLS, protocol error), named by its error code',
    reason: 'network error',
  },
  { id: 'http_400', statusClass: 'terminal', when: 'HTTP 400', reason: 'HTTP 400 bad request' },
  { id: 'http_401', statusClass: 'terminal', when: 'HTTP 401', reason: 'HTTP 401 unauthorized' },
  { id: 'http_403', statusClass: 'terminal', when: 'HTTP 403', reason: 'HTTP 403 forbidden' },
  { id: 'http_404', statusClass: 'terminal', when: 'HTTP 404', reason: 'HTTP 404 not found' },
  {
    id: 'http_422',
    statusClass: 'terminal',
    when: 'HTTP 422',
    reason: 'HTTP 422 unprocessable request',
  },
  {
    id: 'http_other_4xx',
    statusClass: 'terminal',
    when: 'any other HTTP 4xx (409 included)',
    reason: 'client error',
  },
  {
    id: 'http_unexpected',
    statusClass: 'terminal',
    when: 'HTTP 1xx or 3xx as the final answer (redirects are not followed)',
    reason: 'unexpected status',
  },
];

const RULES = new Map(STATUS_CLASS_TABLE.map((rule) => [rule.id, rule]));

export function ruleOf(id: StatusRuleId): StatusRule {
  const rule = RULES.get(id);
  if (!rule) throw new Error(`status class rule "${id}" is missing from STATUS_CLASS_TABLE`);
  return rule;
}

/** Classifies by a table row; the detail (never prompt or output text) follows the reason. */
export function classifyBy(id: StatusRuleId, detail?: string): Classified {
  const rule = ruleOf(id);
  return {
    statusClass: rule.statusClass,
    reason: detail ? `${rule.reason}: ${detail}` : rule.reason,
    rule: id,
  };
}

/** The class of a non-2xx status; null for a 2xx, whose class the body decides. */
export function classifyHttpStatus(status: number): Classified | null {
  if (status >= 200 && status < 300) return null;
  if (status === 408) return classifyBy('http_408');
  if (status === 429) return classifyBy('http_429');
  if (status >= 500 && status <= 599) return classifyBy('http_5xx', `HTTP ${status}`);
  if (status === 400) return classifyBy('http_400');
  if (status === 401) return classifyBy('http_401');
  if (status === 403) return classifyBy('http_403');
  if (status === 404) return classifyBy('http_404');
  if (status === 422) return classifyBy('http_422');
  if (status >= 400 && status <= 499) return classifyBy('http_other_4xx', `HTTP ${status}`);
  return classifyBy('http_unexpected', `HTTP ${status}`);
}

export function classifyNetworkFault(fault: NetworkFault, detail?: string): Classified {
  return classifyBy(fault, detail);
}

/** The table as a Markdown table, for the README. */
export function renderStatusClassTable(): string {
  const lines = ['| class | when | reason recorded |', '|---|---|---|'];
  for (const rule of STATUS_CLASS_TABLE) {
    lines.push(`| ${rule.statusClass} | ${rule.when} | ${rule.reason} |`);
  }
  return lines.join('\n');
}
