import { renderSubject } from './subject.js';
import type { GateProblem } from './types.js';

// The ledger's evidence fields: who ran the check, who owns the next step, where the evidence is.
// A missing required field fails the gate (category "evidence") with the exact ways to supply it.

export type EvidenceField = 'operator_initials' | 'follow_up_owner' | 'evidence_links';
export const EVIDENCE_FIELDS: readonly EvidenceField[] = [
  'operator_initials',
  'follow_up_owner',
  'evidence_links',
];
/** Required unless the config says otherwise (`owners.required`). */
export const DEFAULT_REQUIRED_EVIDENCE: readonly EvidenceField[] = [
  'operator_initials',
  'follow_up_owner',
];

export interface EvidenceFields {
  operatorInitials: string | null;
  followUpOwner: string | null;
  evidenceLinks: readonly string[];
  required: readonly EvidenceField[];
}

/** How each field can be supplied, in every place the gate reads it from. */
export const HOW_TO_SUPPLY: Record<EvidenceField, string> = {
  operator_initials:
    'set the action input `operator`, the CLI flag `--operator`, or `owners.operator_initials` in the config',
  follow_up_owner:
    'set the action input `follow-up-owner`, the CLI flag `--owner`, or `owners.follow_up_owner` in the config',
  evidence_links:
    'pass the CLI flag `--evidence-link URL` (repeatable); the action adds the workflow run URL itself',
};

export function missingEvidenceProblems(fields: EvidenceFields): Omit<GateProblem, 'failsJob'>[] {
  const present: Record<EvidenceField, boolean> = {
    operator_initials: Boolean(fields.operatorInitials?.trim()),
    follow_up_owner: Boolean(fields.followUpOwner?.trim()),
    evidence_links: fields.evidenceLinks.length > 0,
  };
  return EVIDENCE_FIELDS.filter((f) => fields.required.includes(f) && !present[f]).map((f) => ({
    category: 'evidence',
    subject: renderSubject({ kind: 'ledger', field: f }),
    message: `required evidence field ${f} is missing: ${HOW_TO_SUPPLY[f]}`,
    fix: HOW_TO_SUPPLY[f],
  }));
}
