// What a verdict or a gate problem is about, as a value. The ledger, the PR comment and every
// other output store it as text, rendered by renderSubject alone; readers of a stored ledger get
// the value back with parseSubject, so nothing matches subjects by prefix or suffix.

/** What a verdict is about: a chain, one scenario run against a chain, or a route. */
export type VerdictSubject =
  | { kind: 'chain'; chain: string }
  | { kind: 'scenario'; chain: string; scenario: string }
  | { kind: 'route'; route: string };

/**
 * What a gate problem is about: a verdict's subject, an evidence field, or a place in the config.
 */
export type ProblemSubject =
  | VerdictSubject
  | { kind: 'ledger'; field: string }
  | { kind: 'config'; file: string; line: number; column: number };

/**
 * The subject as the ledger stores it: `chain:<name>`, `chain:<name>/scenario:<name>`,
 * `route:<name>`, `ledger:<field>` or `config:<file>:<line>:<column>`.
 */
export function renderSubject(subject: ProblemSubject): string {
  switch (subject.kind) {
    case 'chain':
      return `chain:${subject.chain}`;
    case 'scenario':
      return `chain:${subject.chain}/scenario:${subject.scenario}`;
    case 'route':
      return `route:${subject.route}`;
    case 'ledger':
      return `ledger:${subject.field}`;
    case 'config':
      return `config:${subject.file}:${subject.line}:${subject.column}`;
  }
}

const SCENARIO_MARK = '/scenario:';

/**
 * A stored subject as a value again; null for text renderSubject does not produce. A chain name
 * may hold a slash: the scenario starts at the first `/scenario:`.
 */
export function parseSubject(text: string): ProblemSubject | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const rest = text.slice(colon + 1);
  switch (text.slice(0, colon)) {
    case 'chain': {
      const mark = rest.indexOf(SCENARIO_MARK);
      return mark < 0
        ? { kind: 'chain', chain: rest }
        : {
            kind: 'scenario',
            chain: rest.slice(0, mark),
            scenario: rest.slice(mark + SCENARIO_MARK.length),
          };
    }
    case 'route':
      return { kind: 'route', route: rest };
    case 'ledger':
      return { kind: 'ledger', field: rest };
    case 'config': {
      const at = /^(.*):(\d+):(\d+)$/s.exec(rest);
      return at
        ? { kind: 'config', file: at[1]!, line: Number(at[2]), column: Number(at[3]) }
        : null;
    }
    default:
      return null;
  }
}

/** The chain a subject is about, directly or through one of its scenarios; null for the rest. */
export function chainOfSubject(subject: ProblemSubject | null): string | null {
  return subject?.kind === 'chain' || subject?.kind === 'scenario' ? subject.chain : null;
}
