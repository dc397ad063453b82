import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/record/canonical-json.js';
import { ledgerEntrySchema } from '../../src/record/ledger-schema.js';
import { TIMELINE_ATTEMPTS } from '../../src/record/build-ledger.js';
import { verifyLedgerText } from '../../src/record/verify.js';
import {
  FIXED_ID,
  attempt,
  buildEntry,
  context,
  happy,
  observations,
  scenario,
  throttleThenRecover,
  twoRoutePlan,
} from './fixtures.js';

const bothUsable = () => [happy('primary', '2xx_usable'), happy('backup', '2xx_usable')];

describe('the ledger entry', () => {
  it('carries the seed fields with the observed values', () => {
    const { entry } = buildEntry(observations(bothUsable()));
    expect(entry).toMatchObject({
      schema_version: 'fallback-gate.ledger/v1',
      ledger_id: FIXED_ID,
      timestamp: '2026-03-04T05:06:07.000Z',
      endpoint_family: 'chat_completions',
      request_id: 'req_primary_1',
      prompt_class: 'harmless_smoke_test',
      status_class: '2xx_usable',
      retry_attempts: 0,
      fallback_decision: 'keep_primary',
      operator_initials: 'FG',
      follow_up_owner: 'platform-oncall',
      evidence_links: ['https://github.com/acme/app/actions/runs/1'],
      does_not_assert: ['availability', 'price', 'quota', 'latency', 'provider_health'],
    });
    expect(entry.chains[0]).toMatchObject({
      retry_attempts_source: 'happy_path',
      caller_outcome: 'not_observed',
    });
  });

  it('records the run context, and nulls outside a workflow', () => {
    expect(buildEntry(observations(bothUsable())).entry.run).toEqual({
      repository: 'acme/app',
      commit: '0123456789abcdef0123456789abcdef01234567',
      ref: 'refs/pull/7/merge',
      event: 'pull_request',
      run_url: 'https://github.com/acme/app/actions/runs/1',
    });
    const local = buildEntry(observations(bothUsable()), { ctx: context({ run: null }) }).entry;
    expect(local.run).toEqual({
      repository: null,
      commit: null,
      ref: null,
      event: null,
      run_url: null,
    });
  });

  it('takes retry_attempts from the error path: attempts minus one of the worst caller request', () => {
    const storm = scenario(
      'unavailable-exhausts',
      [
        attempt(1, 'primary', 0, 503),
        attempt(2, 'primary', 20, 503),
        attempt(3, 'backup', 50, 503),
      ],
      { kind: 'controlled_failure', reason: 'HTTP 503 after fallback' },
    );
    const { entry } = buildEntry(observations(bothUsable(), [throttleThenRecover(), storm]));
    expect(entry.retry_attempts).toBe(2);
    expect(entry.chains[0]).toMatchObject({
      retry_attempts: 2,
      retry_attempts_source: 'error_path',
      caller_outcome: 'usable_or_controlled_failure',
    });
    expect(entry.chains[0]!.scenarios.map((s) => [s.name, s.retry_attempts])).toEqual([
      ['throttle-then-recover', 1],
      ['unavailable-exhausts', 2],
    ]);
    expect(entry.chains[0]!.scenarios[0]!.timeline[0]).toEqual({
      sample: 0,
      seq: 1,
      route: 'primary',
      at_ms: 0,
      duration_ms: 3,
      abandoned_after_ms: null,
      method: 'POST',
      path: '/v1/chat/completions',
      fault: 'status',
      status: 429,
      retry_after_ms: 50,
      retry_headers: {},
      request_id: 'req_attempt_1',
    });
  });

  it('marks a chain whose caller hung', () => {
    const hung = scenario(
      'timeout',
      [attempt(1, 'primary', 0, null, { fault: 'hang', durationMs: null })],
      {
        kind: 'hang',
        afterMs: 5000,
      },
    );
    expect(buildEntry(observations(bothUsable(), [hung])).entry.chains[0]!.caller_outcome).toBe(
      'hang',
    );
  });

  it('bounds the timeline and counts what it left out', () => {
    const many = Array.from({ length: TIMELINE_ATTEMPTS + 15 }, (_, i) =>
      attempt(i + 1, 'primary', i * 10, 503),
    );
    const s = buildEntry(
      observations(bothUsable(), [
        scenario('flood', many, { kind: 'controlled_failure', reason: 'x' }),
      ]),
    ).entry.chains[0]!.scenarios[0]!;
    expect(s.timeline).toHaveLength(TIMELINE_ATTEMPTS);
    expect(s.timeline_omitted).toBe(15);
    expect(s.retry_attempts).toBe(TIMELINE_ATTEMPTS + 14);
  });

  it('says what remains uncertain: mock upstream, no error path, no storm', () => {
    const { entry } = buildEntry(observations(bothUsable()));
    expect(entry.environment).toMatchObject({
      upstream: 'mock',
      environment_mismatch: true,
      driver: 'reference',
    });
    expect(entry.remaining_uncertainty).toEqual([
      'some routes were checked against the embedded mock, so their result is not evidence about the live endpoint',
      'the error path (injected faults) was not exercised in this run: retry behaviour on the wire is unverified',
      'no retry-storm simulation ran: amplification under an outage is unverified',
    ]);
  });

  it('keeps generated text only as a digest', () => {
    const { entry } = buildEntry(observations(bothUsable()));
    expect(entry.routes[0]!.output).toEqual({ sha256: 'a'.repeat(64), length: 2 });
    expect(JSON.stringify(entry)).not.toMatch(/Reply with the single word/);
  });

  it("records how well each scenario could be timed: the gate's delay, concurrency and re-runs", () => {
    const timed = {
      ...throttleThenRecover(),
      timing: {
        eventLoopDelayMaxMs: 412.5,
        eventLoopDelayP99Ms: 3.1,
        lateStartMaxMs: 7.2,
        disturbanceMs: 412.5,
        concurrency: 2,
        runs: 2 as const,
        firstRunDisturbanceMs: 980,
      },
    };
    const { entry } = buildEntry(observations(bothUsable(), [timed]));
    expect(entry.chains[0]?.scenarios[0]?.timing).toEqual({
      event_loop_delay_max_ms: 412.5,
      event_loop_delay_p99_ms: 3.1,
      late_start_max_ms: 7.2,
      disturbance_ms: 412.5,
      concurrency: 2,
      runs: 2,
      first_run_disturbance_ms: 980,
    });
    expect(verifyLedgerText(canonicalJson(entry)).ok).toBe(true);
    // Entries written before the field existed stay valid.
    const { entry: untimed } = buildEntry(observations(bothUsable(), [throttleThenRecover()]));
    expect(untimed.chains[0]?.scenarios[0]).not.toHaveProperty('timing');
    expect(ledgerEntrySchema.safeParse(untimed).success).toBe(true);
  });

  it('is schema-valid, canonical and verifiable', () => {
    const { entry } = buildEntry(observations(bothUsable(), [throttleThenRecover()]));
    const json = canonicalJson(entry);
    expect(ledgerEntrySchema.safeParse(JSON.parse(json)).success).toBe(true);
    expect(canonicalJson(JSON.parse(json))).toBe(json);
    const keys = Object.keys(JSON.parse(json) as object);
    expect(keys).toEqual([...keys].sort());
    expect(verifyLedgerText(json)).toMatchObject({ ok: true });
  });

  it('records the gate: fail policy and every problem with whether it fails the job', () => {
    const { entry } = buildEntry(observations([happy('backup', '2xx_usable')]), {
      ctx: context({ followUpOwner: null }),
      failOn: ['evidence'],
    });
    expect(entry.passed).toBe(false);
    expect(entry.gate.fail_on).toEqual(['evidence']);
    expect(entry.gate.problems.map((p) => [p.category, p.subject, p.fails_job])).toEqual([
      ['evidence', 'chain:default', true],
      ['evidence', 'ledger:follow_up_owner', true],
    ]);
    expect(entry.failures).toHaveLength(2);
    expect(entry.decision_paused).toBe(true);
    expect(entry.status_class).toBeNull();
    expect(entry.request_id).toBe('not_observed');
  });
});

describe('the driver environment', () => {
  const live = () => [
    happy('primary', '2xx_usable', { upstream: 'live', environmentMismatch: null }),
    happy('backup', '2xx_usable', { upstream: 'live', environmentMismatch: null }),
  ];

  it('records a mismatch when the reference driver stands in for a gateway config', () => {
    const gateway = { ...twoRoutePlan(), format: 'litellm' as const };
    const { entry } = buildEntry(observations(live(), [throttleThenRecover()]), { plan: gateway });
    expect(entry.environment.environment_mismatch).toBe(true);
    expect(entry.environment.mismatch_reasons).toEqual([
      expect.stringMatching(
        /^driver reference on a litellm config: the gateway's own retry code was not run; behaviour verdicts describe the declared policy/,
      ),
    ]);
    expect(entry.remaining_uncertainty).toContainEqual(
      expect.stringMatching(/not the litellm gateway itself/),
    );
  });

  it('records none for the reference driver on a native config, whose policy is the caller', () => {
    const { entry } = buildEntry(observations(live(), [throttleThenRecover()]));
    expect(entry.environment.environment_mismatch).toBe(false);
  });
});
