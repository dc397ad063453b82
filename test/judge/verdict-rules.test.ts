import { describe, expect, it } from 'vitest';
import { judge } from '../../src/judge/judge.js';
import {
  FAILS_UNDER,
  VERDICT_CATEGORIES,
  type VerdictCategory,
} from '../../src/judge/rules/rule.js';
import { parseSubject, renderSubject, type ProblemSubject } from '../../src/judge/subject.js';
import { FAIL_CATEGORIES } from '../../src/judge/types.js';
import {
  isBudgetVerdict,
  verdictCategory,
  VERDICT_IDS,
  VERDICT_RULES,
  type VerdictId,
} from '../../src/judge/verdict-rules.js';
import {
  NO_ANALYSIS,
  attempt,
  happy,
  scenario,
  storm,
  throttleThenRecover,
  twoRoutePlan,
} from '../record/fixtures.js';

// The rule list is the one place a verdict id is declared: these tests pin what each id claims
// and check that the list, the judge and the stored text agree.

/** Every verdict id with its kind of claim; the compiler insists on every id of the union. */
const CLAIMS: Record<VerdictId, VerdictCategory> = {
  happy_path_usable: 'contract',
  worst_case_attempts_within_budget: 'budget',
  attempts_within_budget: 'budget',
  attempts_within_declared_policy: 'retry_path',
  backoff_present: 'retry_path',
  jitter_present: 'retry_path',
  retry_after_honoured: 'retry_path',
  terminal_not_retried: 'retry_path',
  stop_rule: 'budget',
  fallback_engaged: 'retry_path',
  caller_outcome: 'retry_path',
  amplification_within_budget: 'budget',
};

/** A run that exercises every rule: two routes, three scenarios and a storm. */
function judgeEverything() {
  const plan = twoRoutePlan();
  return judge({
    plan,
    analysis: NO_ANALYSIS,
    observations: {
      happyPath: [happy('primary', '2xx_usable'), happy('backup', '2xx_usable')],
      errorPath: [
        throttleThenRecover(),
        scenario(
          'unavailable',
          [
            attempt(1, 'primary', 0, 503),
            attempt(2, 'primary', 30, 503),
            attempt(3, 'backup', 60, 200),
          ],
          { kind: 'usable', route: 'backup' },
          { fallbackExpected: true },
        ),
        scenario('terminal', [attempt(1, 'primary', 0, 401)], {
          kind: 'controlled_failure',
          reason: 'HTTP 401',
        }),
      ],
      storm: [storm],
    },
  });
}

describe('the verdict rule list', () => {
  it('declares each id once', () => {
    expect(new Set(VERDICT_IDS).size).toBe(VERDICT_RULES.length);
    expect([...VERDICT_IDS].sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  it('gives each rule the kind of claim it makes', () => {
    for (const rule of VERDICT_RULES)
      expect([rule.id, rule.category]).toEqual([rule.id, CLAIMS[rule.id]]);
  });

  it('puts every kind of claim under a category the fail policy knows', () => {
    for (const rule of VERDICT_RULES) {
      expect(VERDICT_CATEGORIES).toContain(rule.category);
      expect(FAIL_CATEGORIES).toContain(FAILS_UNDER[rule.category]);
    }
  });

  it('produces every id in the union from some rule, and no other id', () => {
    const produced = new Set(judgeEverything().verdicts.map((v) => v.id));
    expect([...produced].sort()).toEqual([...VERDICT_IDS].sort());
  });

  it('counts as budget exactly the ids the budget checks had before the list: *_within_budget and stop_rule', () => {
    for (const id of VERDICT_IDS) {
      expect([id, isBudgetVerdict(id)]).toEqual([
        id,
        id.endsWith('_within_budget') || id === 'stop_rule',
      ]);
    }
  });

  it('knows a stored id from text that is no verdict id', () => {
    expect(verdictCategory('stop_rule')).toBe('budget');
    expect(verdictCategory('stop_rules')).toBeNull();
    expect(verdictCategory('retry_after_honoured')).toBe('retry_path');
    expect(verdictCategory('not_a_rule_within_budget')).toBeNull();
    expect(isBudgetVerdict('not_a_rule_within_budget')).toBe(false);
  });
});

describe('verdict and problem subjects', () => {
  const cases: [ProblemSubject, string][] = [
    [{ kind: 'chain', chain: 'default' }, 'chain:default'],
    [
      { kind: 'scenario', chain: 'default', scenario: 'throttle-then-recover' },
      'chain:default/scenario:throttle-then-recover',
    ],
    [{ kind: 'route', route: 'primary' }, 'route:primary'],
    [{ kind: 'ledger', field: 'operator_initials' }, 'ledger:operator_initials'],
    [{ kind: 'config', file: 'routing.yaml', line: 12, column: 3 }, 'config:routing.yaml:12:3'],
  ];

  it.each(cases)('renders %o as the ledger stores it, and reads it back', (subject, text) => {
    expect(renderSubject(subject)).toBe(text);
    expect(parseSubject(text)).toEqual(subject);
  });

  it('reads back names that hold slashes and colons', () => {
    const names: ProblemSubject[] = [
      { kind: 'scenario', chain: 'openai/gpt-4o', scenario: 'timeout' },
      { kind: 'chain', chain: 'openai/gpt-4o' },
      { kind: 'route', route: 'azure:east/1' },
      { kind: 'config', file: 'C:/configs/routing.yaml', line: 1, column: 1 },
    ];
    for (const subject of names) expect(parseSubject(renderSubject(subject))).toEqual(subject);
  });

  it('reads text no subject renders to as nothing', () => {
    expect(parseSubject('default')).toBeNull();
    expect(parseSubject('team:default')).toBeNull();
    expect(parseSubject('config:routing.yaml')).toBeNull();
  });

  it("renders the judge's verdict subjects to the text the ledger stored before they were values", () => {
    const rendered = judgeEverything().verdicts.map((v) => `${v.id} ${renderSubject(v.subject)}`);
    expect(rendered).toEqual(
      expect.arrayContaining([
        'happy_path_usable route:primary',
        'happy_path_usable route:backup',
        'worst_case_attempts_within_budget chain:default',
        'attempts_within_budget chain:default/scenario:unavailable',
        'terminal_not_retried chain:default/scenario:terminal',
        'amplification_within_budget chain:default',
      ]),
    );
  });
});
