import { chainOfSubject, parseSubject } from '../judge/index.js';
import type { ChainRecord, LedgerEntry } from './ledger-schema.js';

// The lead of the Markdown ledger names each reason the gate failed once: failing problems that
// share a cause (a chain over budget, one config fix, one missing fact) become one root cause.

/** One reason the gate failed, with every failing problem it explains and the one fix for it. */
export interface RootCause {
  title: string;
  /** The first, most direct statement of what went wrong. */
  lead: string;
  /** Other failing checks explained by the same cause (ids and scenarios only). */
  also: string[];
  /** What made it happen, when the config check found it (a stacked retry layer, say). */
  cause: { message: string; where: string } | null;
  fix: string;
  where: string | null;
}

const BUDGET_FINDINGS = new Set([
  'worst_case_over_budget',
  'worst_case_elapsed_over_budget',
  'amplification_over_budget',
]);

/** The failing problems grouped by what caused them, most direct first; each fix appears once. */
export function rootCauses(entry: LedgerEntry): RootCause[] {
  const failing = entry.gate.problems.filter((p) => p.fails_job);
  const budget = budgetCauses(entry, failing);
  return [
    ...budget.values(),
    ...findingCauses(entry, failing, budget),
    ...evidenceCauses(failing),
    ...escalationCauses(entry, failing, budget),
  ];
}

type Problem = LedgerEntry['gate']['problems'][number];

const chainOfFinding = (message: string) => /chain "([^"]*)"/.exec(message)?.[1] ?? null;
const where = (f: { at: { file: string; line: number; column: number } }) =>
  `${f.at.file}:${f.at.line}:${f.at.column}`;

/** One cause per chain over budget, in the order first failed; keyed by chain. */
function budgetCauses(entry: LedgerEntry, failing: readonly Problem[]): Map<string, RootCause> {
  const budget = new Map<string, RootCause>();
  for (const p of failing.filter((x) => x.category === 'budget')) {
    const subject = parseSubject(p.subject);
    const chain = chainOfSubject(subject) ?? p.subject;
    const scenario = subject?.kind === 'scenario' ? subject.scenario : undefined;
    const existing = budget.get(chain);
    const check = checkIdFor(entry, p.subject, p.message);
    if (existing) {
      existing.also.push(`${check}${scenario ? ` (${scenario})` : ''}`);
      continue;
    }
    const stacked = entry.findings.find(
      (f) => f.id === 'stacked_retries' && chainOfFinding(f.message) === chain,
    );
    const cause: RootCause = {
      title: `Retries over budget in chain ${chain}`,
      lead: `${scenario ? `scenario ${scenario}: ` : ''}${p.message}`,
      also: [],
      cause: stacked ? { message: stacked.message, where: where(stacked) } : null,
      fix: stacked?.fix ?? p.fix,
      where: stacked ? where(stacked) : null,
    };
    budget.set(chain, cause);
  }
  return budget;
}

/** Config checks, one per fix; a budget finding of a chain already over budget joins that cause. */
function findingCauses(
  entry: LedgerEntry,
  failing: readonly Problem[],
  budget: ReadonlyMap<string, RootCause>,
): RootCause[] {
  const findingOf = (message: string) =>
    entry.findings.find((f) => message === `${f.id}: ${f.message}`) ?? null;
  const byFix = new Map<string, RootCause>();
  for (const p of failing.filter((x) => x.category === 'findings')) {
    const finding = findingOf(p.message);
    const chain = finding ? chainOfFinding(finding.message) : null;
    if (finding && chain !== null && BUDGET_FINDINGS.has(finding.id) && budget.has(chain)) {
      budget.get(chain)!.also.push(`config check ${finding.id} (${where(finding)})`);
      continue;
    }
    const existing = byFix.get(p.fix);
    if (existing) {
      existing.also.push(withoutFix(p.message, p.fix));
      continue;
    }
    byFix.set(p.fix, {
      title: 'Config check',
      lead: withoutFix(p.message, p.fix),
      also: [],
      cause: null,
      fix: p.fix,
      where: finding ? where(finding) : null,
    });
  }
  return [...byFix.values()];
}

/** Missing evidence, one per fix. */
function evidenceCauses(failing: readonly Problem[]): RootCause[] {
  const evidence = new Map<string, RootCause>();
  for (const p of failing.filter((x) => x.category === 'evidence')) {
    const existing = evidence.get(p.fix);
    if (existing) {
      existing.also.push(withoutFix(p.message, p.fix));
      continue;
    }
    evidence.set(p.fix, {
      title: 'Evidence missing',
      lead: withoutFix(p.message, p.fix),
      also: [],
      cause: null,
      fix: p.fix,
      where: null,
    });
  }
  return [...evidence.values()];
}

function escalationCauses(
  entry: LedgerEntry,
  failing: readonly Problem[],
  budget: ReadonlyMap<string, RootCause>,
): RootCause[] {
  const causes: RootCause[] = [];
  for (const p of failing.filter((x) => x.category === 'escalate')) {
    const chain = chainOfSubject(parseSubject(p.subject));
    // An escalation that follows from a budget failure is that failure's consequence: the
    // decision in the lead line already says so.
    if (chain !== null && budget.has(chain)) continue;
    const record = entry.chains.find((c) => c.name === chain);
    causes.push({
      title: `Escalated${chain !== null ? ` in chain ${chain}` : ''}`,
      lead: record ? failedChecksSentence(record) : p.message,
      also: [],
      cause: null,
      fix: p.fix,
      where: null,
    });
  }
  return causes;
}

/** A message that ends with its own fix says it once: in the fix. */
function withoutFix(message: string, fix: string): string {
  if (fix.length === 0 || !message.endsWith(fix)) return message;
  return message.slice(0, -fix.length).replace(/[\s:;,.-]+$/, '');
}

function checkIdFor(entry: LedgerEntry, subject: string, message: string): string {
  const all = [...entry.verdicts, ...entry.chains.flatMap((c) => c.verdicts)];
  return all.find((v) => v.subject === subject && v.reason === message)?.id ?? 'check';
}

function failedChecksSentence(chain: ChainRecord): string {
  const failed = chain.verdicts.filter((v) => v.status === 'fail');
  if (failed.length === 0) return chain.reason;
  return `failed ${failed.map((v) => `${v.id} (${subjectTail(v.subject)})`).join(', ')}`;
}

/** The name a subject is about: the scenario, else the chain or route. */
function subjectTail(text: string): string {
  const subject = parseSubject(text);
  switch (subject?.kind) {
    case 'scenario':
      return subject.scenario;
    case 'chain':
      return subject.chain;
    case 'route':
      return subject.route;
    default:
      return text;
  }
}
