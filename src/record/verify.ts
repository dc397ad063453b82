import {
  DECISION_SEVERITY,
  type FallbackDecision,
  isBudgetVerdict,
  renderSubject,
} from '../judge/index.js';
import { NOT_ASSERTED, ledgerEntrySchema, type LedgerEntry } from './ledger-schema.js';
import { checkSealedText } from './sealed-json.js';

export type VerifyResult = { ok: true; entry: LedgerEntry } | { ok: false; reasons: string[] };

/**
 * Checks a ledger file's text: valid JSON; valid against the v1 schema; its integrity digest
 * matches (the entry was not edited after it was written); its parts agree with each other
 * (the headline decision is the most severe chain decision, `passed` matches the problems that
 * fail the job, and so on); and nothing in it looks like a secret (redacting it again changes
 * nothing). Reasons name the place, never the secret.
 */
export function verifyLedgerText(text: string, knownSecrets: readonly string[] = []): VerifyResult {
  const { value: entry, reasons } = checkSealedText(text, ledgerEntrySchema, knownSecrets, 'entry');
  if (!entry) return { ok: false, reasons };
  reasons.push(...consistencyReasons(entry));
  return reasons.length === 0 ? { ok: true, entry } : { ok: false, reasons };
}

/** A history file (JSON Lines): every line must verify; reasons carry the line number. */
export function verifyHistoryText(
  text: string,
  knownSecrets: readonly string[] = [],
): VerifyResult & { entries?: number } {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length === 0) return { ok: false, reasons: ['the history file holds no entry'] };
  const reasons: string[] = [];
  let last: LedgerEntry | undefined;
  lines.forEach((line, i) => {
    const result = verifyLedgerText(line, knownSecrets);
    if (result.ok) last = result.entry;
    else reasons.push(...result.reasons.map((r) => `line ${i + 1}: ${r}`));
  });
  return reasons.length === 0 && last
    ? { ok: true, entry: last, entries: lines.length }
    : { ok: false, reasons };
}

function consistencyReasons(entry: LedgerEntry): string[] {
  return [...summaryReasons(entry), ...impliedProblemReasons(entry), ...gateReasons(entry)];
}

/** The entry's top-level fields summarise its chains. */
function summaryReasons(entry: LedgerEntry): string[] {
  const reasons: string[] = [];
  if (entry.chains.length === 0) return reasons;
  const worst = entry.chains
    .map((c) => c.fallback_decision)
    .reduce<FallbackDecision>(
      (a, b) => (DECISION_SEVERITY[b] > DECISION_SEVERITY[a] ? b : a),
      'keep_primary',
    );
  if (entry.fallback_decision !== worst) {
    reasons.push(
      `fallback_decision is ${entry.fallback_decision} but the most severe chain decision is ${worst}`,
    );
  }
  if (entry.decision_paused !== entry.chains.some((c) => c.decision_paused)) {
    reasons.push('decision_paused does not match the chains');
  }
  const retries = Math.max(0, ...entry.chains.map((c) => c.retry_attempts));
  if (entry.retry_attempts !== retries) {
    reasons.push(
      `retry_attempts is ${entry.retry_attempts} but the chains observed at most ${retries}`,
    );
  }
  return reasons;
}

/**
 * The problems follow from the entry's own decisions, verdicts and findings (the decision
 * table's output): none may be missing, so `passed` cannot be flipped by deleting one.
 */
function impliedProblemReasons(entry: LedgerEntry): string[] {
  const chainSubject = (name: string) => renderSubject({ kind: 'chain', chain: name });
  const implied = [
    ...entry.chains
      .filter((c) => c.fallback_decision === 'escalate' && !c.decision_paused)
      .map((c) => ({
        category: 'escalate',
        subject: chainSubject(c.name),
        why: 'decision escalate',
      })),
    ...entry.chains
      .filter((c) => c.decision_paused)
      .map((c) => ({
        category: 'evidence',
        subject: chainSubject(c.name),
        why: 'a paused decision',
      })),
    ...entry.verdicts
      .filter((v) => v.status === 'fail' && isBudgetVerdict(v.id))
      .map((v) => ({ category: 'budget', subject: v.subject, why: `failed verdict ${v.id}` })),
    ...entry.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({
        category: 'findings',
        subject: renderSubject({
          kind: 'config',
          file: f.at.file,
          line: f.at.line,
          column: f.at.column,
        }),
        why: `error finding ${f.id}`,
      })),
  ];
  return implied
    .filter(
      (need) =>
        !entry.gate.problems.some(
          (p) => p.category === need.category && p.subject === need.subject,
        ),
    )
    .map(
      (need) =>
        `gate.problems lacks the ${need.category} problem of ${need.subject} that its ${need.why} implies`,
    );
}

/** What fails the job follows from the problems and the policy. */
function gateReasons(entry: LedgerEntry): string[] {
  const reasons: string[] = [];
  const failing = entry.gate.problems.filter((p) => p.fails_job);
  if (entry.gate.problems.some((p) => p.fails_job !== entry.gate.fail_on.includes(p.category))) {
    reasons.push('gate.problems: fails_job does not follow gate.fail_on');
  }
  if (entry.passed !== entry.gate.passed || entry.passed !== (failing.length === 0)) {
    reasons.push('passed does not match the problems that fail the job');
  }
  if (entry.failures.length !== failing.length) {
    reasons.push(
      `failures lists ${entry.failures.length} lines but ${failing.length} problems fail the job`,
    );
  }
  const missing = NOT_ASSERTED.filter((n) => !entry.does_not_assert.includes(n));
  if (missing.length > 0) reasons.push(`does_not_assert is missing ${missing.join(', ')}`);
  return reasons;
}
