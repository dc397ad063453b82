import { EndpointFamilySchema, StatusClassSchema } from '../contract/index.js';
import { z } from 'zod';
import type { StatusClass } from '../contract/index.js';
import type { FallbackDecision } from '../judge/index.js';
import {
  ConfigError,
  parseYamlSource,
  positionAt,
  readConfigText,
  zodIssuesToConfigError,
} from '../common/index.js';

// The facts an operator records about an incident, from flags or a small YAML note. Flags win
// over the note; nothing here is inferred.

export interface RecordFacts {
  endpointFamily?: 'chat_completions' | 'responses';
  route?: string;
  requestId?: string;
  statusClass?: StatusClass;
  retryAttempts?: number;
  decision?: FallbackDecision;
  evidenceLinks: string[];
  operator?: string;
  owner?: string;
  whatChanged?: string;
  uncertainty: string[];
  promptClass?: string;
}

/** The facts a recorded decision needs; any one missing pauses it. */
export const REQUIRED_FACTS = [
  ['endpointFamily', 'endpoint family', '--endpoint-family', 'endpoint_family'],
  ['requestId', 'request id', '--request-id', 'request_id'],
  ['statusClass', 'status class', '--status-class', 'status_class'],
  ['retryAttempts', 'retry count', '--retry-attempts', 'retry_attempts'],
  ['decision', 'decision', '--decision', 'fallback_decision'],
  ['operator', 'operator initials', '--operator', 'operator_initials'],
  ['owner', 'follow-up owner', '--owner', 'follow_up_owner'],
] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const noteSchema = z.strictObject({
  endpoint_family: EndpointFamilySchema.optional(),
  route: text(200).optional(),
  request_id: text(200).optional(),
  status_class: StatusClassSchema.optional(),
  retry_attempts: z.int().min(0).max(10_000).optional(),
  fallback_decision: z
    .enum(['keep_primary', 'retry_primary', 'use_fallback', 'escalate'])
    .optional(),
  evidence_links: z.array(text(2000)).max(50).optional(),
  operator_initials: text(20).optional(),
  follow_up_owner: text(200).optional(),
  what_changed: text(2000).optional(),
  remaining_uncertainty: z.array(text(2000)).max(50).optional(),
  prompt_class: text(100).optional(),
});

const NOTE_KEYS = Object.keys(noteSchema.shape);

/** Reads a YAML note; errors name file:line:col and the key. */
export async function readNote(file: string): Promise<Partial<RecordFacts>> {
  const { text: body } = await readConfigText(file).catch((error: unknown) => {
    if (error instanceof ConfigError) {
      throw new ConfigError(error.at, error.message.replace('config file', 'note'), error.fix);
    }
    throw error;
  });
  const source = parseYamlSource(file, body);
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    throw new ConfigError(
      positionAt(file),
      'a note is a YAML mapping of facts',
      `use keys such as ${NOTE_KEYS.slice(0, 5).join(', ')}`,
    );
  }
  const parsed = noteSchema.safeParse(source.value);
  if (!parsed.success) throw zodIssuesToConfigError(source, parsed.error.issues, () => NOTE_KEYS);
  const n = parsed.data;
  return {
    ...(n.endpoint_family ? { endpointFamily: n.endpoint_family } : {}),
    ...(n.route ? { route: n.route } : {}),
    ...(n.request_id ? { requestId: n.request_id } : {}),
    ...(n.status_class ? { statusClass: n.status_class } : {}),
    ...(n.retry_attempts !== undefined ? { retryAttempts: n.retry_attempts } : {}),
    ...(n.fallback_decision ? { decision: n.fallback_decision } : {}),
    ...(n.evidence_links ? { evidenceLinks: n.evidence_links } : {}),
    ...(n.operator_initials ? { operator: n.operator_initials } : {}),
    ...(n.follow_up_owner ? { owner: n.follow_up_owner } : {}),
    ...(n.what_changed ? { whatChanged: n.what_changed } : {}),
    ...(n.remaining_uncertainty ? { uncertainty: n.remaining_uncertainty } : {}),
    ...(n.prompt_class ? { promptClass: n.prompt_class } : {}),
  };
}

/** Flags over the note; lists are joined. */
export function mergeFacts(note: Partial<RecordFacts>, flags: Partial<RecordFacts>): RecordFacts {
  const merged: RecordFacts = {
    ...note,
    ...stripUndefined(flags),
    evidenceLinks: [],
    uncertainty: [],
  };
  merged.evidenceLinks = [
    ...new Set([...(note.evidenceLinks ?? []), ...(flags.evidenceLinks ?? [])]),
  ];
  merged.uncertainty = [...(note.uncertainty ?? []), ...(flags.uncertainty ?? [])];
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
