import { describe, expect, it } from 'vitest';
import { parseFailPolicy } from '../../src/judge/decision-fail-policy.js';
import {
  HOW_TO_SUPPLY,
  type EvidenceField,
  type EvidenceFields,
} from '../../src/judge/decision-evidence.js';
import { judge, type JudgeInput } from '../../src/judge/judge.js';
import type { Finding } from '../../src/routing/types.js';
import { NO_ANALYSIS, happy, observations, twoRoutePlan } from '../record/fixtures.js';

const allPresent: EvidenceFields = {
  operatorInitials: 'FG',
  followUpOwner: 'platform-oncall',
  evidenceLinks: ['https://example.test/run/1'],
  required: ['operator_initials', 'follow_up_owner'],
};

function run(overrides: Partial<JudgeInput> = {}) {
  return judge({
    plan: twoRoutePlan(),
    analysis: NO_ANALYSIS,
    observations: observations([happy('primary', '2xx_usable'), happy('backup', '2xx_usable')]),
    evidence: allPresent,
    ...overrides,
  });
}

const stormyPlan = () => twoRoutePlan('layers:\n  - { name: sdk, retry: { max_attempts: 3 } }\n');

describe('what fails the gate', () => {
  it('passes a usable primary with every evidence field filled', () => {
    const j = run();
    expect(j).toMatchObject({ passed: true, decision: 'keep_primary', failures: [], problems: [] });
    expect(j.failOn).toEqual(['budget', 'evidence', 'escalate', 'findings']);
  });

  it('fails on a worst case over budget, as budget and as escalate, with the figure', () => {
    const j = run({ plan: stormyPlan() });
    expect(j.passed).toBe(false);
    expect(j.problems.map((p) => p.category)).toEqual(['budget', 'escalate']);
    expect(j.failures[0]).toBe(
      'chain:default: a full outage causes 12 upstream attempts, over the budget of 4',
    );
  });

  it('records but does not fail on escalation when fail-on leaves it out', () => {
    const j = run({
      observations: observations([happy('primary', 'terminal'), happy('backup', '2xx_usable')]),
      failOn: ['budget', 'evidence'],
    });
    expect(j.decision).toBe('escalate');
    expect(j.passed).toBe(true);
    expect(j.problems).toEqual([
      expect.objectContaining({ category: 'escalate', failsJob: false }),
    ]);
  });

  it('fails on escalation alone when fail-on is escalate', () => {
    const j = run({
      observations: observations([happy('primary', 'terminal'), happy('backup', '2xx_usable')]),
      failOn: ['escalate'],
    });
    expect(j.passed).toBe(false);
    expect(j.failures).toEqual([
      expect.stringMatching(/^chain:default: escalate: primary primary: HTTP 401/),
    ]);
  });

  it('fails on a paused decision as missing evidence', () => {
    const j = run({ observations: observations([happy('backup', '2xx_usable')]) });
    expect(j.paused).toBe(true);
    expect(j.problems.map((p) => p.category)).toEqual(['evidence']);
    expect(j.failures[0]).toMatch(/missing evidence: happy path of route primary/);
  });

  it('fails on an error-severity finding and not on a warning', () => {
    const at = { file: 'routing.yaml', line: 3, column: 5 };
    const findings: Finding[] = [
      {
        id: 'credential_to_new_host',
        severity: 'error',
        message: 'a credential would go to a new host',
        fix: 'add the host to trusted-hosts',
        at,
      },
      {
        id: 'no_jitter',
        severity: 'warning',
        message: 'retries without jitter',
        fix: 'set jitter: full',
        at,
      },
    ];
    const j = run({ analysis: { findings, change: null } });
    expect(j.passed).toBe(false);
    expect(j.failures).toEqual([
      'config:routing.yaml:3:5: credential_to_new_host: a credential would go to a new host',
    ]);
  });

  it('fails nothing with fail-on none, yet keeps every problem', () => {
    const j = run({ plan: stormyPlan(), failOn: [] });
    expect(j.passed).toBe(true);
    expect(j.problems).toHaveLength(2);
    expect(j.problems.every((p) => !p.failsJob)).toBe(true);
  });
});

describe('missing evidence fields', () => {
  it.each<[EvidenceField, Partial<EvidenceFields>, RegExp]>([
    [
      'operator_initials',
      { operatorInitials: null },
      /action input `operator`, the CLI flag `--operator`, or `owners.operator_initials`/,
    ],
    ['operator_initials', { operatorInitials: '   ' }, /--operator/],
    [
      'follow_up_owner',
      { followUpOwner: null },
      /action input `follow-up-owner`, the CLI flag `--owner`, or `owners.follow_up_owner`/,
    ],
    ['evidence_links', { evidenceLinks: [], required: ['evidence_links'] }, /--evidence-link URL/],
  ])('fails when %s is missing and says how to supply it', (field, missing, how) => {
    const j = run({ evidence: { ...allPresent, ...missing } });
    expect(j.passed).toBe(false);
    expect(j.problems).toEqual([
      expect.objectContaining({
        category: 'evidence',
        subject: `ledger:${field}`,
        fix: HOW_TO_SUPPLY[field],
      }),
    ]);
    expect(j.failures[0]).toMatch(how);
  });

  it('does not require evidence links unless asked', () => {
    expect(run({ evidence: { ...allPresent, evidenceLinks: [] } }).passed).toBe(true);
  });

  it('reads the required fields from the config', async () => {
    const { planFromText } = await import('../../src/plan/load.js');
    const plan = planFromText(
      'c.yaml',
      'routes:\n  - { name: a, endpoint_family: responses, base_url: "https://a.example/v1", model: m }\nowners:\n  required: [evidence_links]\n',
    );
    expect(plan.owners.required).toEqual(['evidence_links']);
  });
});

describe('the fail policy as written', () => {
  it.each([
    ['budget,evidence', ['budget', 'evidence']],
    [' escalate  findings ', ['escalate', 'findings']],
    ['FINDINGS,budget', ['budget', 'findings']],
    ['all', ['budget', 'evidence', 'escalate', 'findings']],
    ['', ['budget', 'evidence', 'escalate', 'findings']],
    ['none', []],
  ])('reads %j', (text, policy) => {
    expect(parseFailPolicy(text)).toEqual({ ok: true, policy });
  });

  it('rejects an unknown category and lists the valid ones', () => {
    expect(parseFailPolicy('budget,latency')).toEqual({
      ok: false,
      message:
        'fail-on: unknown category "latency"; expected a comma-separated list of budget, evidence, escalate, findings, or all, or none',
    });
  });
});
