import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FaultPlanError,
  formatFaultPlan,
  parseFaultPlan,
  stepForAttempt,
  type FaultPlan,
  type FaultStep,
} from '../../src/contract/fault-plan.js';

function errorOf(text: string): FaultPlanError {
  try {
    parseFaultPlan(text);
  } catch (error) {
    if (error instanceof FaultPlanError) return error;
    throw error;
  }
  throw new Error(`expected "${text}" to be rejected`);
}

describe('fault plan language', () => {
  it('expands counts and ends healthy unless a step repeats forever', () => {
    const plan = parseFaultPlan('429(retry-after=1) x2, 200');
    expect(plan.steps).toEqual([
      { kind: 'status', status: 429, retryAfterS: 1 },
      { kind: 'status', status: 429, retryAfterS: 1 },
      { kind: 'ok' },
    ]);
    expect(plan.then).toEqual({ kind: 'ok' });
    expect(stepForAttempt(plan, 7)).toEqual({ kind: 'ok' });
  });

  it('makes a starred step the answer to every later attempt', () => {
    expect(parseFaultPlan('503*')).toEqual({ steps: [], then: { kind: 'status', status: 503 } });
    const plan = parseFaultPlan('hang, reset, 502*');
    expect(plan.steps.map((s) => s.kind)).toEqual(['hang', 'reset']);
    expect(stepForAttempt(plan, 5)).toEqual({ kind: 'status', status: 502 });
  });

  it('reads every step name and its aliases', () => {
    const plan = parseFaultPlan(
      'ok, hang, reset, truncate, malformed, malformed-json, wrong-family, empty, empty-output, html, slow, slow-stream(chunk-delay=5ms)',
    );
    expect(plan.steps).toEqual([
      { kind: 'ok' },
      { kind: 'hang' },
      { kind: 'reset' },
      { kind: 'truncate' },
      { kind: 'malformed_json' },
      { kind: 'malformed_json' },
      { kind: 'wrong_family' },
      { kind: 'empty_output' },
      { kind: 'empty_output' },
      { kind: 'html' },
      { kind: 'slow_stream', chunkDelayMs: 100 },
      { kind: 'slow_stream', chunkDelayMs: 5 },
    ]);
  });

  it('reads durations in ms or s, with the unit a bare number means for each argument', () => {
    expect(parseFaultPlan('429(retry-after=2, retry-after-ms=1500, delay=1s)').steps[0]).toEqual({
      kind: 'status',
      status: 429,
      retryAfterS: 2,
      retryAfterMs: 1500,
      delayMs: 1000,
    });
    expect(parseFaultPlan('reset(delay=40)').steps[0]).toEqual({ kind: 'reset', delayMs: 40 });
    expect(parseFaultPlan('ok(delay=0.25s)').steps[0]).toEqual({ kind: 'ok', delayMs: 250 });
  });

  it('takes new lines as separators and # comments, as in a plan file', () => {
    const plan = parseFaultPlan('# throttle, then recover\n429 x2   # twice\n\nok\n');
    expect(plan.steps.map((s) => s.kind)).toEqual(['status', 'status', 'ok']);
  });

  it('reads "429x2" and "429 × 2" as a count', () => {
    expect(parseFaultPlan('429x2').steps).toHaveLength(2);
    expect(parseFaultPlan('429 × 2').steps).toHaveLength(2);
  });

  it.each([
    ['', 1, 1, /empty/],
    ['429, teapot', 1, 6, /unknown fault step "teapot"/],
    ['200, 302', 1, 6, /status 302 cannot be injected/],
    ['503(retry-after=x)', 1, 17, /expected a number for "retry-after"/],
    ['503(retry-after=1.5)', 1, 17, /whole number of seconds/],
    ['503(delay=3h)', 1, 12, /unknown unit "h"/],
    ['hang(delay=1s)', 1, 6, /"hang" takes no argument "delay"/],
    ['503(retry-after=1', 1, 18, /never closed/],
    ['503 x0', 1, 5, /repeat count 0/],
    ['503*, ok', 1, 7, /repeats forever/],
    ['ok\n429 503', 2, 5, /unexpected "5" after a step/],
    ['ok(delay=1s, delay=2s)', 1, 14, /given twice/],
    ['slow(chunk-delay=11m)', 1, 20, /unknown unit "m"/],
    ['ok(delay=601s)', 1, 10, /longer than 600s/],
  ])('rejects %j at %i:%i', (text, line, column, message) => {
    const error = errorOf(text);
    expect(error.message).toMatch(message);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.fix.length).toBeGreaterThan(0);
    expect(error.format('plan.txt')).toMatch(new RegExp(`^plan\\.txt:${line}:${column}: `));
  });

  const stepArb: fc.Arbitrary<FaultStep> = fc.oneof(
    fc.record({ kind: fc.constant('ok' as const) }),
    fc.record(
      {
        kind: fc.constant('status' as const),
        status: fc.integer({ min: 400, max: 599 }),
        retryAfterS: fc.integer({ min: 0, max: 60 }),
        retryAfterMs: fc.integer({ min: 0, max: 60_000 }),
        delayMs: fc.integer({ min: 0, max: 5000 }),
      },
      { requiredKeys: ['kind', 'status'] },
    ),
    fc.record({ kind: fc.constant('hang' as const) }),
    fc.record(
      { kind: fc.constant('reset' as const), delayMs: fc.integer({ min: 0, max: 5000 }) },
      { requiredKeys: ['kind'] },
    ),
    fc.constantFrom<FaultStep>(
      { kind: 'truncate' },
      { kind: 'malformed_json' },
      { kind: 'wrong_family' },
      { kind: 'empty_output' },
      { kind: 'html' },
    ),
    fc.record({
      kind: fc.constant('slow_stream' as const),
      chunkDelayMs: fc.integer({ min: 0, max: 5000 }),
    }),
  );

  it('formats any plan into text that parses back to the same plan', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 8 }), stepArb, (steps, then) => {
        const plan: FaultPlan = { steps, then };
        expect(parseFaultPlan(formatFaultPlan(plan))).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });
});
