import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainFacts } from '../../src/judge/decision-facts.js';
import {
  DECISION_TABLE,
  decideChain,
  decisionTableMarkdown,
} from '../../src/judge/decision-table.js';
import { parseSubject, type VerdictSubject } from '../../src/judge/subject.js';
import type { ChainDecision, Verdict } from '../../src/judge/types.js';
import type { VerdictId } from '../../src/judge/verdict-rules.js';
import { judge } from '../../src/judge/judge.js';
import type { HappyPathObservation } from '../../src/observations/types.js';
import {
  NO_ANALYSIS,
  happy,
  observations,
  throttleThenRecover,
  twoRoutePlan,
} from '../record/fixtures.js';

type Class = HappyPathObservation['statusClass'];

function facts(
  primary: Class | null,
  backup: Class | null,
  verdicts: Verdict[] = [],
  primaryRecoversUnderRetry: boolean | null = null,
): ChainFacts {
  return {
    chain: 'default',
    routes: [
      { route: 'primary', observed: primary ? happy('primary', primary) : null },
      { route: 'backup', observed: backup ? happy('backup', backup) : null },
    ],
    verdicts,
    errorPathRan: primaryRecoversUnderRetry !== null,
    primaryRecoversUnderRetry,
  };
}

function verdict(id: VerdictId, status: Verdict['status'], subject = 'chain:default'): Verdict {
  return {
    id,
    subject: parseSubject(subject) as VerdictSubject,
    status,
    figures: {},
    reason: `${id} is ${status}`,
  };
}

const rulesSeen = new Set<string>();
function decide(f: ChainFacts): ChainDecision {
  const d = decideChain(f);
  rulesSeen.add(d.rule);
  return d;
}

describe('the decision table', () => {
  it('escalates when the worst case is over budget, whatever the routes answered', () => {
    const d = decide(
      facts('2xx_usable', '2xx_usable', [verdict('worst_case_attempts_within_budget', 'fail')]),
    );
    expect(d).toMatchObject({ decision: 'escalate', rule: 'over_budget', paused: false });
    expect(d.reason).toMatch(/reduce retry pressure/);
  });

  it.each(['attempts_within_budget', 'stop_rule', 'amplification_within_budget'] as const)(
    'escalates when %s fails',
    (id) => {
      const d = decide(
        facts('2xx_usable', '2xx_usable', [verdict(id, 'fail', 'chain:default/scenario:s')]),
      );
      expect(d).toMatchObject({ decision: 'escalate', rule: 'over_budget' });
      expect(d.reason).toContain(`${id} failed for chain:default/scenario:s`);
    },
  );

  it.each([
    'terminal_not_retried',
    'retry_after_honoured',
    'backoff_present',
    'jitter_present',
    'fallback_engaged',
    'caller_outcome',
  ] as const)('escalates when the retry path misbehaves (%s fails)', (id) => {
    const d = decide(facts('2xx_usable', '2xx_usable', [verdict(id, 'fail')]));
    expect(d).toMatchObject({ decision: 'escalate', rule: 'unsafe_retry_path', paused: false });
  });

  it('does not treat a broken fallback happy path as a misbehaving retry path', () => {
    const d = decide(
      facts('2xx_usable', 'terminal', [verdict('happy_path_usable', 'fail', 'route:backup')]),
    );
    expect(d).toMatchObject({ decision: 'keep_primary', rule: 'primary_usable' });
    expect(d.reason).toMatch(/fallback not usable: backup \(HTTP 401\)/);
  });

  it('pauses (and escalates) when the primary was not observed, naming the fact', () => {
    const d = decide(facts(null, '2xx_usable'));
    expect(d).toMatchObject({ decision: 'escalate', rule: 'primary_not_observed', paused: true });
    expect(d.evidenceGaps).toEqual(['happy path of route primary']);
  });

  it('keeps the primary when it is usable and the budget held', () => {
    const d = decide(
      facts('2xx_usable', '2xx_usable', [verdict('attempts_within_budget', 'pass')]),
    );
    expect(d).toMatchObject({
      decision: 'keep_primary',
      rule: 'primary_usable',
      paused: false,
      evidenceGaps: [],
    });
  });

  it('pauses keep_primary when a needed verdict is unknown, naming it', () => {
    const d = decide(
      facts('2xx_usable', '2xx_usable', [
        verdict('caller_outcome', 'unknown', 'chain:default/scenario:timeout'),
      ]),
    );
    expect(d).toMatchObject({ decision: 'keep_primary', paused: true });
    expect(d.evidenceGaps).toEqual([
      'caller_outcome for chain:default/scenario:timeout (caller_outcome is unknown)',
    ]);
  });

  it('does not pause on an unknown verdict the decision does not need', () => {
    const d = decide(facts('2xx_usable', '2xx_usable', [verdict('jitter_present', 'unknown')]));
    expect(d).toMatchObject({ decision: 'keep_primary', paused: false });
  });

  it('retries the primary when it failed transiently and retries are shown to recover it', () => {
    const d = decide(facts('retryable', '2xx_usable', [], true));
    expect(d).toMatchObject({
      decision: 'retry_primary',
      rule: 'primary_recovers_with_retries',
      paused: false,
    });
  });

  it('pauses retry_primary when backoff could not be observed', () => {
    const d = decide(
      facts('retryable', '2xx_usable', [verdict('backoff_present', 'unknown')], true),
    );
    expect(d).toMatchObject({ decision: 'retry_primary', paused: true });
    expect(d.evidenceGaps[0]).toMatch(/^backoff_present/);
  });

  it('uses the fallback when the primary failed transiently, retries do not recover it, and a fallback is usable', () => {
    const d = decide(facts('retryable', '2xx_usable', [], false));
    expect(d).toMatchObject({ decision: 'use_fallback', rule: 'fallback_usable', paused: false });
    expect(d.reason).toMatch(/fallback backup is usable/);
  });

  it('pauses use_fallback when fallback engagement could not be observed', () => {
    const d = decide(facts('retryable', '2xx_usable', [verdict('fallback_engaged', 'unknown')]));
    expect(d).toMatchObject({ decision: 'use_fallback', paused: true });
  });

  it('pauses (and escalates) when the primary failed and a fallback was not observed', () => {
    const d = decide(facts('retryable', null));
    expect(d).toMatchObject({ decision: 'escalate', rule: 'fallback_not_observed', paused: true });
    expect(d.evidenceGaps).toEqual(['happy path of route backup']);
  });

  it.each<[Class, Class]>([
    ['terminal', '2xx_usable'],
    ['2xx_unusable', '2xx_usable'],
    ['retryable', 'retryable'],
  ])('escalates when the primary is %s and the fallback %s', (p, b) => {
    const d = decide(facts(p, b));
    expect(d).toMatchObject({ decision: 'escalate', rule: 'nothing_usable', paused: false });
  });

  it('has been exercised on every row', () => {
    expect([...rulesSeen].sort()).toEqual(DECISION_TABLE.map((r) => r.id).sort());
  });
});

describe('the decision through the judge', () => {
  it('retries the primary when a scenario shows a throttled primary recovering', () => {
    const j = judge({
      plan: twoRoutePlan(),
      analysis: NO_ANALYSIS,
      observations: observations(
        [happy('primary', 'retryable'), happy('backup', '2xx_usable')],
        [throttleThenRecover()],
      ),
    });
    expect(j.decisions[0]?.evidenceGaps).toEqual([]);
    expect(j.decisions[0]).toMatchObject({ decision: 'retry_primary', paused: false });
    expect(j.decision).toBe('retry_primary');
    expect(j.passed).toBe(true);
  });
});

describe('the README', () => {
  it('shows the decision table exactly as the code has it', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.split('## The fallback decision')[1]?.split('\n## ')[0] ?? '';
    const cells = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
        .map((l) =>
          l
            .slice(1, -1)
            .split(/(?<!\\)\|/)
            .map((c) => c.trim()),
        );
    expect(cells(section)).toEqual(cells(decisionTableMarkdown()));
  });
});
